/**
 * Cache keys for incremental builds: one string per page that changes whenever anything the page
 * shows changes. Astro re-renders a page only when its key differs from the last build's (and its
 * code is unchanged), so a key that misses something a page shows leaves a stale page behind.
 * Keys are therefore drawn wide: a page about a meeting follows the meeting and every article
 * about or mentioning it; a list's front page follows the whole list, and an archive page, which
 * holds the same articles for good (archive-pages.ts), its own; and every page follows the
 * reference data (meetings, outlets, people), which almost never changes and feeds names and
 * links everywhere.
 */
import { createHash } from 'node:crypto';
import type { ListPage } from './archive-pages.ts';
import type { ArticleEntry, Entry, SiteData, SummitEntry } from './site-data.ts';

/** What an entry is, for a key: Astro's digest of its file, else its data. */
function entryFingerprint(entry: Entry<unknown>): string {
  return `${entry.id}\0${entry.digest ?? JSON.stringify(entry.data)}`;
}

function hashOf(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('base64url').slice(0, 32);
}

/** The keys of one build's pages; each is computed once, however many pages share it. */
export interface PageKeys {
  /** Every meeting, outlet and person. */
  reference: string;
  /** A meeting's page, feed, share image and full listings. */
  meeting(summitId: string): string;
  /** A whole list of articles (a tag's feed, a list's front page), with the meetings it shows. */
  listing(articles: readonly ArticleEntry[], summits?: readonly SummitEntry[]): string;
  /**
   * A page of a list: the front page follows the whole list and the meetings it shows; an
   * archive page its own articles and neighbours, nothing of the rest.
   */
  listPage(page: ListPage<ArticleEntry>, list: readonly ArticleEntry[], summits?: readonly SummitEntry[]): string;
  /** An article's page: the article, its meeting with all its coverage, the story it copies. */
  article(article: ArticleEntry): string;
  /** A year of the timeline: its meetings and their coverage. */
  timelineYear(summits: readonly SummitEntry[]): string;
}

const keysBySite = new WeakMap<SiteData, PageKeys>();

/** The page keys of a build's content. */
export function pageKeysOf(data: SiteData): PageKeys {
  const known = keysBySite.get(data);
  if (known) return known;
  const reference = hashOf([
    ...data.summits.map(entryFingerprint),
    ...[...data.outlets.values()].map(entryFingerprint),
    ...[...data.people.values()].map(entryFingerprint),
  ]);
  const meetingKeys = new Map<string, string>();
  const meeting = (summitId: string) => {
    let key = meetingKeys.get(summitId);
    if (key === undefined) {
      key = hashOf([
        reference,
        summitId,
        ...(data.coverage.get(summitId) ?? []).map(entryFingerprint),
        'mentioned in',
        ...(data.mentionedIn.get(summitId) ?? []).map(entryFingerprint),
      ]);
      meetingKeys.set(summitId, key);
    }
    return key;
  };
  const keys: PageKeys = {
    reference,
    meeting,
    listing: (articles, summits = []) =>
      hashOf([reference, ...articles.map(entryFingerprint), 'meetings', ...summits.map((summit) => meeting(summit.id))]),
    listPage: (page, list, summits) =>
      page.number === 0
        ? keys.listing(list, summits)
        : hashOf([reference, ...page.items.map(entryFingerprint), `${page.number} ${page.newer} ${page.older} ${page.first}`]),
    article: (article) => {
      const { summit, duplicateOf } = article.data;
      const original = duplicateOf ? data.articlesById.get(duplicateOf.id) : undefined;
      return hashOf([
        reference,
        entryFingerprint(article),
        summit ? meeting(summit.id) : 'no meeting',
        original ? entryFingerprint(original) : 'no original',
      ]);
    },
    timelineYear: (summits) => hashOf([reference, ...summits.map((summit) => meeting(summit.id))]),
  };
  keysBySite.set(data, keys);
  return keys;
}
