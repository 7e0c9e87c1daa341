import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isReference } from '../../src/lib/ingest/read-raw.ts';
import { contentRoot } from '../support/seeds.ts';

// The CLI run as an editor runs it, against a scratch copy of content/ with no articles yet.
let content: string;
let inbox: string;

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/ingest.ts', ...args], {
    env: { ...process.env, SUMMITRY_CONTENT: content },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const articles = () =>
  readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

beforeEach(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'summitry-cli-'));
  content = join(scratch, 'content');
  inbox = join(scratch, 'inbox');
  for (const folder of ['summits', 'outlets', 'people'])
    cpSync(join(contentRoot, folder), join(content, folder), { recursive: true });
  // The seed articles with their sidecars; the references are the archive's, not these tests'.
  cpSync(join(contentRoot, 'raw'), inbox, { recursive: true, filter: (file) => !isReference(file) });
});

describe('npm run ingest', () => {
  it('writes an entry and copies the raw file and its sidecar', () => {
    const { code, out } = ingest(join(inbox, '003_1f8ac51139ad1200.txt'));
    expect(code).toBe(0);
    expect(out).toContain('created     content/articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline.md');
    expect(existsSync(join(content, 'raw', '003_1f8ac51139ad1200.txt'))).toBe(true);
    expect(existsSync(join(content, 'raw', '003_1f8ac51139ad1200.meta.yml'))).toBe(true);
  });

  it('changes nothing when run again on the same file', () => {
    ingest(inbox);
    const before = articles().map((file) => readFileSync(join(content, 'articles', file), 'utf8'));
    const { out } = ingest(inbox);
    expect(out.match(/^unchanged/gm)).toHaveLength(5);
    expect(articles().map((file) => readFileSync(join(content, 'articles', file), 'utf8'))).toEqual(before);
  });

  it('keeps an entry an editor changed unless --force is given', () => {
    ingest(join(inbox, '004_d9c1946948d992be.txt'));
    const path = join(content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md');
    const edited = readFileSync(path, 'utf8').replace('review: []', 'review: []\n# checked by hand');
    writeFileSync(path, edited);
    expect(ingest(join(inbox, '004_d9c1946948d992be.txt')).out).toContain('kept-edited');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(ingest('--force', join(inbox, '004_d9c1946948d992be.txt')).out).toContain('updated');
  });

  it('prints one JSON object per input and writes nothing with --dry-run --json', () => {
    const { code, out } = ingest('--dry-run', '--json', inbox);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0])).toEqual(['file', 'frontmatter', 'body', 'review']);
    expect(existsSync(join(content, 'articles'))).toBe(false);
  });

  it('refuses bad input with one line and a non-zero exit, and still ingests the good files', () => {
    writeFileSync(join(inbox, 'empty.txt'), '');
    const { code, err } = ingest(join(inbox, 'empty.txt'), join(inbox, '004_d9c1946948d992be.txt'));
    expect(code).toBe(1);
    expect(err.trim()).toBe(`ingest: ${join(inbox, 'empty.txt')}: empty, too short to be an article`);
    expect(articles()).toHaveLength(1);
  });

  it('prints the review table naming the entries that need an editor', () => {
    const { out } = ingest(inbox);
    expect(out).toContain('5 ingested, 3 need an editor');
    expect(out).toMatch(/^entry\s+outlet\s+published\s+dated by\s+meeting\s+confidence\s+notes$/m);
    expect(out).toMatch(/^2022\/\S+\s+republic-world\s+2022-09-18~\s+relative\s+2022-09-sco-samarkand\s+[01]\.\d\d\s+2$/m);
  });

  it('fails with a message naming the file when a summit entry is malformed', () => {
    const summit = join(content, 'summits', '2024-07-sco-astana.md');
    writeFileSync(summit, readFileSync(summit, 'utf8').replace('kind: multilateral-sideline', 'kind: summit'));
    const { code, err } = ingest(inbox);
    expect(code).toBe(1);
    expect(err).toContain('2024-07-sco-astana.md has invalid frontmatter:\n  kind: expected one of state-visit');
    rmSync(summit);
  });
});

