/**
 * Which meeting an article is about, and which others it mentions.
 *
 * Each sentence is read for cues (organization, city, kind, month, year, weekday, tense) and
 * the meetings that fit them. The subject is the meeting the present-tense sentences point at,
 * weighted by where they stand and kept only when its date fits the article's; the mentions are
 * the other meetings sentences point at, told apart by tense ("previous", "will").
 */
import type { SummitData } from '../schema.ts';
import { addDays, differenceInCalendarDays, utcDay } from '../utc-days.ts';
import { beforeLookingBack, findCues, metonymCities, monthDayKey, type Cues, type Lexicon } from './cues.ts';
import { cueWeight, dateProximity, placementWeight, subjectScoring, windowDays } from './inference-weights.ts';
import { fallsOnWeekday, meetingDays } from './meeting-days.ts';
import {
  distinctLead,
  isShortlyAfter,
  keepMeetingsOnNamedWeekdays,
  keepMeetingsShortlyAfterNews,
  leadOf,
} from './settle-ties.ts';
import type { Sentence } from './sentences.ts';

/** A registry meeting, as matching needs it. */
export type Meeting = Pick<SummitData, 'kind' | 'organization' | 'city' | 'country' | 'start' | 'end' | 'host'> & {
  id: string;
  /** Phrases that single the meeting out (content/registry/known-for.tsv). */
  knownFor?: readonly string[];
};

/** What the article's own dating says before matching. */
export interface DateClue {
  /** A full publication date, when the page gives one. */
  published: Date | null;
  /** A dateline's month (January = 0) and day without a year. */
  dateline: { month: number; day: number } | null;
  /** A date field that gives only the year and month (January = 0). */
  month: { year: number; month: number } | null;
  /** The text speaks of something that began on this day ("the war in Ukraine"), so it was written after. */
  notBefore: Date | null;
  /**
   * The registry's meetings, when the article's headline or lead has the two leaders meeting or
   * talking: then a publication date on or just after one of them is evidence for it. Empty otherwise.
   */
  contactMeetings?: readonly Meeting[];
}

/** The meeting a sentence points at, with the cues that made it. */
export interface Reference {
  sentence: Sentence;
  cues: Cues;
  /** Meetings that fit the sentence, with their score. */
  candidates: Map<Meeting, number>;
  /** For a sentence that reports news and then looks back, what its news part alone says: that part votes for the subject. */
  news?: { cues: Cues; candidates: Map<Meeting, number> };
}

/** The outcome of matching. */
export interface SummitMatch {
  subject: Meeting | null;
  /** How far the subject leads the next candidate, 0 (a tie) to 1 (no rival). */
  confidence: number;
  /** The subject's score: what the text (and the date, when it is evidence) says for it. */
  score: number;
  /** The sentences that name the subject, strongest first. */
  subjectReferences: Reference[];
  /** Publication date read from a dateline, with the year taken from the subject. */
  datelineDate: Date | null;
  mentions: Meeting[];
  /** Sentences that report a meeting no registry entry fits, when no subject was found. */
  outsideRegistry: Sentence[];
  /** Why the subject was chosen or why none was. */
  reasons: string[];
  /**
   * The subject is a meeting weeks before the article that only its body names ("In May, Xi and
   * Putin met in Beijing" in a July story on naval drills): it dates the article, but is a
   * mention, not what the article is about. See `asSubject`.
   */
  onlyLookedBackTo: boolean;
}

