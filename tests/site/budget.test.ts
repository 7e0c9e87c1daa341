import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, htmlFiles, readPage } from '../support/dist.ts';
import { siteData } from '../support/site-data.ts';

const articlePages = htmlFiles.filter((file) => file.startsWith('articles/'));
const articleBudget = 40 * 1024;

/** The HTML of a page plus every stylesheet it loads, in bytes. */
function pageWeight(file: string): number {
  const html = readPage(file);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
    (m) => readFileSync(join(distRoot, m[1]!)).length,
  );
  return Buffer.byteLength(html) + styles.reduce((sum, size) => sum + size, 0);
}

describe('page weight', () => {
  it('builds a page for every article', () => {
    expect(articlePages).toHaveLength(siteData.articles.length);
  });

  it.each(articlePages)('%s stays within 40 KB of HTML and CSS', (file) => {
    expect(pageWeight(file)).toBeLessThanOrEqual(articleBudget);
  });

  it.each(htmlFiles.filter((file) => file !== 'search/index.html'))('%s ships no JavaScript', (file) => {
    expect(readPage(file)).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it('loads Pagefind only on the search page', () => {
    expect(readPage('search/index.html')).toContain('<script src="/pagefind/meetings/pagefind-ui.js"></script>');
  });
});

describe('the timeline', () => {
  it('lists every meeting of the registry', () => {
    const timeline = readPage('timeline/index.html');
    expect(new Set(timeline.match(/href="\/summits\/[^"]+\/"/g))).toHaveProperty('size', 68);
  });
});
