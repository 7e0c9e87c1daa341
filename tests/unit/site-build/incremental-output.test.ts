import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../src/lib/site-build/build-progress.ts';
import { outputFiles } from '../../../src/lib/site-build/output-files.ts';
import { searchPartReadiness } from '../../../src/lib/site-build/search-part-readiness.ts';
import { isSearchIndexFile, searchBundlePaths, searchPartOf, searchParts } from '../../../src/lib/site-build/search-parts.ts';
import { reusedOutputs, staleFiles } from '../../../src/lib/site-build/stale-files.ts';

const stamp = (mtimeMs: number, size = 100) => ({ mtimeMs, size });

describe('staleFiles', () => {
  it('drops what this build neither wrote nor reused, and never the search index', () => {
    const site = mkdtempSync(join(tmpdir(), 'summitry-site-'));
    const written = {
      'index.html': 2000,
      'articles/2024/kept/index.html': 500,
      'articles/2021/deleted/index.html': 500,
      'pagefind/meetings/pagefind.js': 500,
      'search-parts.json': 500,
    };
    for (const [path, seconds] of Object.entries(written)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), 'x');
      utimesSync(join(site, path), seconds, seconds);
    }
    const files = outputFiles(site, isSearchIndexFile);
    const stale = staleFiles(files, 1000 * 1000, new Set(['articles/2024/kept/index.html']));
    expect(stale).toEqual(['articles/2021/deleted/index.html']);
  });

  it('reads the pages Astro reused from its cache manifest, and none from a missing one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'summitry-manifest-'));
    const manifest = join(folder, 'incremental-build.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        version: 1,
        routes: { 'src/pages/a.astro': { dependencyHash: 'x', paths: { '/a/': { cacheKey: 'k', outputFile: 'a/index.html' } } } },
      }),
    );
    expect(reusedOutputs(manifest)).toEqual(new Set(['a/index.html']));
    expect(reusedOutputs(join(folder, 'missing.json'))).toEqual(new Set());
  });
});

describe('search parts', () => {
  it('puts meetings in one part and articles in one part per year folder; other pages in none', () => {
    expect(searchPartOf('summits/2024-07-sco-astana/index.html')).toBe('meetings');
    expect(searchPartOf('articles/2019/putin-xi-talks/index.html')).toBe('articles-2019');
    expect(searchPartOf('summits/2024-07-sco-astana/coverage/index.html')).toBeNull();
    expect(searchPartOf('tags/sco/index.html')).toBeNull();
  });

  it('changes a part’s fingerprint when one of its pages is written again, and only that part’s', () => {
    const files = new Map([
      ['summits/a/index.html', stamp(1)],
      ['articles/2019/x/index.html', stamp(1)],
      ['articles/2020/y/index.html', stamp(1)],
    ]);
    const before = searchParts(files, '1.0');
    const after = searchParts(new Map(files).set('articles/2019/x/index.html', stamp(2)), '1.0');
    expect(after.get('articles-2019')!.fingerprint).not.toBe(before.get('articles-2019')!.fingerprint);
    expect(after.get('articles-2020')!.fingerprint).toBe(before.get('articles-2020')!.fingerprint);
    expect(after.get('meetings')!.fingerprint).toBe(before.get('meetings')!.fingerprint);
    expect(searchParts(files, '1.1').get('meetings')!.fingerprint).not.toBe(before.get('meetings')!.fingerprint);
  });

  it('lists the meetings’ part first for the search page to load, then the rest to merge', () => {
    expect(searchBundlePaths(['articles-2020', 'meetings', 'articles-2013'])).toEqual([
      '/pagefind/meetings/',
      '/pagefind/articles-2013/',
      '/pagefind/articles-2020/',
    ]);
  });
});

describe('buildProgress', () => {
  it('passes Astro’s phases on and turns its line per page into a count', () => {
    const shown: string[] = [];
    const progress = buildProgress((line) => shown.push(line));
    progress.take('14:49:14 [content] Syncing content\n');
    progress.take('  ├─ /articles/2024/a/index.html');
    progress.take(' (+3ms) \n');
    progress.take('  ├─ /articles/2024/b/index.html');
    progress.take(' \u001b[32m(cached)\u001b[39m\n');
    progress.take('  └─ /tags/sco/index.html (+1.2ms) \n');
    progress.flush();
    progress.flush();
    expect(shown).toEqual(['14:49:14 [content] Syncing content', '  pages: 3 so far, 1 of them reused from the last build']);
    expect(progress.counts()).toEqual({ total: 3, reused: 1 });
  });

  it('names each page Astro reused, coloured or not, and none it rendered', () => {
    const reused: string[] = [];
    const progress = buildProgress(
      () => {},
      (path) => reused.push(path),
    );
    progress.take('  \u001b[32m├─\u001b[39m \u001b[2m/articles/2024/a/index.html\u001b[22m');
    progress.take(' \u001b[32m(cached)\u001b[39m\n');
    progress.take('  ├─ /articles/2024/b/index.html');
    progress.take(' (+3ms) \n');
    progress.take('  ├─ /summits/x/index.html');
    progress.take(' (restored)\n');
    expect(reused).toEqual(['/articles/2024/a/index.html', '/summits/x/index.html']);
  });
});

describe('searchPartReadiness', () => {
  it('says a year’s part is whole when the last of its article pages is written, once', () => {
    const readiness = searchPartReadiness(['2023/a', '2024/b', '2024/c']);
    expect(readiness.written('/articles/2024/b/index.html')).toBeNull();
    expect(readiness.written('articles/2024/b/index.html')).toBeNull();
    expect(readiness.written('/articles/2023/a/index.html')).toBe('articles-2023');
    expect(readiness.written('/tags/sco/index.html')).toBeNull();
    expect(readiness.written('/articles/2024/c/index.html')).toBe('articles-2024');
    expect(readiness.written('/articles/2024/c/index.html')).toBeNull();
  });

  it('never calls a part whole while a page it expects is missing', () => {
    const readiness = searchPartReadiness(['2024/b', '2024/c']);
    expect(readiness.written('/articles/2024/b/index.html')).toBeNull();
    expect(readiness.written('/articles/2024/elsewhere/index.html')).toBeNull();
  });
});