/** Finds the meetings a sentence points at. */
export function referencedMeetings(cues: Cues, meetings: readonly Meeting[]): Map<Meeting, number> {
  const found = new Map<Meeting, number>();
  const named = new Map<Meeting, number>();
  if (cues.firstMeetingSince) {
    const since = cues.firstMeetingSince;
    const [first] = meetings.filter((meeting) => meeting.host !== 'virtual' && meeting.start >= since).sort(byStart);
    if (first) return found.set(first, cueWeight.firstMeetingSince);
  }
  // Most sentences name no organization, place, kind or month: nothing to score.
  const pointers = [
    cues.organizations,
    cues.cities,
    cues.kinds,
    cues.months,
    cues.thirdCountries,
    cues.hostCountries,
    cues.knownFor,
  ];
  if (pointers.every((set) => set.size === 0)) return found;
  for (const meeting of meetings) {
    const score = scoreMeeting(cues, meeting);
    if (score > 0) (hasAnchor(cues, meeting) ? named : found).set(meeting, score);
  }
  // A meeting the sentence names outranks the ones it only dates ("in February"), and one it
  // names by its organization outranks one it only places ("BEIJING (AP) — … a military parade").
  if (named.size > 0) found.clear();
  const byOrganization = [...named.keys()].filter(
    (meeting) => meeting.organization !== null && cues.organizations.has(meeting.organization),
  );
  for (const [meeting, score] of named)
    if (byOrganization.length === 0 || byOrganization.includes(meeting)) found.set(meeting, score);
  // A launch by video link is one of the joint ceremonies, not a call.
  if (cues.ceremony) keepOnly(found, (meeting) => meeting.kind === 'other');
  // A weekday that fits some candidates settles between them ("a video call on Wednesday").
  if (found.size > 1 && cues.weekdays.size > 0) {
    // A leader arrives for a visit on its first day or the evening before ("arrived in China on Tuesday",
    // "was welcomed in Beijing on Tuesday").
    const arrival = cues.hostCountries.size > 0 || cues.arrival;
    keepOnly(found, (meeting) => fallsOnWeekday(meeting, cues.weekdays, arrival));
  }
  // "Days after the ICC charged the Russian president": of the meetings it could mean, the one weeks after that day.
  const after = cues.shortlyAfter;
  if (found.size > 1 && after) keepOnly(found, (meeting) => isShortlyAfter(meeting, after));
  // So does a day of the month ("in Astana on July 3"), the more so the more of a range it fills.
  if (found.size > 1 && cues.monthDays.size > 0) {
    const best = Math.max(...[...found.keys()].map((meeting) => shareOfNamedDays(cues, meeting)));
    if (best > 0) keepOnly(found, (meeting) => shareOfNamedDays(cues, meeting) >= best);
  }
  return found;
}

/** Narrows the candidates to those a cue fits, when any does: a cue no candidate fits says nothing. */
function keepOnly(found: Map<Meeting, number>, fits: (meeting: Meeting) => boolean): void {
  const kept = [...found.keys()].filter(fits);
  if (kept.length > 0) for (const meeting of [...found.keys()]) if (!kept.includes(meeting)) found.delete(meeting);
}

function hasAnchor(cues: Cues, meeting: Meeting): boolean {
  return (
    isKnownFor(cues, meeting) ||
    (meeting.organization !== null && cues.organizations.has(meeting.organization)) ||
    (meeting.city !== null && cues.cities.has(meeting.city)) ||
    namesKind(cues, meeting) ||
    shareOfNamedDays(cues, meeting) > 0
  );
}

/**
 * How much of the days a sentence about the leaders or a meeting names (month and day, "will
 * spend three days in Russia, from March 20 to 22") are the meeting's, 0 to 1: few meetings
 * share a day, even across years, and a range names a visit better the more of it they fill.
 */
function shareOfNamedDays(cues: Cues, meeting: Meeting): number {
  if (cues.monthDays.size === 0 || !(cues.leaders || cues.aboutMeeting)) return 0;
  const itsDays = meetingDays(meeting).filter((day) => {
    const weekday = cues.monthDays.get(monthDayKey(day.getUTCMonth(), day.getUTCDate()));
    return weekday === null || weekday === day.getUTCDay();
  });
  return itsDays.length / cues.monthDays.size;
}

