/**
 * A deterministic corpus shaped like Summitry's, for the benchmark: ~200 meetings over 25 years
 * in many cities and organizations, outlets with markers, people, and raw articles (a date
 * field, a headline, an outlet marker, prose with quotes and subheadings naming one meeting)
 * that ingest turns into entries as it would real ones.
 */
import { addDays, isoDayOf, utcDay } from '../utc-days.ts';
import { pick, seededRandom } from './random.ts';

/** A file to write, relative to the scratch folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

const organizations = ['SCO', 'BRICS', 'G20', 'APEC', 'CICA', 'BRF', 'EEF', 'ASEM', 'CSTO', 'EAS', 'OIC', 'NAM'];
const kinds = ['state-visit', 'bilateral-visit', 'multilateral-sideline', 'video-call', 'phone-call'] as const;
const words =
  'the leaders discussed trade energy security cooperation partnership relations pipeline investment border region strategic dialogue agreement statement ministers officials economy sanctions currency infrastructure railway technology agriculture tourism culture education science space nuclear stability peace development growth market exports imports yuan rouble summit talks meeting visit delegation'.split(
    ' ',
  );

/** Cities with their countries: real names, so the corpus reads like news. */
function cities(count: number): { city: string; country: string }[] {
  const places: { city: string; country: string }[] = [];
  for (let i = 0; i < count; i += 1)
    places.push({ city: `Citta${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`, country: `Landia${i % 60}` });
  return places;
}

/**
 * The whole corpus: content entries (summits, outlets, people) and `articles` raw files in
 * `inbox/`, about meetings of every year; and `news` raw files in `news/`, the latest coverage:
 * about the newest meeting, each a day later than everything before it, as a site that keeps up
 * with the news receives them.
 */
export function syntheticCorpus(articles: number, seed = 2013, news = 0): CorpusFile[] {
  const random = seededRandom(seed);
  const files: CorpusFile[] = [];
  const places = cities(120);
  const meetings = Array.from({ length: 200 }, (_, i) => {
    const start = addDays(utcDay(2001, 0, 10), Math.floor((i * 25 * 365) / 200) + Math.floor(random() * 20));
    const kind = pick(random, kinds);
    const remote = kind === 'video-call' || kind === 'phone-call';
    const place = pick(random, places);
    const organization = kind === 'multilateral-sideline' ? pick(random, organizations) : null;
    const iso = isoDayOf(start);
    const id = `${iso.slice(0, 7)}-${organization?.toLowerCase() ?? kind}-${remote ? 'remote' : place.city.toLowerCase()}-${i}`;
    return { id, kind, organization, start, iso, remote, ...place };
  });
  for (const m of meetings) {
    files.push({
      path: `content/summits/${m.id}.md`,
      text: [
        '---',
        `title: "${m.organization ? `${m.organization} summit` : m.kind} in ${m.remote ? 'two capitals' : m.city}"`,
        `kind: ${m.kind}`,
        `organization: ${m.organization ?? 'null'}`,
        `start: ${m.iso}`,
        `end: ${m.iso}`,
        `city: ${m.remote ? 'null' : m.city}`,
        `country: ${m.remote ? 'null' : m.country}`,
        `coordinates: ${m.remote ? 'null' : `{ latitude: ${(random() * 100 - 50).toFixed(4)}, longitude: ${(random() * 300 - 150).toFixed(4)} }`}`,
        `host: ${m.remote ? 'virtual' : 'third-country'}`,
        'verifiedUrl: https://example.org/registry',
        'notes: synthetic',
        '---',
        '',
        `A synthetic meeting on ${m.iso}.`,
        '',
      ].join('\n'),
    });
  }
  const outlets = Array.from({ length: 40 }, (_, i) => ({ id: `outlet-${i}`, marker: `newsdesk${i}.example` }));
  for (const o of outlets) {
    files.push({
      path: `content/outlets/${o.id}.md`,
      text: `---\nname: Newsdesk ${o.id.slice(7)}\nurl: https://${o.marker}\ncountry: null\nkind: news-website\naffiliation: unknown\naffiliationSource: null\nmarkers:\n  - ${o.marker}\n---\n\nA synthetic outlet.\n`,
    });
  }
  for (const [id, name] of [
    ['vladimir-putin', 'Vladimir Putin'],
    ['xi-jinping', 'Xi Jinping'],
  ]) {
    files.push({ path: `content/people/${id}.md`, text: `---\nname: ${name}\nrole: Leader\naliases: []\n---\n\nA leader.\n` });
  }
  const sentence = () => {
    const length = 12 + Math.floor(random() * 14);
    const text = Array.from({ length }, () => pick(random, words)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const rawArticle = (n: number, m: (typeof meetings)[number], published: string): string => {
    const where = m.remote
      ? `held a ${m.kind === 'phone-call' ? 'phone call' : 'video call'}`
      : `met in ${m.city}${m.organization ? ` at the ${m.organization} summit` : ''}`;
    const paragraphs = [
      `date ${published}`,
      `Putin and Xi hold talks, report ${n}`,
      pick(random, outlets).marker,
      `Vladimir Putin and Xi Jinping ${where} on the day, officials said. ${sentence()} ${sentence()}`,
      `"${sentence().slice(0, -1)}," Putin said. ${sentence()} ${sentence()} ${sentence()}`,
      'Trade and energy',
      `${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      `${sentence()} "${sentence().slice(0, -1)}," Xi said. ${sentence()} ${sentence()}`,
      `${sentence()} ${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      `${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      'What comes next',
      `${sentence()} ${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      `${sentence()} ${sentence()} "${sentence().slice(0, -1)}," an official said. ${sentence()}`,
      `${sentence()} ${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      `${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
    ];
    return `${paragraphs.join('\n\n')}\n`;
  };
  for (let n = 0; n < articles; n += 1) {
    const m = pick(random, meetings);
    const published = isoDayOf(addDays(m.start, Math.floor(random() * 4)));
    files.push({ path: `inbox/a${String(n).padStart(6, '0')}.txt`, text: rawArticle(n, m, published) });
  }
  const newest = meetings.at(-1)!;
  for (let n = articles; n < articles + news; n += 1) {
    const published = isoDayOf(addDays(newest.start, 4 + n - articles));
    files.push({ path: `news/a${String(n).padStart(6, '0')}.txt`, text: rawArticle(n, newest, published) });
  }
  return files;
}
