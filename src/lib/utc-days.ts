/**
 * Calendar-day arithmetic on dates stored as UTC midnights, whatever the machine's timezone.
 * Every date-fns call on content dates goes through these so a build in Tokyo and one in
 * California agree on the day.
 */
import { utc as inUtc } from '@date-fns/utc';
// Each function from its own module: the package's index loads all 250 of them (0.9 s, 340 MB).
import { addDays as addDaysIn } from 'date-fns/addDays';
import { getDay } from 'date-fns/getDay';
import { nextDay as nextDayIn } from 'date-fns/nextDay';
import { previousDay as previousDayIn } from 'date-fns/previousDay';
import { setDay } from 'date-fns/setDay';
import type { Day } from 'date-fns';

// UTCDate reads a Date's UTC fields directly, far cheaper than a timezone lookup per call.
const utc = { in: inUtc };

/** The date `amount` days after `date`. */
export function addDays(date: Date, amount: number): Date {
  return new Date(addDaysIn(date, amount, utc).getTime());
}

const dayLength = 86_400_000;

/** Whole calendar days from `earlier` to `later`, in UTC. */
export function differenceInCalendarDays(later: Date, earlier: Date): number {
  // UTC has no daylight saving: a calendar day is always this long, and counting whole days of the
  // epoch gives what date-fns would, at a hundredth of its cost (a fifth of ingest's time went there).
  return Math.floor(later.getTime() / dayLength) - Math.floor(earlier.getTime() / dayLength);
}

/** Day of the week, Sunday = 0. */
export function weekdayOf(date: Date): number {
  return getDay(date, utc);
}

/** The first `weekday` strictly after `date`. */
export function nextWeekday(date: Date, weekday: number): Date {
  return new Date(nextDayIn(date, weekday as Day, utc).getTime());
}

/** The last `weekday` strictly before `date`. */
export function previousWeekday(date: Date, weekday: number): Date {
  return new Date(previousDayIn(date, weekday as Day, utc).getTime());
}

/** The `weekday` of the week, Monday to Sunday, that `date` falls in. */
export function weekdayOfSameWeek(date: Date, weekday: number): Date {
  return new Date(setDay(date, weekday, { ...utc, weekStartsOn: 1 }).getTime());
}

/** A day from year, month (January = 0) and day of month, at UTC midnight. */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

/** A content day as written in frontmatter and evidence: `2024-07-04`. */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