/**
 * Whether the sentence names the meeting's kind. A call or video link counts only when the
 * sentence speaks of the leaders ("Lavrov's telephone conversation with Wang Yi" is not theirs),
 * and the registry's video-link ceremonies (kind `other`) by a video link and a launch or ceremony.
 */
function namesKind(cues: Cues, meeting: Meeting): boolean {
  const ceremony = meeting.kind === 'other' && meeting.host === 'virtual';
  if (!cues.kinds.has(ceremony ? 'video-call' : meeting.kind) || (ceremony && !cues.ceremony)) return false;
  return meeting.host !== 'virtual' || cues.leaders;
}

/**
 * Whether the sentence speaks of the leaders or their meeting in a phrase that singles this meeting
 * out: pandas alone are news from a zoo, and Kim Jong Un meeting "him" may be another leader's story.
 */
function isKnownFor(cues: Cues, meeting: Meeting): boolean {
  return cues.knownFor.has(meeting.id) && (cues.leaders || cues.aboutMeeting);
}

function scoreMeeting(cues: Cues, meeting: Meeting): number {
  const organization = meeting.organization !== null && cues.organizations.has(meeting.organization);
  const city = meeting.city !== null && cues.cities.has(meeting.city);
  const kind = namesKind(cues, meeting);
  // A sentence that names another city, country, year or month is not about this meeting.
  if (meeting.city !== null && cues.cities.size > 0 && !city) return 0;
  if (cues.thirdCountries.size > 0 && (meeting.country === null || !cues.thirdCountries.has(meeting.country))) return 0;
  // "Arrived in China" places a meeting only where the sentence names no city of its own.
  const hostCountryOnly = cues.hostCountries.size > 0 && cues.cities.size === 0;
  if (hostCountryOnly && (meeting.country === null || !cues.hostCountries.has(meeting.country))) return 0;
  if (cues.years.size > 0 && !cues.years.has(meeting.start.getUTCFullYear()) && !cues.years.has(meeting.end.getUTCFullYear()))
    return 0;
  const month = cues.months.has(meeting.start.getUTCMonth()) || cues.months.has(meeting.end.getUTCMonth());
  if (cues.months.size > 0 && !month && shareOfNamedDays(cues, meeting) === 0) return 0;
  const named =
    (organization ? cueWeight.organization : 0) +
    (city ? cueWeight.city : 0) +
    (kind ? cueWeight.kind : 0) +
    (isKnownFor(cues, meeting) ? cueWeight.knownFor : 0);
  // The days stand in for a name where the sentence gives none (referencedMeetings lets them
  // tell apart the meetings a name fits).
  // So does the country of a gathering abroad ("the sidelines of a conference in Tajikistan"); a
  // trip there ("a visit to Vietnam") may be one leader's alone.
  const inCountry = meeting.country !== null && cues.thirdCountries.has(meeting.country) && cues.leaders && cues.gathering;
  // A leader's visit to the other's country ("a two-day visit to China by the Russian president") is a meeting there.
  const visitThere = meeting.country !== null && hostCountryOnly && cues.leaders && meeting.host !== 'virtual';
  const anchors =
    named > 0
      ? named
      : cueWeight.day * shareOfNamedDays(cues, meeting) ||
        (inCountry ? cueWeight.thirdCountry : visitThere ? cueWeight.hostCountry : 0);
  // "Their previous meeting in May": a month and a tense can stand for a meeting without a name.
  const unnamed = anchors === 0 && month && cues.aboutMeeting && (cues.background || cues.future);
  if (anchors === 0 && !unnamed) return 0;
  // "The SCO" or "Beijing" alone is an institution or a government, not a meeting, unless the
  // sentence speaks of one; another city named alone ("UFA, July 8 /TASS/") places one.
  // A leader placed in the capital ("Why is Xi Jinping in Moscow?") is there, not its government.
  const onlyInstitution = (organization && !city) || (city && !organization && metonymCities.has(meeting.city!) && !cues.leaders);
  if (onlyInstitution && !kind && !cues.aboutMeeting && !cues.gathering) return 0;
  // Ministers meeting in Moscow in May, or on a summit's sidelines, are not the leaders' meeting.
  if (cues.ministers && !cues.leaders && !kind) return 0;
  // Nor is one leader meeting the other side's premier ("Putin met Chinese Premier Li Keqiang in the Kremlin").
  if (cues.premiers && cues.namedLeaders === 1 && !kind && !organization) return 0;
  // Nor one of them with another country's leader ("Obama discussed climate change with Xi at the Paris summit").
  if (cues.otherLeaders && cues.namedLeaders === 1 && !cues.knownFor.has(meeting.id)) return 0;
  return (
    anchors +
    (meeting.country !== null && cues.countries.has(meeting.country) ? cueWeight.country : 0) +
    (month ? cueWeight.month : 0) +
    (cues.years.size > 0 ? cueWeight.year : 0) +
    (cues.aboutMeeting ? cueWeight.aboutMeeting : 0)
  );
}

