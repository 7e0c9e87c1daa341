import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScratch, scratchCopyOfContent } from '../support/build-site.ts';

// 95 more articles about the Astana summit (all from RT), each its own entry: the SCO tag then
// has 99 articles and the meeting 98, 96 of them from Russian state media.
let dist = '';
const page = (...path: string[]) => readFileSync(join(dist, ...path, 'index.html'), 'utf8');
const items = (html: string) => html.match(/<article class="item/g)?.length ?? 0;

beforeAll(() => {
  const copy = scratchCopyOfContent({ seedsOnly: true });
  const source = readFileSync(join(copy.content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md'), 'utf8');
  for (let n = 1; n <= 95; n += 1) {
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
  it('shows the newest on its front page and the oldest fifty on archive page 1, linked both ways; its feed carries the newest fifty', () => {
    const front = page('tags', 'sco');
    const archive = page('tags', 'sco', '1');
    expect(items(front)).toBe(49);
    expect(front).toMatch(/<a href="\/tags\/sco\/1\/" rel="next"[^>]*>Older \(50 articles\)<\/a>/);
    expect(items(archive)).toBe(50);
    expect(archive).toMatch(/<a href="\/tags\/sco\/" rel="prev"[^>]*>Newer<\/a>/);
    expect(archive).toContain('Articles 1–50, counted from the oldest');
    expect(archive).toContain('<title>SCO: articles 1–50');
    expect(existsSync(join(dist, 'tags', 'sco', '2'))).toBe(false);
    expect(readFileSync(join(dist, 'tags', 'sco', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(50);
  });
});

describe('a meeting with more coverage than its page shows', () => {
  it('shows the first reports of each group and links to the full coverage, oldest first, in pages', () => {
    const meeting = page('summits', '2024-07-sco-astana');
    expect(meeting).toContain('Russian state media (96)');
    expect(meeting).toContain('The first 10 of 96 shown.');
    expect(meeting).toContain('href="/summits/2024-07-sco-astana/coverage/"');
    expect(meeting).toContain('All 98 articles about this meeting, oldest first');

    const first = page('summits', '2024-07-sco-astana', 'coverage');
    const second = page('summits', '2024-07-sco-astana', 'coverage', '2');
    expect(items(first)).toBe(50);
    expect(items(second)).toBe(48);
    expect(existsSync(join(dist, 'summits', '2024-07-sco-astana', 'coverage', '3'))).toBe(false);
    expect(first).toMatch(/rel="next"[^>]*>\s*Later/);
    expect(second).toMatch(/rel="prev"[^>]*>\s*Earlier/);
    expect(first).toContain('href="/summits/2024-07-sco-astana/"');
  });

  it('gives no full list to a meeting whose page already shows all of it', () => {
    expect(existsSync(join(dist, 'summits', '2024-05-state-visit-beijing', 'coverage'))).toBe(false);
    expect(page('summits', '2024-05-state-visit-beijing')).not.toContain('/coverage/');
  });
});
