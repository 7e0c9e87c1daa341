import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, htmlFiles, readPage, urlOf } from '../support/dist.ts';

const idsByPage = new Map(
  htmlFiles.map((file) => [urlOf(file), new Set([...readPage(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
);

/** Where a site-internal link lands, or why it does not. */
function problemWith(href: string, from: string): string | null {
  const url = new URL(href, `http://site${from}`);
  if (url.host !== 'site') return null;
  const path = decodeURIComponent(url.pathname);
  const target = join(distRoot, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(target)) return `${href}: no page at ${path}`;
  if (url.hash && !idsByPage.get(path)?.has(url.hash.slice(1))) return `${href}: no element #${url.hash.slice(1)} on ${path}`;
  return null;
}

describe('internal links', () => {
  it.each(htmlFiles)('every link and anchor on %s resolves', (file) => {
    const hrefs = [...readPage(file).matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.map((href) => problemWith(href, urlOf(file))).filter(Boolean)).toEqual([]);
  });
});
