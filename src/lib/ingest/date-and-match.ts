/**
 * Dating and meeting-matching settle each other: a date narrows the meetings an article can be
 * about, a meeting gives a dateline its year or an undated report its day, and a date on the day
 * the leaders met speaks for that meeting. A page stamp the page labels as its publication is
 * kept whatever it fits; every other reading of the date (a bare stamp, a dateline in each
 * meeting's year, the address) is scored together with the meeting it would make the subject,
 * and the most consistent pair wins. A close second is named for the editor.
 */
import type { DatingMethod } from '../schema.ts';
import { differenceInCalendarDays, isoDayOf, utcDay } from '../utc-days.ts';
import type { EraClues } from './era-clues.ts';
import type { DateCandidate, DateClues } from './find-date-stamp.ts';
import { dateRank, pairScoring } from './inference-weights.ts';
import { asSubject, matchSummit, type DateClue, type Meeting, type Reference, type SummitMatch } from './match-summit.ts';
import { resolveRelativeDate } from './resolve-relative-date.ts';
import type { Sentence } from './sentences.ts';

/** The chosen publication date and how it was known. */
export interface Dating {
  date: Date;
  method: DatingMethod;
  evidence: string;
  estimated: boolean;
}

/** One date and meeting pair that was weighed, for `--explain`. */
export interface WeighedPair {
  dating: Dating;
  subject: string | null;
  /** What the text says for the meeting plus what the date's kind of evidence is worth. */
  score: number;
}

/** The outcome: the date, the meeting, the pairs weighed and a note when the runner-up came close. */
export interface DateAndMeeting {
  dating: Dating | null;
  match: SummitMatch;
  weighed: WeighedPair[];
  /** Set when another pair scored nearly as well. */
  closeSecond: string | null;
}

/** Chooses the publication date and the meeting together. */
export function dateAndMatch(
  references: readonly Reference[],
  sentences: readonly Sentence[],
  clues: DateClues,
  era: EraClues,
  editorDate: Date | null,
  contactMeetings: readonly Meeting[] = [],
): DateAndMeeting {
  const undated: DateClue = { published: null, dateline: null, month: null, notBefore: era.notBefore, contactMeetings };
  const matchOn = (clue: Partial<DateClue>) => matchSummit(references, { ...undated, ...clue }, era.years);
  const settled = (dating: Dating | null, match: SummitMatch): DateAndMeeting => ({
    dating,
    match: asSubject(match),
    weighed: [],
    closeSecond: null,
  });

  if (editorDate)
    return settled(
      { date: editorDate, method: 'editor', evidence: 'the sidecar', estimated: false },
      matchOn({ published: editorDate }),
    );

  const [strongest] = clues.candidates;
  if (strongest?.trusted) return settled(fromCandidate(strongest), matchOn({ published: strongest.date }));

  const weighed = weighPairs(clues, references, matchOn);
  const fitting = weighed.filter((pair) => pair.match.subject);
  // Between readings that score the same, the later: more of what is written about the two is recent.
  const [best, ...rest] = fitting.sort((a, b) => b.score - a.score || b.dating.date.getTime() - a.dating.date.getTime());
  const explained = weighed.map(({ dating, match, score }) => ({ dating, subject: match.subject?.id ?? null, score }));
  if (best) {
    const rival = rest.find((pair) => pair.match.subject !== best.match.subject);
    const closeSecond =
      rival && rival.score >= best.score * pairScoring.closeShare
        ? `${rival.match.subject!.id} dated ${isoDayOf(rival.dating.date)} (${rival.dating.method}) came close to ${best.match.subject!.id} dated ${isoDayOf(best.dating.date)}`
        : null;
    return { dating: best.dating, match: asSubject(best.match), weighed: explained, closeSecond };
  }

  // A dateline no meeting fits still says when the article was written: it is about none.
  const match = clues.dateline ? matchOn({ dateline: clues.dateline }) : matchOn({ month: clues.month });
  if (match.subject) {
    const relative = resolveRelativeDate(
      match.subject,
      match.subjectReferences.map((reference) => reference.sentence),
      sentences,
    );
    if (relative) {
      const evidence = clues.month ? `${relative.evidence}, in the month of “${clues.month.evidence}”` : relative.evidence;
      return { ...settled({ ...relative, evidence, method: 'relative', estimated: true }, match), weighed: explained };
    }
  }
  // No meeting fits any date: the strongest stamp stands for an article about none.
  if (strongest) return { ...settled(fromCandidate(strongest), matchOn({ published: strongest.date })), weighed: explained };
  return { ...settled(reportedMeetingDay(match), match), weighed: explained };
}

