import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalAddress, canonicalLinkOf } from '../../src/lib/collect/canonical-address.ts';
import { decodeBody } from '../../src/lib/collect/decode-body.ts';
import { readListing, sectionLinks } from '../../src/lib/collect/read-listing.ts';
import { namesEveryLeader } from '../../src/lib/collect/relevance.ts';
import { articleHtml, conditional, html, startNewsServer, windows1251 } from '../support/collect-server.ts';
import { contentRoot } from '../support/seeds.ts';

const run = promisify(execFile);

describe('canonicalAddress', () => {
  it.each([
    ['https://example.com/news/a.html?utm_source=rss&utm_medium=feed', 'https://example.com/news/a.html'],
    ['https://example.com/news/a.html?fbclid=x#comments', 'https://example.com/news/a.html'],
    ['https://m.example.com/news/a.html', 'https://example.com/news/a.html'],
    ['https://amp.example.com/news/a.html', 'https://example.com/news/a.html'],
    ['https://example.com/amp/news/a.html', 'https://example.com/news/a.html'],
    ['https://example.com/news/a/amp', 'https://example.com/news/a'],
    ['https://example.com/news?id=7&b=2', 'https://example.com/news?b=2&id=7'],
  ])('makes %s into %s', (address, canonical) => {
    expect(canonicalAddress(address)).toBe(canonical);
  });

  it('takes the page’s canonical link on its own site, not another site’s', () => {
    const page = 'https://www.example.com/print/a.html';
    expect(canonicalLinkOf('<link rel="canonical" href="/news/a.html?utm_source=x">', page)).toBe(
      'https://www.example.com/news/a.html',
    );
    expect(canonicalLinkOf('<link href="https://elsewhere.org/a" rel="canonical">', page)).toBeNull();
  });
});

