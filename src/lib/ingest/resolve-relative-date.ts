/**
 * Dating an article that prints no date, from the meeting it reports: "On June 25, 2016, Xi held
 * talks" and "a video conference on Wednesday" are the meeting's day; "the summit last week …
 * said on Sunday" is the Sunday after it; "will arrive tomorrow" is the day before it.
 * Never anchored on the machine's clock.
 */
import {
  addDays,
  differenceInCalendarDays,
  isoDayOf,
  nextWeekday,
  previousWeekday,
  utcDay,
  weekdayOfSameWeek,
} from '../utc-days.ts';
import { windowDays } from './inference-weights.ts';
import { meetingDayOn, meetingDays } from './meeting-days.ts';
import type { Meeting } from './match-summit.ts';
import type { Sentence } from './sentences.ts';
import { monthDaysIn, weekdayAlternatives, weekdayNumber } from './vocabulary.ts';

/** An estimated publication date and the words it rests on. */
export interface RelativeDate {
  date: Date;
  evidence: string;
}

const weekdayPhrase = new RegExp(`\\b(?:on|from) (${weekdayAlternatives})\\b`, 'i');
/** Phrases that place the writing a fixed number of days from the meeting's last (or first) day. */
const dayAnchors: readonly { pattern: RegExp; from: 'start' | 'end'; offset: number }[] = [
  { pattern: /\b(?:today|this morning|tonight|earlier today)\b/i, from: 'end', offset: 0 },
  { pattern: /\byesterday\b/i, from: 'end', offset: 1 },
  { pattern: /\btomorrow\b/i, from: 'start', offset: -1 },
];
const travelWords =
  /\b(?:arriv\w*|land(?:s|ed)?|leav(?:es|ing)|left|depart\w*|begin\w*|began|set to|will|to attend|fl(?:ew|y|ies))\b/i;
const lastWeek = /\blast week\b/i;
const thisWeek = /\bthis week\b/i;

/**
 * Resolves the publication date against the subject meeting from the sentences that name it
 * (strongest first), or null when they give no phrase to go on.
 */
export function resolveRelativeDate(
  meeting: Meeting,
  subjectSentences: readonly Sentence[],
  sentences: readonly Sentence[],
): RelativeDate | null {
  for (const { text } of subjectSentences) {
    const named = namedMeetingDay(meeting, text);
    if (named) return named;
    const onWeekday = weekdayPhrase.exec(text);
    const day = onWeekday ? meetingDayOn(meeting, weekdayNumber(onWeekday[1]!)) : null;
    if (onWeekday && day) return { date: day, evidence: `“${onWeekday[0]}”, a day of the meeting (${isoDayOf(day)})` };
    for (const anchor of dayAnchors) {
      const match = anchor.pattern.exec(text);
      if (match)
        return {
          date: addDays(meeting[anchor.from], anchor.offset),
          evidence: `“${match[0]}” of the meeting (${isoDayOf(meeting[anchor.from])})`,
        };
    }
  }
  for (const { text } of subjectSentences) {
    const printed = printedWeekdayDay(meeting, text);
    if (printed) return printed;
  }
  for (const { text } of subjectSentences) {
    const week = lastWeek.exec(text) ?? thisWeek.exec(text);
    if (!week) continue;
    // Elsewhere the article may say on which day it speaks: "said on Sunday".
    const laterDay = sentences.map((sentence) => weekdayPhrase.exec(sentence.text)).find((match) => match !== null);
    if (laterDay) {
      const weekday = weekdayNumber(laterDay[1]!);
      // "This week … on Tuesday" is that week's Tuesday; "last week … said on Sunday" the Sunday after it.
      const date = thisWeek.test(week[0]) ? weekdayOfSameWeek(meeting.end, weekday) : nextWeekday(meeting.end, weekday);
      return { date, evidence: `“${laterDay[0]}” after the meeting of ${isoDayOf(meeting.end)} “${week[0]}”` };
    }
    const offset = lastWeek.test(week[0]) ? 7 : 0;
    return { date: addDays(meeting.end, offset), evidence: `the meeting of ${isoDayOf(meeting.end)} was “${week[0]}”` };
  }
  // The headline or lead may give the day without naming the meeting again ("on Tuesday took a break…").
  for (const { text, placement } of sentences) {
    const onWeekday = placement === 'body' ? null : weekdayPhrase.exec(text);
    const day = onWeekday ? meetingDayOn(meeting, weekdayNumber(onWeekday[1]!)) : null;
    if (onWeekday && day) return { date: day, evidence: `“${onWeekday[0]}”, a day of the meeting (${isoDayOf(day)})` };
  }
  // A trip's arrival or start on a weekday none of the meeting's days falls on is its eve or
  // morrow ("landed in Beijing on Tuesday"); a meeting said to be on such a day is a contradiction.
  for (const { text } of subjectSentences) {
    const onWeekday = travelWords.test(text) ? weekdayPhrase.exec(text) : null;
    if (!onWeekday) continue;
    const date = nearestWeekday(meeting, weekdayNumber(onWeekday[1]!));
    return { date, evidence: `“${onWeekday[0]}”, the nearest such day to the meeting (${isoDayOf(date)})` };
  }
  return null;
}

/**
 * "Lavrov said on Monday (May 20) that the two will meet in July": a day printed with its weekday
 * falls on that weekday in few years; the one in the weeks around the meeting is when it was written.
 */
function printedWeekdayDay(meeting: Meeting, text: string): RelativeDate | null {
  for (const { month, day, weekday, words } of monthDaysIn(text)) {
    if (weekday === null) continue;
    const year = meeting.start.getUTCFullYear();
    const date = [year - 1, year, year + 1]
      .map((option) => utcDay(option, month, day))
      .find((option) => {
        const ahead = differenceInCalendarDays(meeting.start, option);
        return option.getUTCDay() === weekday && ahead <= windowDays.announcedBefore && -ahead <= windowDays.reportAfter;
      });
    if (date) return { date, evidence: `“${words}” with its weekday, near the meeting (${isoDayOf(date)})` };
  }
  return null;
}

/** The `weekday` closest before or after a meeting; before it on a tie. */
function nearestWeekday(meeting: Meeting, weekday: number): Date {
  const before = previousWeekday(meeting.start, weekday);
  const after = nextWeekday(meeting.end, weekday);
  return differenceInCalendarDays(meeting.start, before) <= differenceInCalendarDays(after, meeting.end) ? before : after;
}

/** "On June 25, 2016, President Xi held talks…": a report dated by the meeting day it names. */
function namedMeetingDay(meeting: Meeting, text: string): RelativeDate | null {
  for (const { month, day, weekday, words } of monthDaysIn(text)) {
    const date = meetingDays(meeting).find(
      (candidate) =>
        candidate.getUTCMonth() === month &&
        candidate.getUTCDate() === day &&
        (weekday === null || candidate.getUTCDay() === weekday),
    );
    if (date) return { date, evidence: `“${words}”, a day of the meeting (${isoDayOf(date)})` };
  }
  return null;
}
