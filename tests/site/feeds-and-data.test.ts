import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedLength } from '../../src/lib/site/feed-items.ts';
import { distRoot, readPage } from '../support/dist.ts';
import { siteData } from '../support/site-data.ts';

const read = (path: string) => readFileSync(join(distRoot, path), 'utf8');
const items = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0]);

describe('feeds', () => {
  it('offers the site feed with the newest articles, newest first', () => {
    const feed = items(read('rss.xml'));
    expect(feed).toHaveLength(Math.min(feedLength, siteData.articles.length));
    const dates = feed.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? ''));
    expect(dates.every((date, n) => n === 0 || date <= dates[n - 1]!)).toBe(true);
    const newest = siteData.articles
      .filter((article) => article.data.published)
      .sort((a, b) => +b.data.published! - +a.data.published!)[0]!;
    expect(dates[0]).toBe(+newest.data.published!);
  });

  it('offers a feed of each meeting’s coverage, linked from its page', () => {
    expect(items(read('summits/2024-07-sco-astana/rss.xml'))).toHaveLength(siteData.coverage.get('2024-07-sco-astana')!.length);
    expect(readPage('summits/2024-07-sco-astana/index.html')).toContain('href="/summits/2024-07-sco-astana/rss.xml"');
  });

  it('offers a feed for each tag, so following every SCO summit is one subscription', () => {
    expect(items(read('tags/sco/rss.xml'))).toHaveLength(Math.min(feedLength, siteData.tags.get('sco')!.articles.length));
    expect(readPage('tags/sco/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" title="SCO · Summitry" href="\/tags\/sco\/rss.xml"/,
    );
  });
});

describe('data for machines', () => {
  it('lists all 68 meetings in /api/summits.json with their coverage counts', () => {
    const summits = JSON.parse(read('api/summits.json')) as { id: string; articles: number }[];
    expect(summits).toHaveLength(68);
    expect(summits.find((summit) => summit.id === '2024-07-sco-astana')?.articles).toBe(
      siteData.coverage.get('2024-07-sco-astana')!.length,
    );
  });

  it('lists every article’s facts in /api/articles.json', () => {
    const articles = JSON.parse(read('api/articles.json')) as {
      summit: string | null;
      published: string | null;
      estimated: boolean;
    }[];
    expect(articles).toHaveLength(siteData.articles.length);
    expect(articles.filter((article) => article.estimated).map((article) => article.published)).toEqual(
      siteData.articles
        .filter((article) => article.data.estimated)
        .map((article) => article.data.published?.toISOString().slice(0, 10) ?? null),
    );
    expect(articles.filter((article) => article.estimated)).toContainEqual(expect.objectContaining({ published: '2022-09-18' }));
  });

  it('has a sitemap that robots.txt points to', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://summitry.example.org/sitemap-index.xml');
    expect(read('sitemap-0.xml')).toContain('<loc>https://summitry.example.org/summits/2024-07-sco-astana/</loc>');
  });

  it('describes a meeting as a schema.org Event and an article as a NewsArticle', () => {
    const ld = (file: string) => JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(readPage(file))![1]!);
    expect(ld('summits/2024-07-sco-astana/index.html')).toMatchObject({
      '@type': 'Event',
      startDate: '2024-07-03',
      location: { name: 'Astana' },
    });
    expect(ld('articles/2024/russia-china-relations-best-ever-putin/index.html')).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2024-07-04',
      publisher: { name: 'RT' },
      about: { name: 'SCO summit in Astana' },
    });
  });

  it('gives every page a canonical address and Open Graph and Twitter cards', () => {
    const page = readPage('timeline/index.html');
    expect(page).toContain('<link rel="canonical" href="https://summitry.example.org/timeline/">');
    expect(page).toMatch(/<meta property="og:title" content="Timeline">/);
    expect(page).toMatch(/<meta name="twitter:card" content="summary_large_image">/);
  });
});
