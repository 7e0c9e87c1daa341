/** What a sentence says that can point at a meeting: names, kinds, times and tense. */
import type { SummitData, SummitKind } from '../schema.ts';
import type { Sentence } from './sentences.ts';
import { birthdaysIn, eras } from './era-clues.ts';
import { anyOf, escapeForPattern } from './phrase-pattern.ts';
import {
  backgroundWords,
  ceremonyWords,
  cityAliases,
  futureWords,
  kindPhrases,
  meetingWords,
  participationWords,
  monthAlternatives,
  monthDaysIn,
  monthNames,
  organizationAliases,
  organizationWords,
  recencyWords,
  summitEditions,
  summitNumbering,
  ordinalWords,
  weekdayAlternatives,
  weekdayNumber,
} from './vocabulary.ts';

interface Matcher<T> {
  value: T;
  pattern: RegExp;
}

/** Every name ingest recognizes, built once from the registry and the vocabulary tables. */
export interface Lexicon {
  organizations: Matcher<string>[];
  cities: Matcher<string>[];
  countries: Matcher<string>[];
  kinds: Matcher<SummitKind>[];
  /** Each meeting's known-for phrases, the meeting's id as the value. */
  knownFor: Matcher<string>[];
  /** Every organization name at once, to blank them out before looking for places. */
  anyOrganization: RegExp;
  /** The registry's organizations a sentence may name in words no alias holds ("a forum on the Belt and Road"). */
  organizationWords: [string, RegExp][];
  /** Every known-for phrase at once, to take them out of a sentence before reading its places. */
  anyKnownFor: RegExp;
  /** The two leaders' names and aliases, and words that stand for them. */
  leaders: RegExp;
  /** Each leader's names and aliases. */
  eachLeader: RegExp[];
  /** "The 13th summit of the SCO": an ordinal before an organization that numbers its yearly summits, and the year it gives. */
  ordinals: { base: number; pattern: RegExp }[];
  /** "The third Belt and Road Forum", "taking part in the forum for the third time": an edition of an organization's meeting, and its year. */
  editions: { years: readonly number[]; pattern: RegExp }[];
  /** Every name of each category at once: most sentences name none, and one test says so. */
  any: { organizations: RegExp; cities: RegExp; countries: RegExp; kinds: RegExp; knownFor: RegExp };
}

/** The cues found in one sentence. */
export interface Cues {
  organizations: Set<string>;
  cities: Set<string>;
  countries: Set<string>;
  /** Countries named other than the two whose relationship this is: those place a meeting. */
  thirdCountries: Set<string>;
  /** One of the two countries named as where something happens ("arrived in China", "a state visit to Russia"). */
  hostCountries: Set<string>;
  kinds: Set<SummitKind>;
  /** Meetings (by id) the sentence names by what they are known for. */
  knownFor: Set<string>;
  /** Months named, January = 0. */
  months: Set<number>;
  /**
   * Days of a month named without caring for the year, as `month-day` (January = 0): "March 20 to 22";
   * each with the weekday printed beside it ("Monday (May 20)"), which only some years fit, or null.
   */
  monthDays: Map<string, number | null>;
  years: Set<number>;
  /** Weekdays named, Sunday = 0. */
  weekdays: Set<number>;
  /** The sentence talks about a meeting (summit, talks, met…). */
  aboutMeeting: boolean;
  /** The sentence speaks of a joint ceremony (a launch, an inauguration). */
  ceremony: boolean;
  /** The sentence speaks of the two leaders (by name, or as "the presidents", "the two leaders"). */
  leaders: boolean;
  /** The sentence speaks of ministers ("Foreign Minister Wang Yi will meet his counterpart"). */
  ministers: boolean;
  /** How many of the two leaders the sentence names (by name or alias, not "the president"). */
  namedLeaders: number;
  /** The sentence names either side's head of government ("Chinese Premier Li Keqiang", "Mishustin"). */
  premiers: boolean;
  /** The sentence has a leader arriving or welcomed: its weekday may be the eve of the meeting. */
  arrival: boolean;
  /** The sentence names another country's leader ("Obama", "Modi", "Kim Jong Un"). */
  otherLeaders: boolean;
  /** The sentence speaks of a gathering of many (a summit, a conference, its sidelines), not a trip. */
  gathering: boolean;
  /**
   * "Met in person for the first time since the war in Ukraine began": the meeting is the first
   * the two held in person after the day that era began, given here.
   */
  firstMeetingSince: Date | null;
  /** "Days after the ICC charged the Russian president": the meeting came within weeks of the day that era began. */
  shortlyAfter: Date | null;
  /** The sentence places what it names at the time of writing ("last week", "on Sunday"). */
  recent: boolean;
  /** The sentence places what it names in the past ("previous", "earlier", "since"). */
  background: boolean;
  /** The sentence places what it names in the future ("will", "plans to"). */
  future: boolean;
}

