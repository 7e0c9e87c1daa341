/**
 * A saved web page as article text: Readability finds the article in the page (on a linkedom
 * DOM), Turndown writes it as markdown, and the page's own metadata (publication time,
 * canonical address, author, site name) is read from its head, where it is most reliable.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';

/** Facts the page's markup states about itself. */
export interface PageFacts {
  /** The publication date as the page's metadata gives it, with the tag it came from. */
  published: { date: Date; evidence: string } | null;
  url: string | null;
  author: string | null;
  siteName: string | null;
}

/** A page turned into article text. */
export interface HtmlArticle {
  /** Title, byline and body as lines of markdown. */
  text: string;
  facts: PageFacts;
}

// Where pages state their publication time, most specific first.
const publishedTags = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dc.date"]',
  'meta[name="date"]',
];

/** Fewer words than this is a login form, an index or an error page, not an article. */
const minimumArticleWords = 40;

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_' });
// Images and figures are page furniture in a text archive.
turndown.remove(['img', 'figure', 'script', 'style', 'iframe', 'noscript']);
// The archive keeps words, not links or emphasis: the page's address is kept, its links are not.
turndown.addRule('words-only', { filter: ['a', 'em', 'i', 'strong', 'b', 'span', 'u'], replacement: (content) => content });

// Readability's time grows with the square of the nesting: 1,000 levels took 13 s, 2,000 took
// 83 s. Real article pages nest a few dozen levels deep.
const deepestNesting = 400;

/** Reads the article out of a saved HTML page. */
export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const depth = nestingDepth(document.documentElement as unknown as ParentNode, deepestNesting);
  if (depth > deepestNesting) throw new Error(`its elements nest over ${deepestNesting} levels deep, which no article page does`);
  const facts = readFacts(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const words = article?.textContent?.split(/\s+/).filter(Boolean).length ?? 0;
  if (!article?.content || words < minimumArticleWords) throw new Error('no article text found in the page');
  const body = turndown.turndown(article.content).replace(/^([-*]|\d+\.)\s+/gm, '$1 ');
  // The article's own headline, when it kept one, is better than the page title ("Headline | Site").
  const title = /^#{1,6} /.test(body) ? '' : `# ${(article.title ?? '').replace(/\s+[|–—-]\s+[^|–—-]+$/, '')}`;
  if (!facts.published && article.publishedTime)
    facts.published = dated(article.publishedTime, `publication time ${article.publishedTime}`);
  return {
    text: [title, body].filter((part) => part.replace('#', '').trim() !== '').join('\n\n'),
    facts: {
      ...facts,
      author: facts.author ?? article.byline?.replace(/^by\s+/i, '').trim() ?? null,
      siteName: facts.siteName ?? article.siteName ?? null,
    },
  };
}

/** How deep elements nest under `root`, counting no further than just past `limit`. */
function nestingDepth(root: ParentNode, limit: number): number {
  let deepest = 0;
  const stack: [ParentNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function readFacts(document: ParentNode): PageFacts {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  let published: PageFacts['published'] = null;
  for (const selector of publishedTags) {
    const value = content(selector);
    const tag = /"([^"]+)"/.exec(selector)![1];
    if (value && (published = dated(value, `the page’s ${tag} ${value}`))) break;
  }
  published ??= fromJsonLd(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    published,
    url: absolute(content('meta[property="og:url"]') ?? canonical),
    author: content('meta[name="author"]'),
    siteName: content('meta[property="og:site_name"]'),
  };
}

/** `datePublished` from JSON-LD blocks, which many news sites use instead of meta tags. */
function fromJsonLd(document: ParentNode): PageFacts['published'] {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found) return dated(found[1]!, `JSON-LD datePublished ${found[1]}`);
  }
  return null;
}

/** The calendar day an ISO timestamp names, as written (its own offset, not converted). */
function dated(value: string, evidence: string): PageFacts['published'] {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return day ? { date: new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)), evidence } : null;
}

function absolute(url: string | null): string | null {
  return url && /^https?:\/\//.test(url) ? url : null;
}
