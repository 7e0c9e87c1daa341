import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScratch, scratchCopyOfContent } from '../support/build-site.ts';

// 25 more articles about the Astana summit (all from RT), each its own entry: the SCO tag then
// has 29 articles and the meeting 28, 26 of them from Russian state media.
let dist = '';
const page = (...path: string[]) => readFileSync(join(dist, ...path, 'index.html'), 'utf8');
const items = (html: string) => html.match(/<article class="item/g)?.length ?? 0;

beforeAll(() => {
  const copy = scratchCopyOfContent({ seedsOnly: true });
  const source = readFileSync(join(copy.content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md'), 'utf8');
  for (let n = 1; n <= 25; n += 1) {
    writeFileSync(
      join(copy.content, 'articles', '2024', `copy-${n}.md`),
      source.replace(/^title: .*$/m, `title: Copy ${n}`).replace(/^ingestHash: .*\n/m, ''),
    );
  }
  const result = buildScratch(copy);
  expect(result.code, result.err).toBe(0);
  dist = copy.dist;
}, 120_000);

describe('a tag with more articles than fit one page', () => {
  it('is split into pages of 20 that link to each other, and its feed carries them all', () => {
    const first = page('tags', 'sco');
    const second = page('tags', 'sco', '2');
    expect(first).toContain('Page 1 of 2');
    expect(first).toContain('href="/tags/sco/2/"');
    expect(second).toContain('href="/tags/sco/"');
    expect(items(first)).toBe(20);
    expect(items(second)).toBe(9);
    expect(existsSync(join(dist, 'tags', 'sco', '3'))).toBe(false);
    expect(readFileSync(join(dist, 'tags', 'sco', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(29);
  });
});

describe('a meeting with more coverage than its page shows', () => {
  it('shows the first reports of each group and links to the full coverage, oldest first, in pages', () => {
    const meeting = page('summits', '2024-07-sco-astana');
    expect(meeting).toContain('Russian state media (26)');
    expect(meeting).toContain('The first 10 of 26 shown.');
    expect(meeting).toContain('href="/summits/2024-07-sco-astana/coverage/"');
    expect(meeting).toContain('All 28 articles about this meeting, oldest first');

    const first = page('summits', '2024-07-sco-astana', 'coverage');
    const second = page('summits', '2024-07-sco-astana', 'coverage', '2');
    expect(items(first)).toBe(20);
    expect(items(second)).toBe(8);
    expect(first).toMatch(/rel="next"[^>]*>\s*Later/);
    expect(second).toMatch(/rel="prev"[^>]*>\s*Earlier/);
    expect(first).toContain('href="/summits/2024-07-sco-astana/"');
  });

  it('gives no full list to a meeting whose page already shows all of it', () => {
    expect(existsSync(join(dist, 'summits', '2024-05-state-visit-beijing', 'coverage'))).toBe(false);
    expect(page('summits', '2024-05-state-visit-beijing')).not.toContain('/coverage/');
  });
});