describe('the same story from two sites', () => {
  it('is ingested twice, the copy pointing at the first as duplicateOf', () => {
    const original = readFileSync(join(inbox, '003_1f8ac51139ad1200.txt'), 'utf8');
    const copy =
      original.replace('Home Back', 'Skip to content').replace('upi.com 2 days ago', 'World | Asia') +
      '\nShare this article Facebook Twitter WhatsApp\n';
    writeFileSync(join(inbox, 'zz-copy.txt'), copy);
    const { code, out } = ingest(join(inbox, '003_1f8ac51139ad1200.txt'), join(inbox, 'zz-copy.txt'));
    expect(code).toBe(0);
    expect(out).toContain('The same story as articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline.md');
    const copyEntry = readFileSync(
      join(content, 'articles', '2024', 'putin-xi-meet-for-second-time-in-as-many-months-on-sideline-2.md'),
      'utf8',
    );
    expect(copyEntry).toContain('duplicateOf: 2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline');
  });
});

describe('a run of many files, analysed in batches on several threads', () => {
  it('reports each bad file, writes every good one and still finds a copy ingested batches later', () => {
    const bad = Array.from({ length: 30 }, (_, i) => join(inbox, `01-bad-${String(i).padStart(2, '0')}.txt`));
    for (const file of bad) writeFileSync(file, '');
    const original = readFileSync(join(inbox, '003_1f8ac51139ad1200.txt'), 'utf8');
    writeFileSync(join(inbox, 'zz-copy.txt'), original.replace('Home Back', 'Skip to content'));
    const { code, out, err } = ingest(inbox);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual(bad.map((file) => `ingest: ${file}: empty, too short to be an article`));
    expect(articles()).toHaveLength(6);
    const written = [...out.matchAll(/^created .* ← (.*)$/gm)].map((match) => match[1]);
    expect(written).toEqual(
      [...readdirSync(inbox).filter((name) => /^(00|zz).*\.txt$/.test(name))].map((name) => join(inbox, name)),
    );
    expect(out).toContain('The same story as articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline.md');
  });
});

describe('two different raw files of the same name', () => {
  it('keeps the one ingested first and refuses the other, in one run or later', () => {
    const first = join(inbox, '004_d9c1946948d992be.txt');
    const other = join(inbox, 'elsewhere', '004_d9c1946948d992be.txt');
    const otherText = readFileSync(join(inbox, '003_1f8ac51139ad1200.txt'), 'utf8');
    cpSync(join(inbox, '003_1f8ac51139ad1200.txt'), other, { recursive: true });
    const original = readFileSync(first, 'utf8');

    const sameRun = ingest(first, other);
    expect(sameRun.code).toBe(1);
    expect(sameRun.err).toContain(`${other}: a different file named 004_d9c1946948d992be.txt is already in content/raw/`);
    expect(readFileSync(join(content, 'raw', '004_d9c1946948d992be.txt'), 'utf8')).toBe(original);
    expect(articles()).toEqual([join('2024', 'russia-china-relations-best-ever-putin.md')]);

    const later = ingest(other);
    expect(later.code).toBe(1);
    expect(readFileSync(join(content, 'raw', '004_d9c1946948d992be.txt'), 'utf8')).not.toBe(otherText);
  });
});