type Place = Pick<SummitData, 'organization' | 'city' | 'country'> & { id?: string; knownFor?: readonly string[] };

/** Words that stand for the two leaders together. */
const leaderWords = ['leader', 'leaders', 'president', 'presidents', 'President', 'Presidents', 'heads of state'];
/** Words that have the leaders in contact: meeting, talking, writing, launching something together. */
const contactWords =
  /\b(?:discuss(?:es|ed)?|spoke|speak|talk(?:s|ed)?|congratulat\w*|launch(?:es|ed)?|told|tells|agree[sd]?|praised|hold|holds|held|sign(?:s|ed)?|phone|telephone|video|call(?:s|ed)?|greet(?:s|ed)?|host(?:s|ed)?|welcome[sd]?|visit\w*|meet\w*|met|summit|conversation|exchang\w*|messages?|hail(?:s|ed)?)\b/i;

/** Builds the lexicon from the registry's own names, the two leaders' names (one list each) and the alias tables. */
export function buildLexicon(summits: readonly Place[], leaderNames: readonly (readonly string[])[] = []): Lexicon {
  const organizations = new Set(summits.flatMap((summit) => (summit.organization ? [summit.organization] : [])));
  const cities = new Set(summits.flatMap((summit) => (summit.city ? [summit.city] : [])));
  const countries = new Set(summits.flatMap((summit) => (summit.country ? [summit.country] : [])));
  const named = (values: Set<string>, aliases: Record<string, readonly string[]>) =>
    // Datelines print the city in capitals: "SAMARKAND, Uzbekistan, Sept 15 (Reuters)".
    [...values].map((value) => ({ value, pattern: anyOf([value, value.toUpperCase(), ...(aliases[value] ?? [])], '') }));
  const organizationMatchers = named(organizations, organizationAliases);
  const lexicon = {
    organizations: organizationMatchers,
    anyOrganization: new RegExp(organizationMatchers.map((matcher) => `(?:${matcher.pattern.source})`).join('|'), 'g'),
    cities: named(cities, cityAliases).map((matcher) =>
      metonymCities.has(matcher.value) ? { ...matcher, pattern: asPlace(matcher.pattern, matcher.value.toUpperCase()) } : matcher,
    ),
    countries: named(countries, {}),
    kinds: Object.entries(kindPhrases)
      .filter(([, phrases]) => phrases.length > 0)
      .map(([kind, phrases]) => ({ value: kind as SummitKind, pattern: anyOf(phrases, 'i') })),
    knownFor: summits.flatMap(({ id, knownFor = [] }) =>
      id !== undefined && knownFor.length > 0 ? [{ value: id, pattern: loosePhrases(knownFor) }] : [],
    ),
  };
  const anyMatcher = (matchers: Matcher<unknown>[], flags: string) =>
    new RegExp(matchers.map((matcher) => `(?:${matcher.pattern.source})`).join('|') || '(?!)', flags);
  return {
    ...lexicon,
    leaders: anyOf([...leaderNames.flat(), ...leaderWords], ''),
    eachLeader: leaderNames.map((names) => anyOf(names, '')),
    editions: organizationMatchers.flatMap(({ value, pattern }) => {
      const years = summitEditions[value];
      const ordinal = `(${Object.keys(ordinalWords).join('|')}|\\d)(?:st|nd|rd|th)?`;
      return years
        ? [
            {
              years,
              pattern: new RegExp(
                `\\b${ordinal}\\s+(?:(?!anniversary)[\\w'’-]+\\s+){0,3}?(?:${pattern.source})|(?:${pattern.source})[^.]{0,40}?\\bfor the ${ordinal} time`,
                'i',
              ),
            },
          ]
        : [];
    }),
    ordinals: organizationMatchers.flatMap(({ value, pattern }) =>
      value in summitNumbering
        ? [
            {
              base: summitNumbering[value]!,
              pattern: new RegExp(
                `\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:(?!anniversary)[\\w'’-]+\\s+){0,12}?(?:${pattern.source})`,
                'i',
              ),
            },
          ]
        : [],
    ),
    any: {
      organizations: anyMatcher(lexicon.organizations, ''),
      cities: anyMatcher(lexicon.cities, ''),
      countries: anyMatcher(lexicon.countries, ''),
      kinds: anyMatcher(lexicon.kinds, 'i'),
      knownFor: anyMatcher(lexicon.knownFor, 'i'),
    },
    anyKnownFor: anyMatcher(lexicon.knownFor, 'gi'),
    organizationWords: Object.entries(organizationWords).filter(([organization]) => organizations.has(organization)),
  };
}

