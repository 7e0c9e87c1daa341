/**
 * What a source lists as new: the pages of an RSS, Atom or JSON feed (feedsmith) or of a news
 * sitemap (fast-xml-parser), with the date, title and author the listing gives, addresses
 * resolved against the listing's own.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeHTML } from 'entities';
import { parseFeed } from 'feedsmith';
import { hostOf } from '../web-address.ts';

/** One page a listing names. */
export interface ListedPage {
  url: string;
  title: string | null;
  summary: string | null;
  published: Date | null;
  author: string | null;
}

/** A listing read: its pages, and the further sitemaps a sitemap index names. */
export interface Listing {
  pages: ListedPage[];
  sitemaps: string[];
}

/** Reads a feed or sitemap; throws with the reason when it is neither. */
export function readListing(text: string, address: string): Listing {
  const start = text.trimStart().slice(0, 500);
  if (/<(?:[\w-]+:)?(?:urlset|sitemapindex)\b/.test(start)) return readSitemap(text, address);
  const { format, feed } = parseFeed(text);
  const items = (format === 'atom' ? (feed as { entries?: unknown[] }).entries : (feed as { items?: unknown[] }).items) ?? [];
  const pages = items.flatMap((item) => {
    const page =
      format === 'json'
        ? fromJsonItem(item as JsonItem)
        : format === 'atom'
          ? fromAtomEntry(item as AtomEntry)
          : fromRssItem(item as RssItem);
    const url = absolute(page.url, address);
    return url ? [{ ...page, url }] : [];
  });
  return { pages, sitemaps: [] };
}

interface RssItem {
  title?: string;
  link?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  description?: string;
  pubDate?: string;
  authors?: ({ name?: string } | string)[];
  dc?: { creators?: string[]; dates?: string[] };
}
interface AtomEntry {
  title?: string;
  links?: { href?: string; rel?: string }[];
  summary?: string;
  published?: string;
  updated?: string;
  authors?: { name?: string }[];
}
interface JsonItem {
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  date_published?: string;
  authors?: { name?: string }[];
}

function fromRssItem(item: RssItem): ListedPage {
  const permalink = item.guid?.isPermaLink !== false ? item.guid?.value : undefined;
  return {
    url: item.link ?? permalink ?? '',
    title: plain(item.title),
    summary: plain(item.description),
    published: dateOf(item.pubDate ?? item.dc?.dates?.[0]),
    author: plain(item.dc?.creators?.[0] ?? nameOf(item.authors?.[0])),
  };
}

function nameOf(author: { name?: string } | string | undefined): string | undefined {
  return typeof author === 'string' ? author : author?.name;
}

function fromAtomEntry(entry: AtomEntry): ListedPage {
  const link = entry.links?.find((candidate) => !candidate.rel || candidate.rel === 'alternate') ?? entry.links?.[0];
  return {
    url: link?.href ?? '',
    title: plain(entry.title),
    summary: plain(entry.summary),
    published: dateOf(entry.published ?? entry.updated),
    author: plain(entry.authors?.[0]?.name),
  };
}

function fromJsonItem(item: JsonItem): ListedPage {
  return {
    url: item.url ?? item.external_url ?? '',
    title: plain(item.title),
    summary: plain(item.summary ?? item.content_text),
    published: dateOf(item.date_published),
    author: plain(item.authors?.[0]?.name),
  };
}

const xml = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, processEntities: true });

function readSitemap(text: string, address: string): Listing {
  const document = xml.parse(text) as {
    urlset?: { url?: SitemapUrl | SitemapUrl[] };
    sitemapindex?: { sitemap?: { loc?: string } | { loc?: string }[] };
  };
  const pages = list(document.urlset?.url).flatMap((entry) => {
    const url = absolute(String(entry.loc ?? ''), address);
    if (!url) return [];
    const news = entry.news;
    return [
      {
        url,
        title: plain(news?.title),
        summary: null,
        published: dateOf(news?.publication_date ?? entry.lastmod),
        author: null,
      },
    ];
  });
  const sitemaps = list(document.sitemapindex?.sitemap).flatMap((entry) => absolute(String(entry.loc ?? ''), address) ?? []);
  return { pages, sitemaps };
}

interface SitemapUrl {
  loc?: string;
  lastmod?: string;
  news?: { title?: string; publication_date?: string };
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** An http(s) address resolved against the listing's, or null. */
function absolute(link: string, base: string): string | null {
  try {
    const resolved = new URL(link.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function dateOf(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A listing's text without markup or runs of space; null when empty. Atom text may come as `{ value }`. */
function plain(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null && 'value' in value ? (value as { value: unknown }).value : value;
  const text = (typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, (entity) => decodeHTML(entity))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/** A last path segment that reads as an article: four or more words, or a long numeric id. */
const articleLikePath = /(?:[\p{L}\p{N}]+[-_]){3,}[\p{L}\p{N}]+(?:\.s?html?)?\/?$|\d{6,}(?:\.s?html?)?\/?$/u;

/** The links of a section page that lead to articles on the same site. */
export function sectionLinks(html: string, address: string): ListedPage[] {
  const site = hostOf(address);
  const found = new Map<string, ListedPage>();
  for (const match of html.matchAll(/<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const url = absolute(decodeHTML(match[1] ?? match[2] ?? ''), address);
    if (!url) continue;
    const target = new URL(url);
    if (hostOf(url) !== site || !articleLikePath.test(target.pathname)) continue;
    found.set(url, { url, title: null, summary: null, published: null, author: null });
  }
  return [...found.values()];
}