describe('npm run ingest on a page from a site the outlets do not know', () => {
  const page = () => {
    const file = join(inbox, 'eagle.txt');
    writeFileSync(
      file,
      [
        'Putin and Xi meet in Astana',
        'Copyright Eagle News',
        'Russian President Vladimir Putin and Chinese President Xi Jinping met in Astana on July 3 at the SCO summit, their second meeting in two months.',
        'The two leaders discussed trade, energy and security, and signed a joint statement on cooperation within the Shanghai Cooperation Organization, officials from both sides said after the talks.',
      ].join('\n\n'),
    );
    writeFileSync(join(inbox, 'eagle.meta.yml'), 'url: https://www.eaglenews.ph/?p=174219\n');
    return file;
  };

  it('proposes an outlet entry for it, flags it for review, and keeps an editor’s completed entry', () => {
    const file = page();
    const { code, out } = ingest(file);
    expect(code).toBe(0);
    expect(out).toContain('proposed    content/outlets/eagle-news.md');
    const entry = readFileSync(join(content, 'outlets', 'eagle-news.md'), 'utf8');
    expect(entry).toMatch(/name: Eagle News\nurl: https:\/\/www\.eaglenews\.ph\n[\s\S]*kind: unknown\naffiliation: unknown/);
    const [article] = articles();
    expect(readFileSync(join(content, 'articles', article!), 'utf8')).toMatch(
      /outlet: eagle-news[\s\S]*Eagle News is a new outlet/,
    );
    const completed = entry.replace('kind: unknown', 'kind: news-website');
    writeFileSync(join(content, 'outlets', 'eagle-news.md'), completed);
    expect(ingest('--force', file).out).not.toContain('proposed');
    expect(readFileSync(join(content, 'outlets', 'eagle-news.md'), 'utf8')).toBe(completed);
  });

  it('proposes the entry with the name, kind and country the news-site directory gives the site', () => {
    const file = page();
    mkdirSync(join(content, 'registry'), { recursive: true });
    writeFileSync(
      join(content, 'registry', 'news-sites.tsv'),
      'site\tname\tcountry\tkind\neaglenews.ph\tEagle News Service\tPhilippines\tbroadcaster\n',
    );
    const { code, out } = ingest(file);
    expect(code).toBe(0);
    expect(out).toContain('proposed    content/outlets/eagle-news-service.md');
    const entry = readFileSync(join(content, 'outlets', 'eagle-news-service.md'), 'utf8');
    expect(entry).toMatch(
      /name: Eagle News Service\nurl: https:\/\/www\.eaglenews\.ph\ncountry: Philippines\nkind: broadcaster\n/,
    );
    expect(entry).toContain('from the news-site directory: check the name, kind and country, and set the affiliation.');
  });

  it('explains its choice of date and meeting with --explain', () => {
    const { out } = ingest('--dry-run', '--explain', page());
    expect(out).toMatch(/eagle\.txt\n {2}date 2024-07-03 \(relative, estimated\)/);
    expect(out).toMatch(/ {2}meeting 2024-07-sco-astana \(confidence [\d.]+\): named in/);
  });
});

