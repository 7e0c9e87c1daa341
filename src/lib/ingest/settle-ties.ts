/**
 * Settling between the meetings an article could be about when the text alone leaves them close:
 * how far the leader leads, on all the evidence and on the evidence the two do not share, and
 * the clues that break a tie (a weekday said of the meeting, the news it came days after).
 */
import { differenceInCalendarDays } from '../utc-days.ts';
import { subjectScoring, windowDays } from './inference-weights.ts';
import type { Meeting, Reference } from './match-summit.ts';
import { fallsOnWeekday } from './meeting-days.ts';

/** Confidence is the leader's lead over the runner-up: 1 when nothing else fits, 0 on a tie. */
export function leadOf(ranked: readonly [Meeting, number][]): number {
  const [top, second] = ranked;
  return top ? Number((1 - (second?.[1] ?? 0) / top[1]).toFixed(2)) : 0;
}

/**
 * The leader's lead on the evidence the two do not share: sentences that fit both (a city they
 * share, "the SCO summit in Astana" in 2017 and 2024) say nothing about which, so only what
 * names one alone ("on July 4", the date) decides. Zero when that evidence is too thin to decide on.
 */
export function distinctLead(
  top: [Meeting, number],
  second: [Meeting, number],
  votes: Map<Meeting, Map<Reference, number>>,
): number {
  const apart = ([meeting, score]: [Meeting, number], [rival]: [Meeting, number]) => {
    const rivalVotes = votes.get(rival) ?? new Map<Reference, number>();
    let shared = 0;
    for (const [reference, share] of votes.get(meeting) ?? []) if (rivalVotes.has(reference)) shared += share;
    return score - shared;
  };
  const topAlone = apart(top, second);
  if (topAlone < subjectScoring.minimumScore) return 0;
  return Number(Math.max(0, 1 - apart(second, top) / topAlone).toFixed(2));
}

/** "They will meet on Monday": between tied meetings, a weekday said of a meeting settles which. */
export function keepMeetingsOnNamedWeekdays(ranked: [Meeting, number][], references: readonly Reference[]): [Meeting, number][] {
  const weekdays = new Set(references.flatMap((reference) => (reference.cues.aboutMeeting ? [...reference.cues.weekdays] : [])));
  const onThoseDays = ranked.filter(([meeting]) => fallsOnWeekday(meeting, weekdays));
  return onThoseDays.length > 0 ? onThoseDays : ranked;
}

/** "The summit came days after the ICC's warrant": between tied meetings, the one weeks after that news. */
export function keepMeetingsShortlyAfterNews(ranked: [Meeting, number][], references: readonly Reference[]): [Meeting, number][] {
  const news = references.flatMap(({ cues }) => (cues.aboutMeeting && cues.shortlyAfter ? [cues.shortlyAfter] : []));
  const weeksAfter = ranked.filter(([meeting]) => news.some((day) => isShortlyAfter(meeting, day)));
  return weeksAfter.length > 0 ? weeksAfter : ranked;
}

/** Whether a meeting began within weeks after a day some news broke. */
export function isShortlyAfter(meeting: Meeting, news: Date): boolean {
  const days = differenceInCalendarDays(meeting.start, news);
  return days >= 0 && days <= windowDays.shortlyAfter;
}
