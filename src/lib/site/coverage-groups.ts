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

/** Days from a meeting: negative before its first day, positive after its last, 0 during it. */
export function daysFromMeeting(published: Date, meeting: { start: Date; end: Date }): number {
  const before = differenceInCalendarDays(meeting.start, published);
  if (before > 0) return -before;
  return Math.max(0, differenceInCalendarDays(published, meeting.end));
}

/** "during the meeting", "1 day before", "36 days after". */
export function describeDays(days: number): string {
  if (days === 0) return 'during the meeting';
  const count = Math.abs(days);
  return `${count} ${count === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'}`;
}

/** "during the meeting", "1 day after", "3 days before": when an article came relative to the meeting. */
export function describeLag(published: Date | null, meeting: { start: Date; end: Date }): string | null {
  return published ? describeDays(daysFromMeeting(published, meeting)) : null;
}

/** The other meetings a meeting's coverage mentions, oldest first. */
export function mentionedBy(coverage: readonly ArticleEntry[], summits: ReadonlyMap<string, SummitEntry>): SummitEntry[] {
  const ids = new Set(coverage.flatMap((article) => article.data.mentions.map((mention) => mention.id)));
  return [...ids].flatMap((id) => summits.get(id) ?? []).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}
