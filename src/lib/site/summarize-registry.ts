/** The registry in numbers, for the home page. */
import { differenceInCalendarDays } from '../utc-days.ts';
import type { SiteData, SummitEntry } from './site-data.ts';

/** Counts of contacts by how they happened, and the latest ones. */
export interface RegistrySummary {
  total: number;
  inPerson: number;
  video: number;
  phone: number;
  latest: SummitEntry | null;
  /** The latest meeting that has at least one article. */
  latestCovered: SummitEntry | null;
  /** Whole days from the latest meeting to `today`. */
  daysSinceLatest: number | null;
}

/** Summarizes the meetings registry. */
export function summarizeRegistry(data: Pick<SiteData, 'summits' | 'coverage'>, today: Date): RegistrySummary {
  const count = (predicate: (summit: SummitEntry) => boolean) => data.summits.filter(predicate).length;
  return {
    total: data.summits.length,
    inPerson: count((summit) => summit.data.host !== 'virtual'),
    // Joint ceremonies held over a video link count as video contacts.
    video: count((summit) => summit.data.kind === 'video-call' || summit.data.kind === 'other'),
    phone: count((summit) => summit.data.kind === 'phone-call'),
    latest: data.summits.at(-1) ?? null,
    daysSinceLatest: data.summits.length > 0 ? differenceInCalendarDays(today, data.summits.at(-1)!.data.end) : null,
    latestCovered: data.summits.findLast((summit) => data.coverage.has(summit.id)) ?? null,
  };
}
