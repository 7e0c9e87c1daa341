import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBodyTree, stringifyBody } from '../../../src/lib/ingest/build-body.ts';
import { readHtml } from '../../../src/lib/ingest/read-html.ts';
import { readRaw } from '../../../src/lib/ingest/read-raw.ts';

const page = readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'articles', '45-html-page.html'), 'utf8');

describe('readHtml', () => {
  const { text, facts } = readHtml(page);

  it('keeps the article and drops the navigation, ticker, related links and footer', () => {
    expect(text).toMatch(/^## Xi, Putin hold talks in Kazan on BRICS sidelines/);
    expect(text).toContain('held talks in Kazan on Tuesday');
    for (const chrome of ['Subscribe', 'November 22, 2026', 'Ten things about BRICS', 'cookies', 'Photo: Reuters'])
      expect(text).not.toContain(chrome);
  });

  it('keeps subheadings and quotations as markdown', () => {
    expect(text).toContain('## A bigger BRICS');
    expect(text).toContain('> "The world is going through profound changes," Xi told Putin.');
  });

  it('reads the publication day, address, author and site name from the page’s markup', () => {
    expect(facts.published?.date.toISOString().slice(0, 10)).toBe('2024-10-22');
    expect(facts.published?.evidence).toBe('the page’s article:published_time 2024-10-22T19:05:00+03:00');
    expect(facts).toMatchObject({
      url: 'https://www.worldnews.example/asia/xi-putin-kazan-talks',
      author: 'Anna Petrova',
      siteName: 'World News',
    });
  });

  it('reads JSON-LD datePublished when the page has no meta tag', () => {
    const html = page
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace('2024-10-22T19:05', '2024-10-23T01:05');
    expect(readHtml(html).facts.published?.date.toISOString().slice(0, 10)).toBe('2024-10-23');
  });

  it('refuses a page with no article in it', () => {
    expect(() => readHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow('no article text found');
  });
});

describe('markdown blocks in the body', () => {
  it('writes headings, quotations and lists from their markers', () => {
    const markdown = stringifyBody(
      buildBodyTree(['Lead paragraph.', '## Energy', '> Quoted words here.', '- one', '- two', 'Closing paragraph.']),
    );
    expect(markdown).toBe('Lead paragraph.\n\n## Energy\n\n> Quoted words here.\n\n- one\n- two\n\nClosing paragraph.\n');
  });
});

describe('readRaw on a page that is not an article', () => {
  it('says so in one line', () => {
    const path = join(import.meta.dirname, '..', '..', 'fixtures', 'not-an-article.html');
    expect(() => readRaw(path)).toThrow(/not-an-article\.html: no article text found in the page; is it an article page\?/);
  });
});
