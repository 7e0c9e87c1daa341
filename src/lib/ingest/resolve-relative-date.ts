/**
 * Dating an article that prints no date, from relative phrases anchored on the meeting it
 * reports: "a video conference on Wednesday" is the meeting's day; "the summit last week …
 * said on Sunday" is the Sunday after it. Never anchored on the machine's clock.
 */
import { addDays, nextWeekday, weekdayOf } from '../utc-days.ts';
import type { Meeting } from './match-summit.ts';
import type { Sentence } from './sentences.ts';
import { weekdayNames } from './vocabulary.ts';

/** An estimated publication date and the words it rests on. */
export interface RelativeDate {
  date: Date;
  evidence: string;
}

const weekdayPhrase = new RegExp(`\\bon (${Object.keys(weekdayNames).join('|')})\\b`, 'i');
const dayAnchors: readonly { pattern: RegExp; offset: number }[] = [
  { pattern: /\b(?:today|this morning|tonight|earlier today)\b/i, offset: 0 },
  { pattern: /\byesterday\b/i, offset: 1 },
];
const lastWeek = /\blast week\b/i;
const thisWeek = /\bthis week\b/i;

/** Resolves the publication date against the subject meeting, or null when the text gives no phrase to go on. */
export function resolveRelativeDate(
  meeting: Meeting,
  subjectSentence: Sentence,
  sentences: readonly Sentence[],
): RelativeDate | null {
  const text = subjectSentence.text;
  const iso = meeting.end.toISOString().slice(0, 10);
  const onWeekday = weekdayPhrase.exec(text);
  if (onWeekday && weekdayOf(meeting.end) === weekdayNames[onWeekday[1]!.toLowerCase()]) {
    return { date: meeting.end, evidence: `“${onWeekday[0]}”, the day of the meeting (${iso})` };
  }
  for (const anchor of dayAnchors) {
    const match = anchor.pattern.exec(text);
    if (match) return { date: addDays(meeting.end, anchor.offset), evidence: `“${match[0]}” of the meeting (${iso})` };
  }
  const week = lastWeek.exec(text) ?? thisWeek.exec(text);
  if (!week) return null;
  // Elsewhere the article may say on which day it speaks: "said on Sunday".
  const laterDay = sentences.map((sentence) => weekdayPhrase.exec(sentence.text)).find((match) => match !== null);
  if (laterDay) {
    const date = nextWeekday(meeting.end, weekdayNames[laterDay[1]!.toLowerCase()]!);
    return { date, evidence: `“${laterDay[0]}” after the meeting of ${iso} “${week[0]}”` };
  }
  const offset = lastWeek.test(week[0]) ? 7 : 0;
  return { date: addDays(meeting.end, offset), evidence: `the meeting of ${iso} was “${week[0]}”` };
}
