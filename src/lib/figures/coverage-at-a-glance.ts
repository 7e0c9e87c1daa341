/**
 * A meeting's coverage at a glance: a bar split by who stands behind each outlet, a note when
 * only one side's state media covered it, and each article placed by days before or after it.
 */
import { coverageGroups, daysFromMeeting, type CoverageGroupId } from '../site/coverage-groups.ts';

/** One group's share of the bar, in units of a bar 100 wide. */
export interface BarSegment {
  id: CoverageGroupId;
  label: string;
  count: number;
  x: number;
  width: number;
}

/** The bar's segments, in the groups' order, empty groups left out. */
export function coverageBar(counts: ReadonlyMap<CoverageGroupId, number>): BarSegment[] {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  let x = 0;
  return coverageGroups.flatMap(({ id, label }) => {
    const count = counts.get(id) ?? 0;
    if (count === 0) return [];
    const width = (count / total) * 100;
    const segment = { id, label, count, x: round(x), width: round(width) };
    x += width;
    return [segment];
  });
}

/** "Only Russian state media…": the side whose state media alone covered a meeting, or null. */
export function oneSideOnly(counts: ReadonlyMap<CoverageGroupId, number>): 'Russian' | 'Chinese' | null {
  const russian = (counts.get('russian-state') ?? 0) > 0;
  const chinese = (counts.get('chinese-state') ?? 0) > 0;
  if (russian === chinese) return null;
  return russian ? 'Russian' : 'Chinese';
}

/** One article on the days axis. */
export interface DayPoint {
  group: CoverageGroupId;
  title: string;
  /** Days from the meeting: negative before its first day, positive after its last, 0 during. */
  days: number;
  /** Where the dot is drawn: `days` held within the axis's reach. */
  shownAt: number;
  /** Beyond the axis's reach, drawn at its end. */
  clamped: boolean;
}

/** How far the axis reaches either way, in days. */
export const dayReach = 30;

/** The dated articles placed in days from the meeting. */
export function coverageDays(
  articles: readonly { group: CoverageGroupId; title: string; published: Date | null }[],
  meeting: { start: Date; end: Date },
): DayPoint[] {
  return articles.flatMap(({ group, title, published }) => {
    if (!published) return [];
    const days = daysFromMeeting(published, meeting);
    return [{ group, title, days, shownAt: Math.max(-dayReach, Math.min(dayReach, days)), clamped: Math.abs(days) > dayReach }];
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