/** Reads every sentence for the meetings it points at. */
export function findReferences(sentences: readonly Sentence[], meetings: readonly Meeting[], lexicon: Lexicon): Reference[] {
  return sentences.flatMap((sentence) => {
    const cues = findCues(sentence.text, lexicon);
    const candidates = referencedMeetings(cues, meetings);
    // A sentence that names no meeting but the weekday of one ("talks on Tuesday"), or the news it
    // followed ("the summit came days after the ICC's warrant"), is kept for that.
    const keep = candidates.size > 0 || (cues.aboutMeeting && (cues.weekdays.size > 0 || cues.shortlyAfter !== null));
    if (!keep) return [];
    const newsPart = cues.background ? beforeLookingBack(sentence.text) : null;
    const newsCues = newsPart ? findCues(newsPart, lexicon) : null;
    const news = newsCues ? { cues: newsCues, candidates: referencedMeetings(newsCues, meetings) } : undefined;
    return [news ? { sentence, cues, candidates, news } : { sentence, cues, candidates }];
  });
}

/** How a round of scoring may read the sentences. */
interface Reading {
  /** Count sentences in the future tense: a preview is about a meeting still to come. */
  future: boolean;
  /** Days a report may come after the meeting. */
  after: number;
  /** Let a preview that names the meeting's month or day reach months ahead. */
  announced?: boolean;
  /** Read past the years an undated text names. */
  anyYear?: boolean;
}

/** A round that reaches weeks back from the article's date. */
const weeksBack = (reading: Reading) => reading.after > windowDays.reportAfter;

/** Chooses the subject and the mentions. */
export function matchSummit(references: readonly Reference[], clue: DateClue, yearsInText: ReadonlySet<number>): SummitMatch {
  // A dated article may preview a meeting; an undated one is read for reports first, previews after.
  const readings: Reading[] = clue.published
    ? [
        { future: true, after: windowDays.reportAfter },
        { future: true, after: windowDays.analysisAfter },
      ]
    : [
        { future: false, after: windowDays.reportAfter },
        { future: true, after: windowDays.reportAfter },
      ];
  const rounds: Reading[] = [
    ...readings,
    // Only when nothing nearer fits: a report may look ahead to a meeting months away too.
    ...(clue.published ? [{ ...readings[0]!, announced: true }] : []),
    // The years an undated text names may all be history ("since the invasion in 2022"): when no
    // meeting near them fits, the text's own cues decide.
    ...(yearsInText.size > 0 ? readings.map((reading) => ({ ...reading, anyYear: true })) : []),
  ];
  // The first round that finds a subject decides; when none does, the first says why.
  let round: ReturnType<typeof scoreSubjects> | undefined;
  let deciding: Reading | undefined;
  for (const reading of rounds) {
    const tried = scoreSubjects(references, clue, reading.anyYear ? new Set() : yearsInText, reading);
    round ??= tried;
    if (tried.subject) {
      round = tried;
      deciding = reading;
      break;
    }
  }
  const { subject, confidence, reasons, fits, subjectReferences, score } = round!;
  const fit = subject ? fits(subject) : false;
  const datelineDate = fit instanceof Date ? fit : null;
  const articleDate = clue.published ?? datelineDate ?? subject?.end ?? null;
  return {
    subject,
    confidence: subject ? confidence : 0,
    score,
    subjectReferences,
    datelineDate,
    mentions: findMentions(references, subject, articleDate),
    outsideRegistry: subject ? [] : unregisteredMeetings(references, fits),
    reasons,
    onlyLookedBackTo:
      deciding !== undefined && weeksBack(deciding) && subjectReferences.every(({ sentence }) => sentence.placement === 'body'),
  };
}

