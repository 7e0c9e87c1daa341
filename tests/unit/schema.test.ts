import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/lib/ingest/validate-article.ts';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { loadEntries } from '../../src/lib/load-entries.ts';
import { outletSchema, siteArticleSchema, sourceSchema, summitSchema } from '../../src/lib/schema.ts';
import { contentRoot, ingestSeed, seedFiles, context } from '../support/seeds.ts';

const valid = ingestSeed(seedFiles[3]!).frontmatter;
const check = (changes: Record<string, unknown>) => () =>
  validateArticle('content/articles/x.md', { ...valid, ...changes }, context.ids);

describe('article validation messages', () => {
  it('accepts an entry ingest made', () => {
    expect(check({})).not.toThrow();
  });

  it.each([
    [{ published: '2024-13-45' }, 'published: expected a date written YYYY-MM-DD, such as 2024-07-04, found "2024-13-45"'],
    [{ summit: '2024-07-sco-astanaa' }, 'summit: no such entry in content/summits/'],
    [{ estimatd: false }, 'unknown field "estimatd": check its spelling'],
    [{ estimated: undefined }, 'estimated: missing: add this field (true or false)'],
    [
      { datedBy: 'guess' },
      'datedBy: expected one of metadata, feed, byline, dateline, url, relative, inferred, editor, found "guess"',
    ],
    [{ published: null }, 'datedBy: `published` and `datedBy` go together'],
    [{ url: 'dailyadvent' }, 'url: expected a web address starting http:// or https://'],
    // Issue 11, finding 2: these became live "Original" links and went into JSON-LD.
    [{ url: 'javascript:alert(document.cookie)' }, 'url: expected a web address starting http:// or https://'],
    [{ url: 'data:text/html,<script>alert(1)</script>' }, 'url: expected a web address starting http:// or https://'],
    [{ url: 'vbscript:msgbox(1)' }, 'url: expected a web address starting http:// or https://'],
    [{ title: 'x'.repeat(1_000_000) }, 'title: is 1000000 characters long; shorten it to at most 300'],
    [{ raw: 'raw/../../../etc/passwd' }, 'raw: expected a path under content/raw/ of letters, digits'],
    [{ raw: 'raw/call#1.txt' }, 'raw: expected a path under content/raw/ of letters, digits'],
  ])('names the file, the field and the fix for %o', (changes, message) => {
    expect(check(changes)).toThrow('content/articles/x.md has invalid frontmatter:');
    expect(check(changes)).toThrow(message);
  });
});

describe('an article as the site keeps it', () => {
  const site = siteArticleSchema(() => z.string().transform((id) => ({ id, collection: 'x' })));
  const article = { ...valid, quotations: ['“We are friends,” Xi said.'], fromEditor: ['url'] };

  it('still fails on a bad field that only ingest reads', () => {
    expect(site.safeParse({ ...article, checksum: 'abc' }).error?.issues[0]?.path).toEqual(['checksum']);
  });

  it('leaves out what no page shows, and keeps what pages do', () => {
    const kept = site.parse(article);
    expect(Object.keys(kept)).not.toContain('quotations');
    expect(Object.keys(kept)).not.toContain('checksum');
    expect(Object.keys(kept)).not.toContain('fromEditor');
    expect(kept).toMatchObject({ title: valid.title, excerpt: valid.excerpt, raw: valid.raw });
  });
});

describe('summit and outlet rules', () => {
  const summit = {
    title: 'T',
    kind: 'phone-call',
    organization: null,
    start: '2024-01-02',
    end: '2024-01-01',
    city: null,
    country: null,
    coordinates: null,
    host: 'virtual',
    verifiedUrl: 'https://example.com',
  };

  it('rejects a meeting that ends before it starts', () => {
    expect(summitSchema().safeParse(summit).error?.issues[0]).toMatchObject({
      path: ['end'],
      message: '`end` is before `start`',
    });
  });

  it('asks for a source when an outlet is labelled state-owned', () => {
    const outlet = {
      name: 'X',
      url: null,
      country: null,
      kind: 'newspaper',
      affiliation: 'state-owned',
      affiliationSource: null,
    };
    expect(outletSchema().safeParse(outlet).error?.issues[0]?.message).toMatch(/needs an `affiliationSource`/);
  });
});

describe('source entries (npm run collect)', () => {
  const sources = loadEntries(join(contentRoot, 'sources'), sourceSchema());

  it('name an outlet the content knows, each with somewhere to list what is new', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(context.ids.outlets.has(source.data.outlet), source.id).toBe(true);
  });

  it('refuse a source with nothing to read, or an address that is not http(s)', () => {
    expect(sourceSchema().safeParse({ outlet: 'tass' }).error?.issues[0]?.message).toBe(
      'a source needs at least one of `feeds`, `sitemaps` or `sections`',
    );
    expect(sourceSchema().safeParse({ outlet: 'tass', feeds: ['ftp://tass.com/rss'] }).success).toBe(false);
  });
});