/**
 * An editor's phrases as a text may print them: in any case, with a plural ending, and with a
 * space, hyphen or dash between words ("no-limits" for "no limits").
 */
function loosePhrases(phrases: readonly string[]): RegExp {
  const words = phrases.map((phrase) =>
    phrase
      .trim()
      .split(/[\s\-–—]+/)
      // Pages print an apostrophe straight or curly: "Trump's" and "Trump’s".
      .map((word) => escapeForPattern(word).replace(/['’]/g, "['’]"))
      .join('[\\s\\-–—]+'),
  );
  return new RegExp(`(?<![\\w-])(?:${words.join('|')})(?:e?s)?(?![\\w-])`, 'i');
}

/** "Arrived in China", "a state visit to Russia", "Xi's Russia visit": one of the parties named as the place of a visit. */
const hostCountry =
  /\b(?:arrived in|arrives in|arrive in|landed in|lands in|visit to|visits to|trip to|visiting|travel to|travels to|travelled to|traveled to|heads to|headed to|flew to|flies to)\s+(Russia|China)\b|\b(Russia|China) (?:visit|trip)\b/g;

/**
 * The countries other than the two parties that a sentence names, as places a meeting may be
 * in. A list of more than two is who took part ("leaders of Kazakhstan, Tajikistan, Uzbekistan,
 * India and Pakistan"), not where.
 */
function placingCountries(countries: ReadonlySet<string>): Set<string> {
  const others = [...countries].filter((country) => !partyCountries.has(country));
  return new Set(others.length > 2 ? [] : others);
}

const possessiveCountry = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s\b/g;

/** The two parties: naming them says nothing about where a meeting was. */
const partyCountries = new Set(['Russia', 'China']);

/** Capitals that stand for governments ("Beijing was ready…"): they count as places only after a place word. */
export const metonymCities: ReadonlySet<string> = new Set(['Moscow', 'Beijing']);

function asPlace(city: RegExp, capitals: string): RegExp {
  return new RegExp(
    `(?:\\b(?:in|into|to|at|from|visited|visiting|visits|arrived in|arrives in|arrive in|lands in|landed in|leaves|left|(?:leave|leaves|left|depart|departs|departed|bound|headed|heads|set off) for)\\s+(?:the\\s+)?${city.source}|${city.source}(?=\\s+(?:summit|talks|meeting|visit))|${datelinePlace(capitals)})`,
    city.flags,
  );
}

/** A dateline opening a paragraph: "MOSCOW (Reuters) -", "BEIJING, Feb. 4 (Xinhua) --", "MOSCOW -- ", "MOSCOW: ". */
function datelinePlace(capitals: string): string {
  return `(?:^|\\n)${escapeForPattern(capitals)}(?=,|:|\\s*\\(|\\s+--?\\s|\\s+[—–]\\s)`;
}

/** Finds the cues in one sentence. */
export function findCues(sentence: string, lexicon: Lexicon): Cues {
  const found = <T>(matchers: Matcher<T>[], any: RegExp, text = sentence) =>
    any.test(text)
      ? new Set(matchers.filter((matcher) => matcher.pattern.test(text)).map((matcher) => matcher.value))
      : new Set<T>();
  // "Shanghai Cooperation Organization" names an organization, not the city of Shanghai.
  const withoutOrganizations = sentence.replace(lexicon.anyOrganization, ' ');
  const countries = found(lexicon.countries, lexicon.any.countries, withoutOrganizations);
  const organizations = found(lexicon.organizations, lexicon.any.organizations);
  if (organizations.size === 0)
    for (const [organization, words] of lexicon.organizationWords) if (words.test(sentence)) organizations.add(organization);
  const kinds = found(lexicon.kinds, lexicon.any.kinds);
  const since = firstMeetingSince(sentence);
  // "MOSCOW — In a video call, Putin …": a call's dateline is where the story was filed, not where anyone met.
  const call = kinds.has('video-call') || kinds.has('phone-call');
  const knownFor = found(lexicon.knownFor, lexicon.any.knownFor);
  // "The St. Petersburg International Economic Forum" names what a meeting is known for, not a place.
  const unnamed = knownFor.size > 0 ? withoutOrganizations.replace(lexicon.anyKnownFor, ' ') : withoutOrganizations;
  const places = call ? unnamed.replace(datelineOpening, ' ') : unnamed;
  // "On Xi's 66th birthday" names a day: 15 June 2019.
  const birthdays = /birthday/i.test(sentence) ? birthdaysIn(sentence) : [];
  const namedDays = monthDaysIn(sentence);
  // "Days after the ICC accused Putin on Friday": a weekday after the turn is the earlier event's.
  const shortly = shortlyAfterWords.exec(sentence);
  const earlierEventFrom = shortly ? shortly.index : Infinity;
  const datedWeekdays = new Set(namedDays.flatMap(({ weekdayAt }) => (weekdayAt === null ? [] : [weekdayAt])));
  return {
    organizations,
    cities: found(lexicon.cities, lexicon.any.cities, places),
    countries,
    // "India's Prime Minister" is whose leader, not where: only a country named otherwise places a meeting.
    thirdCountries: placingCountries(
      found(lexicon.countries, lexicon.any.countries, withoutOrganizations.replace(possessiveCountry, ' ')),
    ),
    hostCountries: new Set([...sentence.matchAll(hostCountry)].map((match) => match[1] ?? match[2]!)),
    kinds,
    knownFor,
    // "Since October 1959" is another era's month, not a meeting's.
    months: new Set(
      [...sentence.matchAll(monthPattern)]
        .filter((match) => !olderYear.test(sentence.slice(match.index + match[0].length)))
        .map((match) => monthNames[match[1]!.toLowerCase()]!),
    ),
    // A day printed with another era's year is a birthday or a founding, not a meeting; a
    // dateline's ("July 4 (UPI) --", "March 21. /TASS/") is the day of writing.
    monthDays: new Map(
      namedDays
        .filter(({ year, end }) => (year === null || year >= 2000) && !datelineMark.test(sentence.slice(end)))
        .map(({ month, day, weekday }): [string, number | null] => [monthDayKey(month, day), weekday])
        .concat(birthdays.map((day) => [monthDayKey(day.getUTCMonth(), day.getUTCDate()), null])),
    ),
    years: new Set([
      ...[...sentence.matchAll(/\b(20[0-4]\d)\b/g)].map((match) => Number(match[1])),
      ...birthdays.map((day) => day.getUTCFullYear()),
      ...(organizations.size > 0
        ? lexicon.editions.flatMap(({ years, pattern }) => {
            const edition = pattern.exec(sentence);
            const ordinal = (edition?.[1] ?? edition?.[2])?.toLowerCase();
            const year = ordinal ? years[(ordinalWords[ordinal] ?? Number(ordinal)) - 1] : undefined;
            return year ? [year] : [];
          })
        : []),
      ...(organizations.size > 0 && /\d(?:st|nd|rd|th)\b/.test(sentence)
        ? lexicon.ordinals.flatMap(({ base, pattern }) => {
            const ordinal = pattern.exec(sentence)?.[1];
            return ordinal ? [base + Number(ordinal)] : [];
          })
        : []),
    ]),
    // A weekday printed with its date ("on Monday (May 20)") is that day's, not the meeting's unless the date is.
    weekdays: new Set(
      [...sentence.matchAll(weekdayPattern)]
        .filter(
          (match) =>
            !reportedOn.test(sentence.slice(0, match.index)) && !datedWeekdays.has(match.index) && match.index < earlierEventFrom,
        )
        .map((match) => weekdayNumber(match[1]!)),
    ),
    // Taking part in a named gathering ("to attend the Olympic Games") is being at it.
    aboutMeeting: meetingWords.test(sentence) || (organizations.size > 0 && participationWords.test(sentence)),
    leaders: lexicon.leaders.test(sentence),
    namedLeaders: lexicon.eachLeader.filter((leader) => leader.test(sentence)).length,
    premiers: premierWords.test(sentence),
    arrival: arrivalWords.test(sentence),
    // A three-way meeting ("a Russia-India-China meeting") has both of them at the table.
    otherLeaders: otherLeaderNames.test(sentence) && !threeWay.test(sentence),
    ministers: /\b(?:minister|ministers|premier)\b/i.test(sentence),
    gathering: /\b(?:summit|conference|forum|sidelines)\b/i.test(withoutOrganizations),
    firstMeetingSince: since,
    shortlyAfter: eraBegun(shortly?.[1]),
    ceremony: ceremonyWords.test(sentence),
    recent: recencyWords.test(sentence),
    // "Their first meeting since the invasion earlier this year" is news, whatever words it looks back in.
    background: since === null && speaksOfThePast(sentence),
    future: futureWords.test(sentence),
  };
}

/**
 * The news a sentence reports before it looks back: "met in Astana on July 3, marking their
 * second meeting since May" reports Astana; the meeting in May is a look back. Null when the
 * sentence has no such turn.
 */
export function beforeLookingBack(sentence: string): string | null {
  return /^(.*?\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\b[^,.;]*?)\s+since\b/i.exec(sentence)?.[1] ?? null;
}

const meetingFirstSince =
  /\b(?:met\b[^.;]{0,30}?\bfor the first time|first (?:in[- ]person |face[- ]to[- ]face )?(?:meeting|talks|summit)s?\b[^.;]{0,80}?)\s+since\b(.*)$/i;

/** The day the era began that a sentence counts the leaders' first meeting from, if it does. */
function firstMeetingSince(sentence: string): Date | null {
  return eraBegun(meetingFirstSince.exec(sentence)?.[1]);
}

const shortlyAfterWords = /\b(?:hours|days|a day|a week|weeks|two weeks) after\b(.*)$/i;

/** The day the era a phrase speaks of began ("the invasion" began on 24 February 2022), if it names one. */
function eraBegun(phrase: string | undefined): Date | null {
  return (phrase && eras.find((era) => era.pattern.test(phrase))?.since) || null;
}

/** Whether a sentence places what it names before the story's own news ("their previous meeting"). */
export function speaksOfThePast(sentence: string): boolean {
  return backgroundWords.test(sentence.replace(firstSince, 'first'));
}

/** Leaders of other countries whom Putin or Xi meet, at summits or on their own. */
export const otherLeaderNames =
  /\b(?:Obama|Trump|Biden|Modi|Kim Jong[- ]?[Uu]n|Shinzo Abe|Erdo[gğ]an|Macron|Merkel|Scholz|Lula|Ramaphosa|Hasina|Zelensk[yi]y?|Lukashenko|Netanyahu|Raisi|Rouhani|Pezeshkian|Kishida|Moon Jae-in|Yoon Suk[- ]yeol|Widodo|Jokowi|Duterte|Bolsonaro|Milei|Imran Khan|Shehbaz Sharif|Nawaz Sharif|Tokayev|Nazarbayev|Mirziyoyev|Aliyev|Pashinyan)\b/;

const arrivalWords = /\b(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed)|touch(?:es|ed) down|welcomed)\b/i;
const threeWay = /\b(?:trilateral|three-way|Russia-India-China|RIC)\b/i;

/** Either side's head of government, by office or by name. */
const premierWords =
  /\b(?:(?:Russian|Chinese|Russia['’]s|China['’]s)\s+(?:Prime Minister|Premier|prime minister|premier|PM)|Premier Li|Li Keqiang|Li Qiang|Mishustin|Medvedev)\b/;

/** A dateline opening a sentence: "MOSCOW —", "BEIJING, Dec. 30 (Xinhua) --", "MOSCOW, Jan 21 (Reuters) -". */
const datelineOpening = /^\s*[A-Z][A-Z .'-]+(?:,[^\n—–(]{0,40})?\s*(?:\([^)\n]{0,40}\)\s*)?(?:[—–:]|--?)\s*/;

/** A year of the last century right after a month: "October 1959". */
const olderYear = /^,?\s+1\d{3}\b/;

/** What follows a dateline's day: the agency in brackets or slashes. */
const datelineMark = /^\s*[.,]?\s*[(/]/;
// Capitalised only: "may" and "march" in lower case are usually not months.
const monthPattern = new RegExp(`\\b(${monthAlternatives})\\b\\.?`, 'g');
/** "said on Friday": the day something was announced, not the day of the meeting. */
const reportedOn =
  /\b(?:said|says|announced|reported|stated|confirmed|added|told (?:the )?(?:reporters|journalists|media|press)|briefed (?:the )?(?:reporters|journalists|media|press))\s+(?:late |early )?on\s+$/;
/**
 * "his first trip since the war", "the largest parade since World War II", "80 years since the end
 * of the war", "two decades since the treaty was signed": the news is now, not what came before.
 */
// The era it counts from ("since the invasion of Ukraine earlier this year") goes with it.
const firstSince =
  /\b(?:(?:first|largest|biggest|highest|lowest|worst|best)\b[^.;]{0,80}?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years|decades) )since\b[^,.;]*/gi;
const weekdayPattern = new RegExp(`\\b(${weekdayAlternatives})\\b`, 'g');

/**
 * Whether the headline or lead has the two leaders in contact: both named there (or "the two
 * leaders"), and a sentence that names one of them has them meeting, talking or acting together;
 * or a sentence further down says the two leaders met.
 */
export function leadersInContact(sentences: readonly Sentence[], lexicon: Lexicon): boolean {
  // "Putin-Xi meeting", "Xi–Putin talks": a pair of names joined by a dash names both.
  const top = sentences
    .filter(({ placement }) => placement !== 'body')
    .map(({ text }) => text.replace(/(\p{Ll})[-–](\p{Lu})/gu, '$1 $2'));
  const together = top.join('\n');
  const bothNamed =
    (lexicon.eachLeader.length > 0 && lexicon.eachLeader.every((leader) => leader.test(together))) ||
    /\b(?:two leaders|both leaders|two presidents)\b/i.test(together);
  if (bothNamed && top.some((text) => contactWords.test(text) && lexicon.leaders.test(text))) return true;
  // "The two leaders met on the sidelines of a regional summit", further down.
  return sentences.some(({ text }) => twoLeadersMet.test(text));
}
const twoLeadersMet = /\b(?:the two (?:leaders|presidents)|both leaders)\s+(?:met|have met|held talks|talked|spoke)\b/i;

/** How `Cues.monthDays` names a day of a month (January = 0). */
export function monthDayKey(month: number, day: number): string {
  return `${month}-${day}`;
}
