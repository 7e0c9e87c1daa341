/**
 * A meeting's coverage as readers of Ground News expect it: grouped by who stands behind the
 * story (either side's state media, wire agencies, independent outlets, unknown; a copy goes
 * with the agency it came from), with how
 * soon each outlet reported.
 */
import { differenceInCalendarDays } from '../utc-days.ts';
import { writerOf, type ArticleEntry, type OutletEntry, type SummitEntry } from './site-data.ts';

/** The groups, in the order a summit page shows them. */
export const coverageGroups = [
  { id: 'russian-state', label: 'Russian state media' },
  { id: 'chinese-state', label: 'Chinese state media' },
  { id: 'other-state', label: 'Other state media' },
  { id: 'wire', label: 'Wire agencies' },
  { id: 'independent', label: 'Independent outlets' },
  { id: 'unknown', label: 'Outlet or owner unknown' },
] as const;
export type CoverageGroupId = (typeof coverageGroups)[number]['id'];

/** Which group an outlet's articles fall in. */
export function groupOf(outlet: OutletEntry | undefined): CoverageGroupId {
  if (!outlet || outlet.data.affiliation === 'unknown') return 'unknown';
  const { affiliation, country, kind } = outlet.data;
  if (affiliation === 'state-owned' || affiliation === 'state-affiliated') {
    return country === 'Russia' ? 'russian-state' : country === 'China' ? 'chinese-state' : 'other-state';
  }
  return kind === 'wire-agency' ? 'wire' : 'independent';
}

/**
 * The coverage grouped, empty groups left out, each group in order of publication. A group
 * shows at most `shown` articles (the first reports), and counts the rest in `total`: a
 * meeting's page stays small however many outlets covered it, and links to the full list.
 */
export function groupCoverage(
  articles: readonly ArticleEntry[],
  outlets: ReadonlyMap<string, OutletEntry>,
  shown = Number.POSITIVE_INFINITY,
) {
  return coverageGroups
    .map((group) => {
      const members = articles.filter((article) => groupOf(writerOf(article, outlets)) === group.id);
      return { ...group, articles: members.slice(0, shown), total: members.length };
    })
    .filter((group) => group.total > 0);
}

/** "same day", "1 day after", "3 days before": when an article came relative to the meeting. */
export function describeLag(published: Date | null, meeting: { start: Date; end: Date }): string | null {
  if (!published) return null;
  if (published >= meeting.start && published <= meeting.end) return 'during the meeting';
  const after = differenceInCalendarDays(published, meeting.end);
  if (after > 0) return `${after} ${after === 1 ? 'day' : 'days'} after`;
  const before = differenceInCalendarDays(meeting.start, published);
  return `${before} ${before === 1 ? 'day' : 'days'} before`;
}

/** The other meetings a meeting's coverage mentions, oldest first. */
export function mentionedBy(coverage: readonly ArticleEntry[], summits: ReadonlyMap<string, SummitEntry>): SummitEntry[] {
  const ids = new Set(coverage.flatMap((article) => article.data.mentions.map((mention) => mention.id)));
  return [...ids].flatMap((id) => summits.get(id) ?? []).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}