/** The match as the article's subject: a meeting it only looks back to weeks later becomes a mention. */
export function asSubject(match: SummitMatch): SummitMatch {
  const { subject } = match;
  if (!subject || !match.onlyLookedBackTo) return match;
  return {
    ...match,
    subject: null,
    confidence: 0,
    subjectReferences: [],
    datelineDate: null,
    mentions: earliestFirst([...new Set([...match.mentions, subject])]),
    reasons: [`only the body names ${subject.id}, weeks before the article: it is a mention, not the subject`],
    onlyLookedBackTo: false,
  };
}

/** One round of scoring: every sentence votes for the meetings it names that fit the date. */
function scoreSubjects(references: readonly Reference[], clue: DateClue, yearsInText: ReadonlySet<number>, reading: Reading) {
  const fits = dateFit(clue, yearsInText, reading.after);
  const scores = new Map<Meeting, number>();
  // Each meeting's votes by sentence, to tell the evidence two meetings share from what sets one apart.
  const votes = new Map<Meeting, Map<Reference, number>>();
  for (const reference of references) {
    const { sentence } = reference;
    const { cues, candidates } = reference.news ?? reference;
    // A headline speaks of its own story, whatever its tense.
    if (sentence.placement !== 'title' && !cues.recent && (cues.background || (cues.future && !reading.future))) continue;
    // "A visit to Russia" fits a dozen meetings: only a date can pick one of them.
    if (!clue.published && placedOnlyByHostCountry(cues)) continue;
    const fitting = [...candidates].filter(
      ([meeting]) => fits(meeting) !== false || (reading.announced === true && announcedAhead(cues, meeting, clue.published)),
    );
    // A sentence about what will happen counts, at half weight, only towards a preview.
    const ahead = cues.future && sentence.placement !== 'title';
    for (const [meeting, score] of fitting) {
      const weight = placementWeight[sentence.placement] * (ahead ? subjectScoring.futureWeight : 1);
      // A sentence's vote, its recency too, is split among the meetings it could mean.
      const share = (score * weight + (cues.recent && !ahead ? subjectScoring.recencyBonus : 0)) / fitting.length;
      scores.set(meeting, (scores.get(meeting) ?? 0) + share);
      votes.set(meeting, (votes.get(meeting) ?? new Map()).set(reference, share));
    }
  }
  // The date speaks for the meetings the text names; where it names none but the leaders meet in the
  // headline or lead, for any (a meeting it does not name must not outweigh one it does).
  const proximate = scores.size > 0 ? new Set(scores.keys()) : new Set(clue.contactMeetings ?? []);
  if (clue.published) addDateProximity(scores, clue.published, [...proximate], reading.future);
  // "Following Xi-Putin talks on Thursday", dated days later: of the meetings they had in the weeks
  // before, the one on that weekday, when only one is.
  if (clue.published && scores.size === 0 && proximate.size > 0)
    addNamedWeekdayMeeting(scores, clue.published, [...proximate], references, reading.after);
  let ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (leadOf(ranked) < subjectScoring.minimumConfidence) ranked = keepMeetingsOnNamedWeekdays(ranked, references);
  if (leadOf(ranked) < subjectScoring.minimumConfidence) ranked = keepMeetingsShortlyAfterNews(ranked, references);
  const [top, second] = ranked;
  const confidence = Math.max(leadOf(ranked), top && second ? distinctLead(top, second, votes) : 0);
  const reasons: string[] = [];
  let subject: Meeting | null = null;
  if (!top) reasons.push('no sentence names a meeting in the registry at a date that fits the article');
  else if (top[1] < subjectScoring.minimumScore)
    reasons.push(`the evidence for ${top[0].id} is thin (score ${top[1].toFixed(1)})`);
  else if (confidence < subjectScoring.minimumConfidence)
    reasons.push(`the text fits ${top[0].id} and ${second?.[0].id} about equally`);
  else subject = top[0];
  // Every sentence that names the subject, voting or not, may say when it happened ("arrives tomorrow").
  const naming = subject ? references.filter((reference) => reference.candidates.has(subject!)) : [];
  // A headline may name its subject in the past tense ("since the war"); it still names it.
  const current = naming.filter((reference) =>
    reference.news ? reference.news.candidates.has(subject!) : !reference.cues.background,
  );
  const named = current.length > 0 ? current : naming;
  const strength = (reference: Reference) => reference.candidates.get(subject!)! * placementWeight[reference.sentence.placement];
  const subjectReferences = named.sort((a, b) => strength(b) - strength(a));
  const [strongest] = subjectReferences;
  if (subject && strongest) reasons.push(`named in “${shorten(strongest.sentence.text)}”`);
  else if (subject) reasons.push(`the leaders meet in the headline or lead, and the article is dated at ${subject.id}`);
  return { subject, confidence, reasons, fits, subjectReferences, score: subject ? top![1] : 0 };
}

