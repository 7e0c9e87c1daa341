/**
 * How much of a meeting's coverage its page shows, and the full lists behind it. A meeting of
 * 2024 may gather hundreds of articles; its page shows the first reports of each group and the
 * latest mentions, and links to paginated lists of all of them.
 */
import type { SummitListing } from './paths.ts';
import type { ArticleEntry, SiteData, SummitEntry } from './site-data.ts';

/** Articles each coverage group shows on a meeting's page. */
export const shownPerGroup = 10;
/** Articles the "Mentioned in" section of a meeting's page shows. */
export const shownMentions = 10;
/** Articles on each page of a full list. */
export const listingPageSize = 50;

/** A meeting's full list of one kind. */
export interface SummitListingOf {
  summit: SummitEntry;
  listing: SummitListing;
  articles: ArticleEntry[];
}

/** The lists a meeting's page cannot show whole: those get pages of their own. */
export function longSummitListings(data: SiteData): SummitListingOf[] {
  return data.summits.flatMap((summit) => {
    const coverage = data.coverage.get(summit.id) ?? [];
    const mentions = data.mentionedIn.get(summit.id) ?? [];
    return [
      ...(hasFullList(coverage.length, 'coverage') ? [{ summit, listing: 'coverage' as const, articles: coverage }] : []),
      ...(hasFullList(mentions.length, 'mentions') ? [{ summit, listing: 'mentions' as const, articles: mentions }] : []),
    ];
  });
}

/** True when a meeting's page shows only part of a list, so the list has pages of its own. */
export function hasFullList(count: number, listing: SummitListing): boolean {
  return count > (listing === 'coverage' ? shownPerGroup : shownMentions);
}
