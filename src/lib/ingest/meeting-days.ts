/** The days of a registry meeting, which a weekday or a date in the text may name. */
import { addDays, weekdayOf } from '../utc-days.ts';
import type { Meeting } from './match-summit.ts';

/** Every day of a meeting, first to last. */
export function meetingDays(meeting: Pick<Meeting, 'start' | 'end'>): Date[] {
  const days: Date[] = [];
  for (let day = meeting.start; day <= meeting.end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The day of the meeting that falls on `weekday` (Sunday = 0), if any. */
export function meetingDayOn(meeting: Pick<Meeting, 'start' | 'end'>, weekday: number): Date | null {
  return meetingDays(meeting).find((day) => weekdayOf(day) === weekday) ?? null;
}

/**
 * Whether a meeting has a day on one of `weekdays`; with `eve`, the day before it began counts
 * too, as the day a leader arrives for a visit.
 */
export function fallsOnWeekday(meeting: Pick<Meeting, 'start' | 'end'>, weekdays: ReadonlySet<number>, eve = false): boolean {
  const days = eve ? [addDays(meeting.start, -1), ...meetingDays(meeting)] : meetingDays(meeting);
  return days.some((day) => weekdays.has(weekdayOf(day)));
}
