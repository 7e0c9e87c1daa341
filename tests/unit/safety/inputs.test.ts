import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockContent, lockFileIn } from '../../../src/lib/content-lock.ts';
import { removeStaleTemporaries } from '../../../src/lib/entry-file.ts';
import { ingestArticle } from '../../../src/lib/ingest/ingest-article.ts';
import { readHtml } from '../../../src/lib/ingest/read-html.ts';
import { rawPathOf } from '../../../src/lib/ingest/raw-path.ts';
import { shorten } from '../../../src/lib/ingest/shorten.ts';
import { rawPathPattern, safeFileName } from '../../../src/lib/raw-file-names.ts';
import { rawPath } from '../../../src/lib/site/paths.ts';
import { generateInputs } from '../../fuzz/generate-inputs.ts';
import { context } from '../../support/seeds.ts';

describe('raw file names (issue 11, finding 6)', () => {
  it.each([
    ['call#1.txt', 'call-1.txt'],
    ['rate%41?.txt', 'rate-41-.txt'],
    ['my story.html', 'my-story.html'],
    ['café Ünïcode.md', 'cafe-Unicode.md'],
    ['.hidden.txt', 'hidden.txt'],
    ['003_1f8ac51139ad1200.txt', '003_1f8ac51139ad1200.txt'],
  ])('names %j %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('names a file with no Latin letters from its hash, so two such files keep apart', () => {
    expect(safeFileName('Путин.txt')).toMatch(/^article-[0-9a-f]{8}\.txt$/);
    expect(safeFileName('Путин.txt')).not.toBe(safeFileName('Си.txt'));
  });

  it('makes every name a valid raw path, however long or strange', () => {
    for (const name of ['a'.repeat(500) + '.txt', '../../etc/passwd', '???.txt', 'x.t#xt', '\u0000.txt']) {
      expect(`raw/${safeFileName(name)}`).toMatch(rawPathPattern);
      expect(safeFileName(name).length).toBeLessThanOrEqual(120);
    }
  });

  it('keeps a safe path already under content/raw/, and renames an unsafe one', () => {
    expect(rawPathOf('/c', '/c/raw/2024/upi.txt')).toBe('raw/2024/upi.txt');
    expect(rawPathOf('/c', '/c/raw/call#1.txt')).toBe('raw/call-1.txt');
    expect(rawPathOf('/c', '/inbox/call#1.txt')).toBe('raw/call-1.txt');
  });
});

describe('raw originals on the site (issue 11, finding 3)', () => {
  it('are published under a .txt name, so no host serves a saved page as HTML', () => {
    expect(rawPath('raw/page.html')).toBe('/raw/page.html.txt');
    expect(rawPath('raw/notes.md')).toBe('/raw/notes.md.txt');
    expect(rawPath('raw/upi.txt')).toBe('/raw/upi.txt');
  });
});

describe('an HTML page nested too deep (issue 11, finding 5)', () => {
  const words = 'Putin and Xi met in Moscow to talk about trade and energy. '.repeat(30);

  it('is refused quickly instead of hanging Readability', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${words}</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(() => readHtml(html)).toThrow('its elements nest over 400 levels deep, which no article page does');
  });

  it('is read when it nests as deep as real pages do', () => {
    const html = `<html><body>${'<div>'.repeat(60)}<p>${words}</p>${'</div>'.repeat(60)}</body></html>`;
    expect(readHtml(html).text).toContain('Putin and Xi met in Moscow');
  });
});

describe('shorten', () => {
  it('cuts at a word near the limit, with an ellipsis', () => {
    expect(shorten('Putin and Xi met in Astana for talks', 20)).toBe('Putin and Xi met in…');
    expect(shorten('x'.repeat(1_000_000), 300)).toHaveLength(300);
    expect(shorten('short', 300)).toBe('short');
  });
});

describe('the content lock (issue 11, finding 7)', () => {
  it('refuses a second holder, naming the first, and frees on release', () => {
    const root = mkdtempSync(join(tmpdir(), 'summitry-lock-'));
    const release = lockContent(root);
    expect(() => lockContent(root)).toThrow(`another ingest (process ${process.pid}, started `);
    release();
    expect(existsSync(lockFileIn(root))).toBe(false);
    lockContent(root)();
  });

  it('takes over a lock whose process is gone', () => {
    const root = mkdtempSync(join(tmpdir(), 'summitry-lock-'));
    // Process ids wrap far below this one.
    writeFileSync(lockFileIn(root), JSON.stringify({ pid: 2 ** 30, since: '2026-01-01T00:00:00Z' }));
    expect(() => lockContent(root)()).not.toThrow();
  });
});

describe('temporary files a killed run left (issue 11, finding 9)', () => {
  it('are removed, and a running writer’s are kept', () => {
    const root = mkdtempSync(join(tmpdir(), 'summitry-tmp-'));
    mkdirSync(join(root, 'articles', '2024'), { recursive: true });
    const dead = join('articles', '2024', `talks.md.${2 ** 30}-0.tmp`);
    const alive = join('articles', '2024', `talks.md.${process.pid}-1.tmp`);
    for (const name of [dead, alive, join('articles', '2024', 'talks.md')]) writeFileSync(join(root, name), '');
    expect(removeStaleTemporaries(root)).toEqual([dead]);
    expect(existsSync(join(root, dead))).toBe(false);
    expect(existsSync(join(root, alive))).toBe(true);
  });
});

describe('an input that cleaning leaves no article of', () => {
  it('is refused with a message naming it, not written as an entry with an empty title', () => {
    // Found by `npm run fuzz -- --seed 7`: a teaser heading, then the start of another page's quotes.
    const input = [...generateInputs(378, 7)].at(-1)!;
    expect(input.name).toBe('00377-mutated.md');
    const text = input.data.toString();
    const ingest = () =>
      ingestArticle({ file: 'inbox/teasers.md', text, checksum: '0'.repeat(64), raw: 'raw/teasers.md', sidecar: {} }, context);
    expect(ingest).toThrow('inbox/teasers.md: no article text is left once page furniture');
  });
});