describe('hostile and careless input (issue 11)', () => {
  const seed = () => join(inbox, '004_d9c1946948d992be.txt');
  const words = 'Putin and Xi met in Moscow to talk about trade and energy. '.repeat(30);

  /** Runs ingest without waiting, so two can run at once. */
  function ingestInBackground(...args: string[]): Promise<{ code: number | null; err: string }> {
    const child = spawn(process.execPath, ['src/cli/ingest.ts', ...args], { env: { ...process.env, SUMMITRY_CONTENT: content } });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })));
  }

  it('stops a file over the time limit, reports it, and still ingests the others (finding 5)', () => {
    // Unclosed tags nest ever deeper: parsing alone takes the HTML reader some 20 s.
    writeFileSync(join(inbox, 'deep.html'), `<html><body>${'<b>'.repeat(300_000)}<p>${words}</p></body></html>`);
    const started = performance.now();
    const { code, err } = ingest('--time-limit', '1', join(inbox, 'deep.html'), seed());
    expect(code).toBe(1);
    expect(err).toContain('deep.html: stopped after 1 s (the limit per file; --time-limit sets it)');
    expect(articles()).toEqual([join('2024', 'russia-china-relations-best-ever-putin.md')]);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('lets one of two ingests run at once write, so no article is written twice (finding 7)', async () => {
    const runs = await Promise.all([ingestInBackground(inbox), ingestInBackground(inbox)]);
    const refused = runs.filter((run) => run.code !== 0);
    expect(refused.length).toBeLessThanOrEqual(1);
    for (const run of refused) expect(run.err).toMatch(/another ingest \(process \d+, started .*\) is writing to/);
    expect(articles()).toHaveLength(5);
    expect(existsSync(join(content, '.ingest.lock'))).toBe(false);
  }, 60_000);

  it('gives an unsafe file name a safe one, and the entry points at it (finding 6)', () => {
    cpSync(seed(), join(inbox, 'call#1 draft.txt'));
    expect(ingest(join(inbox, 'call#1 draft.txt')).code).toBe(0);
    expect(existsSync(join(content, 'raw', 'call-1-draft.txt'))).toBe(true);
    const entry = readFileSync(join(content, 'articles', articles()[0]!), 'utf8');
    expect(entry).toContain('raw: raw/call-1-draft.txt');
  });

  it('updates the same entry when an original is edited and ingested again (finding 9)', () => {
    ingest(seed());
    const original = join(content, 'raw', '004_d9c1946948d992be.txt');
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nThe talks ended with a joint statement.\n`);
    const { code, out } = ingest(original);
    expect(code).toBe(0);
    expect(out).toContain('updated     content/articles/2024/russia-china-relations-best-ever-putin.md');
    expect(articles()).toEqual([join('2024', 'russia-china-relations-best-ever-putin.md')]);
    expect(readFileSync(join(content, 'articles', articles()[0]!), 'utf8')).toContain('duplicateOf: null');
  });

  it('shortens a title a page made a megabyte long, and says so (finding 9)', () => {
    writeFileSync(join(inbox, 'long.txt'), `# ${'Putin '.repeat(200_000)}\n\n${words}`);
    expect(ingest(join(inbox, 'long.txt')).code).toBe(0);
    const entry = readFileSync(join(content, 'articles', articles()[0]!), 'utf8');
    const title = /^title: (.*)$/m.exec(entry)![1]!;
    expect(title.length).toBeLessThanOrEqual(300);
    expect(entry).toContain('Title shortened to 300 characters: check it.');
  });

  it('reads a markdown file’s frontmatter instead of making it the title (finding 8)', () => {
    writeFileSync(join(inbox, 'exported.md'), `---\ntitle: Xi and Putin hold talks in Moscow\ndate: 2024-07-04\n---\n\n${words}`);
    expect(ingest(join(inbox, 'exported.md')).code).toBe(0);
    expect(articles()).toEqual([join('2024', 'xi-and-putin-hold-talks-in-moscow.md')]);
  });
});

describe('a reference: the facts of an article and our summary, without its text (issue 12)', () => {
  const reference = [
    'url: https://www.example-news.com/2024/07/03/putin-xi-astana',
    'title: Putin and Xi meet in Astana on the sidelines of the SCO summit',
    'outlet: reuters',
    'published: 2024-07-03',
    'estimated: true',
    'summit: 2024-07-sco-astana',
    'people: [vladimir-putin, xi-jinping]',
    'summary: The two leaders met at the SCO summit in Kazakhstan and said their partnership was a stabilising force.',
  ].join('\n');

  it('is ingested from a sidecar standing alone, with the editor’s facts and our summary', () => {
    writeFileSync(join(inbox, 'astana-reference.meta.yml'), reference);
    const { code } = ingest(inbox);
    expect(code).toBe(0);
    const entry = readFileSync(
      join(content, 'articles', '2024', 'putin-and-xi-meet-in-astana-on-the-sidelines-of-the-sco.md'),
      'utf8',
    );
    expect(entry).toContain('reference: true');
    expect(entry).toContain('datedBy: editor');
    expect(entry).toContain('estimated: true');
    expect(entry).toContain('summit: 2024-07-sco-astana');
    expect(entry).toContain('summitEvidence: Set by an editor.');
    expect(entry).toContain('summary: The two leaders met at the SCO summit in Kazakhstan');
    expect(existsSync(join(content, 'raw', 'astana-reference.meta.yml'))).toBe(true);
    // The seeds' own sidecars stand beside their articles: they are not references.
    expect(articles()).toHaveLength(6);
  });

  it('is refused, naming what it lacks, without an address, a title or a summary', () => {
    writeFileSync(join(inbox, 'thin.meta.yml'), 'outlet: reuters\nsummit: 2024-07-sco-astana\n');
    const { code, err } = ingest(join(inbox, 'thin.meta.yml'));
    expect(code).toBe(1);
    expect(err).toContain('thin.meta.yml: a reference needs `url:`, `title:`, `summary:`; add them');
  });
});