function placedOnlyByHostCountry(cues: Cues): boolean {
  const others = [cues.organizations, cues.cities, cues.kinds, cues.thirdCountries, cues.knownFor, cues.monthDays];
  return cues.hostCountries.size > 0 && others.every((set) => set.size === 0);
}

/**
 * "Xi will meet Putin in Astana in July": a preview that names the meeting's month or day may
 * come months ahead, further than an unnamed "next meeting" could.
 */
function announcedAhead(cues: Cues, meeting: Meeting, published: Date | null): boolean {
  if (!published || !cues.future) return false;
  const ahead = differenceInCalendarDays(meeting.start, published);
  const when = cues.months.has(meeting.start.getUTCMonth()) || shareOfNamedDays(cues, meeting) > 0;
  return when && ahead > 0 && ahead <= windowDays.announcedBefore;
}

function addNamedWeekdayMeeting(
  scores: Map<Meeting, number>,
  published: Date,
  meetings: readonly Meeting[],
  references: readonly Reference[],
  after: number,
): void {
  const weekdays = new Set(references.flatMap(({ cues }) => (cues.aboutMeeting ? [...cues.weekdays] : [])));
  if (weekdays.size === 0) return;
  const before = meetings.filter((meeting) => {
    const days = differenceInCalendarDays(published, meeting.end);
    return days >= 0 && days <= after && fallsOnWeekday(meeting, weekdays);
  });
  if (before.length === 1) scores.set(before[0]!, dateProximity.near);
}

/** A publication date on or just after a day the leaders met speaks for that meeting. */
function addDateProximity(scores: Map<Meeting, number>, published: Date, meetings: readonly Meeting[], future: boolean): void {
  for (const meeting of meetings) {
    const after = differenceInCalendarDays(published, meeting.end);
    const before = differenceInCalendarDays(meeting.start, published);
    const onTheDay = after <= 1 && before <= 0;
    const near = (after > 1 && after <= dateProximity.nearDays) || (future && before > 0 && before <= dateProximity.nearDays);
    const bonus = onTheDay ? dateProximity.onTheDay : near ? dateProximity.near : 0;
    if (bonus > 0) scores.set(meeting, (scores.get(meeting) ?? 0) + bonus);
  }
}

