/**
 * Which meeting an article is about, and which others it mentions.
 *
 * Each sentence is read for cues (organization, city, kind, month, year, weekday, tense) and
 * the meetings that fit them. The subject is the meeting the present-tense sentences point at,
 * weighted by where they stand and kept only when its date fits the article's; the mentions are
 * the other meetings sentences point at, told apart by tense ("previous", "will").
 */
import type { SummitData } from '../schema.ts';
import { addDays, differenceInCalendarDays, utcDay, weekdayOf } from '../utc-days.ts';
import { findCues, type Cues, type Lexicon } from './cues.ts';
import type { Sentence } from './sentences.ts';

/** A registry meeting, as matching needs it. */
export type Meeting = Pick<SummitData, 'kind' | 'organization' | 'city' | 'country' | 'start' | 'end'> & { id: string };

/** What the article's own dating says before matching. */
export interface DateClue {
  /** A full publication date, when the page gives one. */
  published: Date | null;
  /** A dateline's month (January = 0) and day without a year. */
  dateline: { month: number; day: number } | null;
}

/** The meeting a sentence points at, with the cues that made it. */
export interface Reference {
  sentence: Sentence;
  cues: Cues;
  /** Meetings that fit the sentence, with their score. */
  candidates: Map<Meeting, number>;
}

/** The outcome of matching. */
export interface SummitMatch {
  subject: Meeting | null;
  /** How far the subject leads the next candidate, 0 (a tie) to 1 (no rival). */
  confidence: number;
  /** The sentence that most strongly names the subject. */
  subjectReference: Reference | null;
  /** Publication date read from a dateline, with the year taken from the subject. */
  datelineDate: Date | null;
  mentions: Meeting[];
  /** Why the subject was chosen or why none was. */
  reasons: string[];
}

// Weights of each cue when it agrees with a meeting.
const weight = { organization: 3, city: 3, kind: 3, country: 1, month: 2, year: 2, aboutMeeting: 1 } as const;
const placementWeight = { title: 2, lead: 1.5, body: 1 } as const;
const recencyBonus = 2;
const minimumSubjectScore = 2;
const minimumConfidence = 0.5;
/** How far a report may come after a meeting, and a preview before it, in days. */
const reportWindow = { after: 21, before: 14 } as const;
/** How far back "previous" or ahead "upcoming" reaches when no year is named, in days. */
const tenseHorizonDays = 366;

/** Finds the meetings a sentence points at. */
export function referencedMeetings(cues: Cues, meetings: readonly Meeting[]): Map<Meeting, number> {
  const found = new Map<Meeting, number>();
  const named = new Map<Meeting, number>();
  for (const meeting of meetings) {
    const score = scoreMeeting(cues, meeting);
    if (score > 0) (hasAnchor(cues, meeting) ? named : found).set(meeting, score);
  }
  // A meeting the sentence names outranks the ones it only dates ("in February").
  if (named.size > 0) found.clear();
  for (const [meeting, score] of named) found.set(meeting, score);
  // A weekday that fits some candidates settles between them ("a video call on Wednesday").
  if (found.size > 1 && cues.weekdays.size > 0) {
    const onThatDay = [...found.keys()].filter((meeting) =>
      meetingDays(meeting).some((day) => cues.weekdays.has(weekdayOf(day))),
    );
    if (onThatDay.length > 0) for (const meeting of [...found.keys()]) if (!onThatDay.includes(meeting)) found.delete(meeting);
  }
  return found;
}

function hasAnchor(cues: Cues, meeting: Meeting): boolean {
  return (
    (meeting.organization !== null && cues.organizations.has(meeting.organization)) ||
    (meeting.city !== null && cues.cities.has(meeting.city)) ||
    cues.kinds.has(meeting.kind)
  );
}

function scoreMeeting(cues: Cues, meeting: Meeting): number {
  const organization = meeting.organization !== null && cues.organizations.has(meeting.organization);
  const city = meeting.city !== null && cues.cities.has(meeting.city);
  const kind = cues.kinds.has(meeting.kind);
  // A sentence that names another city, country, year or month is not about this meeting.
  if (meeting.city !== null && cues.cities.size > 0 && !city) return 0;
  if (cues.thirdCountries.size > 0 && (meeting.country === null || !cues.thirdCountries.has(meeting.country))) return 0;
  if (cues.years.size > 0 && !cues.years.has(meeting.start.getUTCFullYear()) && !cues.years.has(meeting.end.getUTCFullYear()))
    return 0;
  const month = cues.months.has(meeting.start.getUTCMonth()) || cues.months.has(meeting.end.getUTCMonth());
  if (cues.months.size > 0 && !month) return 0;
  const anchors = (organization ? weight.organization : 0) + (city ? weight.city : 0) + (kind ? weight.kind : 0);
  // "Their previous meeting in May": a month and a tense can stand for a meeting without a name.
  const unnamed = anchors === 0 && month && cues.aboutMeeting && (cues.background || cues.future);
  if (anchors === 0 && !unnamed) return 0;
  // "Beijing" or "the SCO" alone is a metonym, not a meeting, unless the sentence speaks of one.
  if (anchors === weight.organization + 0 && !kind && !cues.aboutMeeting && !(organization && city)) return 0;
  return (
    anchors +
    (meeting.country !== null && cues.countries.has(meeting.country) ? weight.country : 0) +
    (month ? weight.month : 0) +
    (cues.years.size > 0 ? weight.year : 0) +
    (cues.aboutMeeting ? weight.aboutMeeting : 0)
  );
}