describe('readListing', () => {
  const base = 'https://example.com/feeds/main.xml';

  it('reads RSS 2.0 with a relative link, its date and the dc:creator', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
      <item><title>Putin &amp; Xi meet</title><link>/news/a.html</link><pubDate>Thu, 08 May 2025 10:00:00 GMT</pubDate><dc:creator>Anna Petrova</dc:creator></item></channel></rss>`;
    expect(readListing(rss, base).pages).toEqual([
      {
        url: 'https://example.com/news/a.html',
        title: 'Putin & Xi meet',
        summary: null,
        published: new Date('2025-05-08T10:00:00Z'),
        author: 'Anna Petrova',
      },
    ]);
  });

  it('reads Atom, JSON Feed and a news sitemap alike', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>t</id><updated>2025-05-08T00:00:00Z</updated>
      <entry><title type="html">Xi &amp;amp; Putin</title><id>e</id><link rel="alternate" href="e.html"/><published>2025-05-08T10:00:00Z</published><author><name>Li Wei</name></author></entry></feed>`;
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', url: 'j.html', title: 'J', date_published: '2025-05-09T00:00:00Z', authors: [{ name: 'Bo' }] }],
    });
    const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://example.com/s.html</loc><news:news><news:publication_date>2025-05-10T09:00:00+03:00</news:publication_date><news:title>S</news:title></news:news></url></urlset>`;
    expect(readListing(atom, base).pages[0]).toMatchObject({
      url: 'https://example.com/feeds/e.html',
      title: 'Xi & Putin',
      author: 'Li Wei',
    });
    expect(readListing(json, base).pages[0]).toMatchObject({ url: 'https://example.com/feeds/j.html', author: 'Bo' });
    expect(readListing(sitemap, base).pages[0]).toMatchObject({
      url: 'https://example.com/s.html',
      title: 'S',
      published: new Date('2025-05-10T06:00:00Z'),
    });
  });

  it('follows a sitemap index to its sitemaps and refuses what is neither feed nor sitemap', () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news-1.xml</loc></sitemap></sitemapindex>`;
    expect(readListing(index, base).sitemaps).toEqual(['https://example.com/news-1.xml']);
    expect(() => readListing('<html><body>hello</body></html>', base)).toThrow();
  });

  it('finds the article links of a section page on its own site', () => {
    const section = `<a href="/world/putin-and-xi-meet-in-moscow">x</a><a href="/about">a</a><a href="https://other.org/putin-and-xi-meet-in-moscow">o</a><a href="/news/20250508123456.html">n</a>`;
    expect(sectionLinks(section, 'https://www.example.com/world/').map((page) => page.url)).toEqual([
      'https://www.example.com/world/putin-and-xi-meet-in-moscow',
      'https://www.example.com/news/20250508123456.html',
    ]);
  });
});

describe('decodeBody and relevance', () => {
  it('reads a windows-1251 page by its header or its meta charset', () => {
    const bytes = windows1251('<meta charset="windows-1251"><p>Москва</p>');
    expect(decodeBody(bytes, 'text/html')).toContain('Москва');
    expect(decodeBody(windows1251('<p>Москва</p>'), 'text/html; charset=windows-1251')).toContain('Москва');
  });

  it('keeps a text only when it names both leaders, by any alias', () => {
    const relevant = namesEveryLeader([
      ['Vladimir Putin', 'Putin'],
      ['Xi Jinping', 'Xi', 'Mr Shai'],
    ]);
    expect(relevant('Putin met Mr Shai in Moscow')).toBe(true);
    expect(relevant('PUTIN and XI JINPING')).toBe(true);
    expect(relevant('Putin took a taxi')).toBe(false);
    expect(relevant('Xi visited Paris')).toBe(false);
  });
});

describe('npm run collect against a news site on localhost', () => {
  let server: Awaited<ReturnType<typeof startNewsServer>>;
  let content = '';
  let first = { stdout: '', stderr: '' };
  const articleFiles = () =>
    readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  const collectOnce = () =>
    run(
      process.execPath,
      ['src/cli/collect.ts', '--delay', '0', '--timeout', '1', '--retries', '1', '--inbox', join(content, '..', 'inbox')],
      {
        env: { ...process.env, SUMMITRY_CONTENT: content },
        encoding: 'utf8',
      },
    );

  beforeAll(async () => {
    server = await startNewsServer((origin) => {
      const page = (path: string) => `${origin}/news/${path}`;
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Test News</title><link>${origin}/</link>
        ${[
          [page('putin-xi-talks-in-the-kremlin.html'), 'Anna Petrova'],
          [`${page('putin-xi-talks-in-the-kremlin.html')}?utm_source=rss&amp;utm_medium=feed`, ''],
          ['/news/xi-and-putin-sign-joint-statement.html', ''],
          ['/news/record-wheat-harvest-expected.html', ''],
          ['/private/putin-xi-secret-notes.html', ''],
          ['/news/putin-xi-huge-page.html', ''],
          ['/news/putin-xi-slow-page.html', ''],
          ['/news/loop-a.html', ''],
          ['/news/putin-xi-in-russian.html', ''],
        ]
          .map(
            ([link, author]) =>
              `<item><title>Item</title><link>${link}</link><pubDate>Thu, 08 May 2025 10:00:00 GMT</pubDate>${author ? `<dc:creator>${author}</dc:creator>` : ''}</item>`,
          )
          .join('')}</channel></rss>`;
      const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test News</title><id>t</id><updated>2025-05-08T00:00:00Z</updated>
        <entry><title>Tea</title><id>e</id><link href="/news/leaders-meet-for-tea.html"/><published>2025-05-08T12:00:00Z</published></entry></feed>`;
      const json = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Test News',
        items: [
          { id: 'f', url: page('putin-and-xi-talk-energy.html'), date_published: '2025-05-08T13:00:00Z' },
          { id: 'g', url: page('putin-xi-trade-deals.html'), date_published: '2025-05-08T14:00:00Z' },
          { id: 'p', url: page('putin-xi-talks-print.html'), date_published: '2025-05-08T15:00:00Z' },
        ],
      });
      const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>${page('putin-welcomes-xi.html')}</loc><news:news><news:publication_date>2025-05-07T18:00:00Z</news:publication_date><news:title>Welcome</news:title></news:news></url>
        <url><loc>${origin}/amp/news/putin-welcomes-xi.html</loc></url></urlset>`;
      const lastModified = 'Thu, 08 May 2025 16:00:00 GMT';
      return {
        '/robots.txt': html('User-agent: *\nDisallow: /private/\n', 'text/plain'),
        '/rss.xml': conditional(rss, 'application/rss+xml; charset=utf-8', { etag: '"rss-1"' }),
        '/atom.xml': conditional(atom, 'application/atom+xml', { lastModified }),
        '/feed.json': conditional(json, 'application/feed+json', { etag: '"json-1"' }),
        '/news-sitemap.xml': conditional(sitemap, 'application/xml', { lastModified }),
        '/news/putin-xi-talks-in-the-kremlin.html': html(articleHtml('Putin and Xi hold talks in the Kremlin')),
        '/news/xi-and-putin-sign-joint-statement.html': html(articleHtml('Xi and Putin sign a joint statement')),
        '/news/record-wheat-harvest-expected.html': html(articleHtml('Record wheat harvest expected', { about: 'other' })),
        '/private/putin-xi-secret-notes.html': html(articleHtml('Secret notes')),
        '/news/putin-xi-huge-page.html': html(
          articleHtml('Huge page').replace('</body>', `<p>${'x'.repeat(5 * 1024 * 1024)}</p></body>`),
        ),
        '/news/putin-xi-slow-page.html': () => {},
        '/news/loop-a.html': (_request, response) => response.writeHead(302, { location: '/news/loop-b.html' }).end(),
        '/news/loop-b.html': (_request, response) => response.writeHead(302, { location: '/news/loop-a.html' }).end(),
        '/news/putin-xi-in-russian.html': html(
          windows1251(articleHtml('Putin and Xi meet in Moscow', { charset: 'windows-1251' }).replace('MOSCOW', 'Москва')),
          'text/html; charset=windows-1251',
        ),
        '/news/leaders-meet-for-tea.html': html(articleHtml('Putin and Xi end talks over tea')),
        '/news/putin-and-xi-talk-energy.html': (request, response, hit) =>
          hit === 1
            ? response.writeHead(429, { 'retry-after': '1' }).end('slow down')
            : html(articleHtml('Putin and Xi talk energy'))(request, response, hit),
        '/news/putin-xi-trade-deals.html': (request, response, hit) =>
          hit === 1
            ? response.writeHead(500).end('oops')
            : html(articleHtml('Putin and Xi agree trade deals'))(request, response, hit),
        '/news/putin-xi-talks-print.html': html(
          articleHtml('Putin and Xi hold talks in the Kremlin (print)', {
            canonical: page('putin-xi-talks-in-the-kremlin.html'),
          }),
        ),
        '/news/putin-welcomes-xi.html': html(articleHtml('Putin welcomes Xi to Moscow', { dated: false })),
      };
    });
    const scratch = mkdtempSync(join(tmpdir(), 'summitry-collect-'));
    content = join(scratch, 'content');
    for (const folder of ['summits', 'outlets', 'people'])
      cpSync(join(contentRoot, folder), join(content, folder), { recursive: true });
    const source = (feeds: string[], sitemaps: string[]) =>
      `---\noutlet: test-news\nfeeds: [${feeds.map((path) => `"${server.origin}${path}"`).join(', ')}]\nsitemaps: [${sitemaps.map((path) => `"${server.origin}${path}"`).join(', ')}]\n---\n`;
    writeFileSync(
      join(content, 'outlets', 'test-news.md'),
      `---\nname: Test News\nurl: ${server.origin}\ncountry: null\nkind: news-website\naffiliation: unknown\naffiliationSource: null\nmarkers: []\n---\n`,
    );
    mkdirSync(join(content, 'sources'));
    writeFileSync(join(content, 'sources', 'test-news-feeds.md'), source(['/rss.xml', '/atom.xml'], []));
    writeFileSync(join(content, 'sources', 'test-news-more.md'), source(['/feed.json'], ['/news-sitemap.xml']));
    first = await collectOnce();
  }, 120_000);

  afterAll(() => server?.close());

  it('ingests each relevant page once, however many addresses name it', () => {
    expect(articleFiles()).toHaveLength(7);
    expect(server.hitsOf('/news/putin-xi-talks-in-the-kremlin.html')).toBe(1);
    expect(server.hitsOf('/news/putin-welcomes-xi.html')).toBe(1);
    expect(server.hitsOf('/amp/news/putin-welcomes-xi.html')).toBe(0);
    expect(first.stdout).toMatch(/test-news-feeds\s+2\s+0\s+\d+\s+4\s+1\s+0\s+1\s+3/);
    expect(first.stdout).toMatch(/test-news-more\s+2\s+0\s+\d+\s+3\s+0\s+1\s+0\s+0/);
  });

  it('shows its progress while it runs', () => {
    expect(first.stderr).toMatch(/collect: 17 of 17 requests done, 7 pages kept/);
  });

  it('keeps the irrelevant, disallowed and duplicate pages out, and says why the rest failed', () => {
    expect(server.hitsOf('/private/putin-xi-secret-notes.html')).toBe(0);
    const titles = articleFiles().map(
      (name) => readFileSync(join(content, 'articles', name), 'utf8').match(/^title: (.*)$/m)?.[1],
    );
    expect(titles).not.toContain('Record wheat harvest expected');
    expect(titles).not.toContain('Putin and Xi hold talks in the Kremlin (print)');
    expect(first.stdout).toMatch(/putin-xi-huge-page\.html \(page larger than 2 MB\)/);
    expect(first.stdout).toMatch(/putin-xi-slow-page\.html \(no answer within 1 s\)/);
    expect(first.stdout).toMatch(/loop-a\.html \(more than 5 redirects\)/);
  });

  it('waits out a 429 and retries a 500, reads windows-1251, and keeps the feed’s author and date as evidence', () => {
    expect(server.hitsOf('/news/putin-and-xi-talk-energy.html')).toBe(2);
    expect(server.hitsOf('/news/putin-xi-trade-deals.html')).toBe(2);
    const raw = readdirSync(join(content, 'raw'));
    const russian = raw.find((name) => name.includes('putin-xi-in-russian') && name.endsWith('.html'))!;
    expect(readFileSync(join(content, 'raw', russian), 'utf8')).toContain('Москва');
    const kremlin = articleFiles().find((name) => name.includes('putin-and-xi-hold-talks-in-the-kremlin'))!;
    const entry = readFileSync(join(content, 'articles', kremlin), 'utf8');
    expect(entry).toMatch(/^author: Anna Petrova$/m);
    expect(entry).toMatch(/^url: .*\/news\/putin-xi-talks-in-the-kremlin\.html$/m);
    // A page that prints no date is dated by its sitemap's.
    const welcome = readFileSync(
      join(
        content,
        'articles',
        articleFiles().find((name) => name.includes('putin-welcomes-xi'))!,
      ),
      'utf8',
    );
    expect(welcome).toMatch(/^published: 2025-05-07$/m);
    expect(welcome).toMatch(/^datedBy: feed$/m);
  });

  it('fetches only the listings on a second run with nothing new, and writes nothing', async () => {
    const state = join(content, 'collect-state.json');
    const before = { pages: [...server.hits].filter(([path]) => path.startsWith('/news/')), state: statSync(state).mtimeMs };
    const second = await collectOnce();
    expect([...server.hits].filter(([path]) => path.startsWith('/news/'))).toEqual(before.pages);
    expect(server.hitsOf('/rss.xml')).toBe(2);
    expect(statSync(state).mtimeMs).toBe(before.state);
    expect(articleFiles()).toHaveLength(7);
    expect(second.stdout).toMatch(/test-news-feeds\s+0\s+2\s+0\s+0/);
    expect(second.stdout).not.toContain('remembered');
  }, 60_000);

  it('fails, naming why, only when nothing at all could be fetched', async () => {
    const unreachable = join(content, '..', 'unreachable');
    for (const folder of ['outlets', 'people']) cpSync(join(content, folder), join(unreachable, folder), { recursive: true });
    mkdirSync(join(unreachable, 'sources'));
    writeFileSync(
      join(unreachable, 'sources', 'gone.md'),
      '---\noutlet: test-news\nfeeds: ["http://127.0.0.1:9/feed.xml"]\n---\n',
    );
    const failed = await run(process.execPath, ['src/cli/collect.ts', '--retries', '0', '--timeout', '1'], {
      env: { ...process.env, SUMMITRY_CONTENT: unreachable },
      encoding: 'utf8',
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/failed: http:\/\/127\.0\.0\.1:9\/feed\.xml \(robots\.txt unreachable: [A-Z_]+\)/);
    expect(failed.stderr).toContain('nothing could be fetched from any source');
  }, 30_000);
});