/**
 * Whether a meeting's date fits the article's: true or false, or for a dateline without a
 * year, the full date it would give (the dateline's day in the meeting's year).
 */
function dateFit(clue: DateClue, yearsInText: ReadonlySet<number>, after: number): (meeting: Meeting) => boolean | Date {
  const near = (meeting: Meeting, day: Date) =>
    differenceInCalendarDays(day, meeting.end) <= after &&
    differenceInCalendarDays(meeting.start, day) <= windowDays.previewBefore;
  const inEra = (meeting: Meeting) => clue.notBefore === null || meeting.end >= clue.notBefore;
  if (clue.published) return (meeting) => near(meeting, clue.published!);
  if (clue.dateline) {
    const { month, day } = clue.dateline;
    return (meeting) => {
      const year = meeting.start.getUTCFullYear();
      const options = [year - 1, year, year + 1].map((y) => utcDay(y, month, day));
      return (inEra(meeting) && options.find((option) => near(meeting, option))) || false;
    };
  }
  if (clue.month) {
    const { year, month } = clue.month;
    const first = utcDay(year, month, 1);
    const last = utcDay(year, month + 1, 0);
    return (meeting) =>
      meeting.end >= addDays(first, -windowDays.reportAfter) && meeting.start <= addDays(last, windowDays.previewBefore);
  }
  if (yearsInText.size === 0) return inEra;
  // An undated article is written around the latest year it names.
  const latest = Math.max(...yearsInText);
  return (meeting) => inEra(meeting) && Math.abs(meeting.start.getUTCFullYear() - latest) <= 1;
}

/** Present-tense sentences about a summit or call that no registry meeting fits at this date. */
function unregisteredMeetings(references: readonly Reference[], fits: (meeting: Meeting) => boolean | Date): Sentence[] {
  return references
    .filter(({ cues, candidates }) => {
      const named = cues.organizations.size > 0 || cues.kinds.size > 0;
      const current = !cues.background && !cues.future;
      return named && current && cues.aboutMeeting && ![...candidates.keys()].some((meeting) => fits(meeting) !== false);
    })
    .map((reference) => reference.sentence)
    .slice(0, 2);
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
    // Only a sentence about what is to come can speak of a meeting after the article was written.
    if (articleDate && !ahead) options = options.filter((m) => m === subject || m.start <= articleDate);
    let pick: Meeting | undefined;
    if (subject && options.includes(subject) && !past && !ahead) pick = subject;
    else if (options.length === 1) pick = options[0];
    else if (articleDate && past) pick = latest(options.filter((m) => m !== subject));
    else if (articleDate && ahead) pick = earliest(options.filter((m) => m !== subject));
    if (pick && pick !== subject) mentions.add(pick);
  }
  return earliestFirst([...mentions]);
}

function byStart(a: Meeting, b: Meeting): number {
  return a.start.getTime() - b.start.getTime();
}

function earliestFirst(meetings: Meeting[]): Meeting[] {
  return meetings.sort(byStart);
}

function earliest(meetings: Meeting[]): Meeting | undefined {
  return earliestFirst(meetings)[0];
}

function latest(meetings: Meeting[]): Meeting | undefined {
  return earliestFirst(meetings).at(-1);
}

/** "The previous meeting in May" without a year means within the past year; with one, any distance. */
function withinHorizon(meeting: Meeting, articleDate: Date, cues: Cues): boolean {
  return cues.years.size > 0 || Math.abs(differenceInCalendarDays(meeting.start, articleDate)) <= windowDays.tenseHorizon;
}

/** A sentence cut to about 120 characters at a word, for evidence. */
function shorten(sentence: string, length = 120): string {
  return sentence.length <= length ? sentence : `${sentence.slice(0, length).replace(/\s+\S*$/, '')}…`;
}