/** Reads every sentence for the meetings it points at. */
export function findReferences(sentences: readonly Sentence[], meetings: readonly Meeting[], lexicon: Lexicon): Reference[] {
  return sentences.flatMap((sentence) => {
    const cues = findCues(sentence.text, lexicon);
    const candidates = referencedMeetings(cues, meetings);
    return candidates.size > 0 ? [{ sentence, cues, candidates }] : [];
  });
}

/** Chooses the subject and the mentions. */
export function matchSummit(references: readonly Reference[], clue: DateClue, yearsInText: ReadonlySet<number>): SummitMatch {
  const fits = dateFit(clue, yearsInText);
  const scores = new Map<Meeting, number>();
  const strongest = new Map<Meeting, { reference: Reference; score: number }>();
  for (const reference of references) {
    const { cues, sentence } = reference;
    if ((cues.background || cues.future) && !cues.recent) continue;
    const fitting = [...reference.candidates].filter(([meeting]) => fits(meeting) !== false);
    for (const [meeting, score] of fitting) {
      const share = (score * placementWeight[sentence.placement]) / fitting.length + (cues.recent ? recencyBonus : 0);
      scores.set(meeting, (scores.get(meeting) ?? 0) + share);
      if (share > (strongest.get(meeting)?.score ?? 0)) strongest.set(meeting, { reference, score: share });
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  // Confidence is the subject's lead over the runner-up: 1 when nothing else fits, 0 on a tie.
  const confidence = top ? Number((1 - (second?.[1] ?? 0) / top[1]).toFixed(2)) : 0;
  const reasons: string[] = [];
  let subject: Meeting | null = null;
  if (!top) reasons.push('no sentence names a meeting in the registry at a date that fits the article');
  else if (top[1] < minimumSubjectScore) reasons.push(`the evidence for ${top[0].id} is thin (score ${top[1].toFixed(1)})`);
  else if (confidence < minimumConfidence) reasons.push(`the text fits ${top[0].id} and ${second?.[0].id} about equally`);
  else subject = top[0];
  if (subject) reasons.push(`named in “${strongest.get(subject)!.reference.sentence.text.slice(0, 120)}”`);
  const fit = subject ? fits(subject) : false;
  const datelineDate = fit instanceof Date ? fit : null;
  const articleDate = clue.published ?? datelineDate ?? subject?.end ?? null;
  return {
    subject,
    confidence: subject ? confidence : 0,
    subjectReference: subject ? strongest.get(subject)!.reference : null,
    datelineDate,
    mentions: findMentions(references, subject, articleDate),
    reasons,
  };
}

/**
 * Whether a meeting's date fits the article's: true or false, or for a dateline without a
 * year, the full date it would give (the dateline's day in the meeting's year).
 */
function dateFit(clue: DateClue, yearsInText: ReadonlySet<number>): (meeting: Meeting) => boolean | Date {
  const near = (meeting: Meeting, day: Date) =>
    differenceInCalendarDays(day, meeting.end) <= reportWindow.after &&
    differenceInCalendarDays(meeting.start, day) <= reportWindow.before;
  if (clue.published) return (meeting) => near(meeting, clue.published!);
  if (clue.dateline) {
    const { month, day } = clue.dateline;
    return (meeting) => {
      const year = meeting.start.getUTCFullYear();
      const options = [year - 1, year, year + 1].map((y) => utcDay(y, month, day));
      return options.find((option) => near(meeting, option)) ?? false;
    };
  }
  if (yearsInText.size === 0) return () => true;
  // An undated article is written around the latest year it names.
  const latest = Math.max(...yearsInText);
  return (meeting) => Math.abs(meeting.start.getUTCFullYear() - latest) <= 1;
}

/** The other meetings the article refers to, each sentence's reference settled by its tense. */
function findMentions(references: readonly Reference[], subject: Meeting | null, articleDate: Date | null): Meeting[] {
  const mentions = new Set<Meeting>();
  for (const { cues, candidates } of references) {
    let options = [...candidates.keys()];
    const past = cues.background && !cues.future;
    const ahead = cues.future && !cues.background;
    if (articleDate && past) options = options.filter((m) => m.start <= articleDate && withinHorizon(m, articleDate, cues));
    if (articleDate && ahead) options = options.filter((m) => m.end >= articleDate && withinHorizon(m, articleDate, cues));
    let pick: Meeting | undefined;
    if (subject && options.includes(subject) && !past && !ahead) pick = subject;
    else if (options.length === 1) pick = options[0];
    else if (articleDate && past) pick = latest(options.filter((m) => m !== subject));
    else if (articleDate && ahead) pick = earliest(options.filter((m) => m !== subject));
    if (pick && pick !== subject) mentions.add(pick);
  }
  return earliestFirst([...mentions]);
}

function earliestFirst(meetings: Meeting[]): Meeting[] {
  return meetings.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function earliest(meetings: Meeting[]): Meeting | undefined {
  return earliestFirst(meetings)[0];
}

function latest(meetings: Meeting[]): Meeting | undefined {
  return earliestFirst(meetings).at(-1);
}

/** "The previous meeting in May" without a year means within the past year; with one, any distance. */
function withinHorizon(meeting: Meeting, articleDate: Date, cues: Cues): boolean {
  return cues.years.size > 0 || Math.abs(differenceInCalendarDays(meeting.start, articleDate)) <= tenseHorizonDays;
}

/** Every day of a meeting. */
function meetingDays(meeting: Meeting): Date[] {
  const days: Date[] = [];
  for (let day = meeting.start; day <= meeting.end; day = addDays(day, 1)) days.push(day);
  return days;
}
