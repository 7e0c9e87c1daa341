/** Every URL the site links to, built in one place so no template concatenates a path. */

/** Home page. */
export const homePath = '/';
/** Timeline of every meeting. */
export const timelinePath = '/timeline/';
/** List of every meeting. */
export const summitsPath = '/summits/';
/** Tag index. */
export const tagsPath = '/tags/';
/** Outlet index. */
export const outletsPath = '/outlets/';

/** A meeting's page. */
export function summitPath(id: string): string {
  return `/summits/${id}/`;
}

/** The full lists of a meeting's articles: those about it, and those that mention it. */
export type SummitListing = 'coverage' | 'mentions';

/** A meeting's full list of coverage or mentions, paginated. */
export function summitListingPath(id: string, listing: SummitListing): string {
  return `${summitPath(id)}${listing}/`;
}

/** An article's page; article ids are `<yyyy>/<slug>`. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** A tag's page. */
export function tagPath(tag: string): string {
  return `/tags/${tag}/`;
}

/** An outlet's page. */
export function outletPath(id: string): string {
  return `/outlets/${id}/`;
}

/**
 * The raw original an article was ingested from; `raw` is its path under content/. Always a
 * `.txt` name: a static host serves a saved `.html` page as HTML, and its scripts would run on
 * our origin, while a `.txt` file is shown as text.
 */
export function rawPath(raw: string): string {
  return `/${raw.endsWith('.txt') ? raw : `${raw}.txt`}`;
}

/** The timeline of one year, with the coverage of each meeting. */
export function timelineYearPath(year: number): string {
  return `${timelinePath}${year}/`;
}

/** The site's RSS feed. */
export const feedPath = '/rss.xml';

/** A meeting's RSS feed of coverage. */
export function summitFeedPath(id: string): string {
  return `${summitPath(id)}rss.xml`;
}

/** A tag's RSS feed. */
export function tagFeedPath(tag: string): string {
  return `${tagPath(tag)}rss.xml`;
}

/** Page `n` of a paginated listing at `path`; page 1 is the listing's own address. */
export function pagePath(path: string, page: number): string {
  return page <= 1 ? path : `${path}${page}/`;
}

/** A person's page. */
export function personPath(id: string): string {
  return `/people/${id}/`;
}

/** The people index. */
export const peoplePath = '/people/';

/** The search page. */
export const searchPath = '/search/';

/** Page `number` of a list's archive at `path`; 0 is the list's front page, at `path` itself. */
export function archivePagePath(path: string, number: number): string {
  return number === 0 ? path : `${path}${number}/`;
}

/** The search index's folder; each part of the index has a folder in it. */
export const searchIndexPath = '/pagefind/';

/** The part of the search index the search page loads first, and whose copy of Pagefind's interface it runs. */
export const primarySearchPart = 'meetings';