/** Every reading of the date with the meeting it would make the subject, and the pair's score. */
function weighPairs(clues: DateClues, references: readonly Reference[], matchOn: (clue: Partial<DateClue>) => SummitMatch) {
  // A day that two kinds of evidence give (the address and a printed stamp) is surer than either.
  const methodsOf = new Map<number, Set<string>>();
  for (const candidate of clues.candidates)
    methodsOf.set(candidate.date.getTime(), (methodsOf.get(candidate.date.getTime()) ?? new Set()).add(candidate.method));
  const pairs = clues.candidates.map((candidate) => {
    const match = matchOn({ published: candidate.date });
    const corroborated = methodsOf.get(candidate.date.getTime())!.size > 1 ? pairScoring.corroborated : 0;
    return {
      dating: fromCandidate(candidate),
      match,
      score: match.score + candidate.rank * pairScoring.perRankPoint + corroborated,
    };
  });
  if (clues.dateline) {
    // The dateline's day in the year of each meeting it could be about, each scored as a full date.
    for (const date of datelineReadings(clues.dateline, clues.candidates, references)) {
      const match = { ...matchOn({ published: date }), datelineDate: date };
      const dating: Dating = { date, method: 'dateline', evidence: clues.dateline.evidence, estimated: false };
      pairs.push({ dating, match, score: match.score + dateRank.dateline * pairScoring.perRankPoint });
    }
  }
  return pairs;
}

/**
 * A dateline's month and day in the year a full date on the page gives it, or else in the year
 * nearest each meeting the text names.
 */
function datelineReadings(
  dateline: { month: number; day: number },
  candidates: readonly DateCandidate[],
  references: readonly Reference[],
): Date[] {
  const printed = candidates.filter(({ date }) => date.getUTCMonth() === dateline.month && date.getUTCDate() === dateline.day);
  if (printed.length > 0) return [...new Map(printed.map(({ date }) => [date.getTime(), date])).values()];
  const readings = new Map<number, Date>();
  for (const meeting of new Set(references.flatMap((reference) => [...reference.candidates.keys()]))) {
    const year = meeting.start.getUTCFullYear();
    const [nearest] = [year - 1, year, year + 1]
      .map((option) => utcDay(option, dateline.month, dateline.day))
      .sort(
        (a, b) => Math.abs(differenceInCalendarDays(a, meeting.start)) - Math.abs(differenceInCalendarDays(b, meeting.start)),
      );
    readings.set(nearest!.getTime(), nearest!);
  }
  return [...readings.values()].sort((a, b) => a.getTime() - b.getTime());
}

/** A headline's way of saying what is still to come: "Xi to meet Putin in Samarkand". */
const headlineAhead = /\bto (?:meet|visit|hold|travel|attend|host)\b/i;

/**
 * An undated report with no phrase to place it is dated, as an editor's estimate, on the day
 * the meeting began: a report is written on the day or soon after, and the editor checks the
 * day. A preview gets no date: it may come days or weeks ahead.
 */
function reportedMeetingDay(match: SummitMatch): Dating | null {
  const { subject, subjectReferences } = match;
  // Reports say what comes next too ("Putin arrives to attend"): the sentences that name the meeting
  // most strongly, and the headline, tell a preview.
  const [strongest] = subjectReferences;
  const ahead =
    (strongest !== undefined && (strongest.news?.cues ?? strongest.cues).future) ||
    subjectReferences.some(({ sentence }) => sentence.placement === 'title' && headlineAhead.test(sentence.text));
  if (!subject || subjectReferences.length === 0 || ahead) return null;
  return {
    date: subject.start,
    method: 'inferred',
    evidence: `the first day of the meeting it reports (${subject.id})`,
    estimated: true,
  };
}

function fromCandidate(candidate: DateCandidate): Dating {
  return { date: candidate.date, method: candidate.method, evidence: candidate.evidence, estimated: candidate.estimated };
}
