import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/lib/ingest/ingest-article.ts';
import { evalFiles, ingestRaw, readEvalArticle } from '../../eval/evaluate.ts';
import { context, ingestSeed, seedFiles } from '../../support/seeds.ts';

/** Ingests an article of the evaluation set, or the given text. */
function ingestEval(name: string, text?: string) {
  if (text) return ingestArticle({ file: name, text, checksum: '0'.repeat(64), raw: 'raw/x.txt', sidecar: {} }, context);
  expect(evalFiles).toContain(name);
  return ingestRaw(name, readEvalArticle(name));
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

// The golden table of issue 2: what ingest must find in each of the five seed articles.
const golden = [
  {
    seed: '000_',
    title: null,
    outlet: 'republic-world',
    author: null,
    published: ['2022-09-18', '2022-09-19'],
    datedBy: 'relative',
    estimated: true,
    summit: '2022-09-sco-samarkand',
    mentions: ['2022-02-olympics-beijing'],
  },
  {
    seed: '001_',
    title: 'Moscow, Beijing strengthening ties based on mutual respect',
    outlet: null,
    author: 'richardbrown',
    published: ['2024-07-10'],
    datedBy: 'byline',
    estimated: false,
    summit: '2024-07-sco-astana',
    mentions: ['2024-05-state-visit-beijing'],
  },
  {
    seed: '002_',
    title: 'Putin and Xi Jinping agree on cooperation between Russia and China to fight Western pressure on countries',
    outlet: 'observatorial',
    author: null,
    published: ['2021-12-15', '2021-12-16'],
    datedBy: 'relative',
    estimated: true,
    summit: '2021-12-video-call',
    mentions: ['2022-02-olympics-beijing'],
  },
  {
    seed: '003_',
    title: 'Putin, Xi meet for second time in as many months on sideline of Eurasian summit',
    outlet: 'daily-advent',
    author: null,
    published: ['2024-07-04'],
    datedBy: 'dateline',
    estimated: false,
    summit: '2024-07-sco-astana',
    mentions: ['2024-05-state-visit-beijing'],
  },
  {
    seed: '004_',
    title: 'Russia-China relations ‘best ever’ – Putin',
    outlet: 'rt',
    author: null,
    published: ['2024-07-04'],
    datedBy: 'metadata',
    estimated: false,
    summit: '2024-07-sco-astana',
    mentions: [],
  },
] as const;

describe('ingesting the five seed articles', () => {
  it('finds all five seeds', () => {
    expect(seedFiles.map((file) => file.split('/').at(-1)!.slice(0, 4))).toEqual(golden.map((row) => row.seed));
  });

  it.each(golden)('reads seed $seed as the golden table says', (row) => {
    const { frontmatter: f, review } = ingestSeed(seedFiles.find((file) => file.includes(`/${row.seed}`))!);
    if (row.title === null) {
      expect(review).toContainEqual(expect.stringContaining('Title derived'));
    } else {
      expect(f['title']).toBe(row.title);
    }
    expect(f['outlet']).toBe(row.outlet);
    expect(f['author']).toBe(row.author);
    expect(row.published).toContain(day(f['published']));
    expect(f['datedBy']).toBe(row.datedBy);
    expect(f['estimated']).toBe(row.estimated);
    expect(f['summit']).toBe(row.summit);
    expect(f['mentions']).toEqual(row.mentions);
  });

  it('flags the page with no outlet marker for an editor', () => {
    const { review } = ingestSeed(seedFiles[1]!);
    expect(review).toContainEqual(expect.stringMatching(/^Outlet unknown/));
  });

  it('keeps the date evidence in the words of the raw text', () => {
    const evidence = seedFiles.map((file) => ingestSeed(file).frontmatter['dateEvidence']);
    expect(evidence[0]).toMatch(/“on Sunday”.*“last week”/);
    expect(evidence[1]).toBe('By richardbrown // 2024-07-10');
    expect(evidence[2]).toMatch(/“on Wednesday”/);
    expect(evidence[3]).toBe('July 4 (UPI) --');
    expect(evidence[4]).toBe('date 2024-07-04');
  });

  it('records the aggregator as the outlet of seed 003 and UPI as the agency it copied', () => {
    const { frontmatter } = ingestSeed(seedFiles[3]!);
    expect(frontmatter).toMatchObject({ outlet: 'daily-advent', agency: 'upi' });
    expect(frontmatter['fromEditor']).toEqual(['url']);
  });

  it('lists canonical people for mistranslated names but keeps the original words in the body', () => {
    const { frontmatter, body } = ingestSeed(seedFiles[2]!);
    expect(frontmatter['people']).toEqual(['vladimir-putin', 'xi-jinping', 'yuri-ushakov']);
    expect(body).toContain('Mr Shai');
    expect(body).toContain('Yuri Ushkov');
  });

  it.each([
    ['000_', ['Jinping & Putin', 'Russia & China conduct joint patrols']],
    ['001_', ['Beijing reciprocates']],
  ])('turns the short standalone lines of seed %s into subheadings', (seed, headings) => {
    const { body } = ingestSeed(seedFiles.find((file) => file.includes(`/${seed}`))!);
    for (const heading of headings) expect(body).toMatch(new RegExp(`^## ${heading.replace(/[&]/g, '\\\\?&')}`, 'm'));
  });

  it.each([
    ['002_', ['By Editor', 'Leave a Reply']],
    ['003_', ['Home Back', 'upi.com 2 days ago', 'Photo by Sputnik', 'People are also reading']],
    ['001_', ['Head over to', 'Watch this clip', 'More related stories', 'Sources include', '(Related:']],
    ['004_', ['bookmarkicon', '© Sergey Guneev']],
  ])('drops the page chrome of seed %s', (seed, chrome) => {
    const { body } = ingestSeed(seedFiles.find((file) => file.includes(`/${seed}`))!);
    for (const text of chrome) expect(body).not.toContain(text);
  });

  it('prints the title of seed 004 once, not twice', () => {
    const { body, frontmatter } = ingestSeed(seedFiles[4]!);
    expect(body).not.toContain('best ever');
    expect(frontmatter['removed']).toContainEqual({ kind: 'duplicate', count: 1 });
  });
});

describe('review notes on unseen articles', () => {
  it('reports a meeting the registry lacks instead of forcing one', () => {
    const { frontmatter, review } = ingestEval('24-not-in-registry.txt');
    expect(frontmatter['summit']).toBeNull();
    expect(review).toContainEqual(
      expect.stringMatching(/^The text reports a meeting the registry does not have at this date: “.*New Delhi/),
    );
  });

  it('records how sure the meeting match is and the words it rests on', () => {
    const { frontmatter } = ingestEval('38-tass-state-visit.txt');
    expect(frontmatter['summitConfidence']).toBe(1);
    expect(frontmatter['summitEvidence']).toMatch(/^named in “.*Kremlin/);
  });

  it('flags an unknown "Mr X" that may be a mistranslated name', () => {
    const { review } = ingestEval(
      'fixture',
      'Putin and Xi talk by phone\nMr Takji told Mr Putin on Thursday that the two countries were friends, during a phone call the Kremlin described as warm and friendly, the Kremlin said in a statement later in the day after the call ended.',
    );
    expect(review).toContainEqual(
      '“Mr Takji” is not a known name: if it stands for someone (a machine translation), add it to that person’s aliases.',
    );
  });
});
