/** What a sentence says that can point at a meeting: names, kinds, times and tense. */
import type { SummitData, SummitKind } from '../schema.ts';
import { anyOf } from './phrase-pattern.ts';
import {
  backgroundWords,
  cityAliases,
  futureWords,
  kindPhrases,
  meetingWords,
  monthNames,
  organizationAliases,
  recencyWords,
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
  /** Every organization name at once, to blank them out before looking for places. */
  anyOrganization: RegExp;
  /** Every name of each category at once: most sentences name none, and one test says so. */
  any: { organizations: RegExp; cities: RegExp; countries: RegExp; kinds: RegExp };
}

/** The cues found in one sentence. */
export interface Cues {
  organizations: Set<string>;
  cities: Set<string>;
  countries: Set<string>;
  /** Countries named other than the two whose relationship this is: those place a meeting. */
  thirdCountries: Set<string>;
  kinds: Set<SummitKind>;
  /** Months named, January = 0. */
  months: Set<number>;
  years: Set<number>;
  /** Weekdays named, Sunday = 0. */
  weekdays: Set<number>;
  /** The sentence talks about a meeting (summit, talks, met…). */
  aboutMeeting: boolean;
  /** The sentence places what it names at the time of writing ("last week", "on Sunday"). */
  recent: boolean;
  /** The sentence places what it names in the past ("previous", "earlier", "since"). */
  background: boolean;
  /** The sentence places what it names in the future ("will", "plans to"). */
  future: boolean;
}

type Place = Pick<SummitData, 'organization' | 'city' | 'country'>;

/** Builds the lexicon from the registry's own names plus the alias tables. */
export function buildLexicon(summits: readonly Place[]): Lexicon {
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
      metonymCities.has(matcher.value) ? { ...matcher, pattern: asPlace(matcher.pattern) } : matcher,
    ),
    countries: named(countries, {}),
    kinds: Object.entries(kindPhrases)
      .filter(([, phrases]) => phrases.length > 0)
      .map(([kind, phrases]) => ({ value: kind as SummitKind, pattern: anyOf(phrases, 'i') })),
  };
  const anyMatcher = (matchers: Matcher<unknown>[], flags: string) =>
    new RegExp(matchers.map((matcher) => `(?:${matcher.pattern.source})`).join('|') || '(?!)', flags);
  return {
    ...lexicon,
    any: {
      organizations: anyMatcher(lexicon.organizations, ''),
      cities: anyMatcher(lexicon.cities, ''),
      countries: anyMatcher(lexicon.countries, ''),
      kinds: anyMatcher(lexicon.kinds, 'i'),
    },
  };
}

/** The two parties: naming them says nothing about where a meeting was. */
const partyCountries = new Set(['Russia', 'China']);

/** Capitals that stand for governments ("Beijing was ready…"): they count as places only after a place word. */
const metonymCities = new Set(['Moscow', 'Beijing']);

function asPlace(city: RegExp): RegExp {
  return new RegExp(
    `(?:\\b(?:in|to|at|from|visited|visiting|visits|arrived in|arrives in|arrive in|lands in|landed in|leaves|left)\\s+(?:the\\s+)?${city.source}|${city.source}(?=\\s+(?:summit|talks|meeting|visit)))`,
    city.flags,
  );
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
  return {
    organizations: found(lexicon.organizations, lexicon.any.organizations),
    cities: found(lexicon.cities, lexicon.any.cities, withoutOrganizations),
    countries,
    thirdCountries: new Set([...countries].filter((country) => !partyCountries.has(country))),
    kinds: found(lexicon.kinds, lexicon.any.kinds),
    months: new Set([...sentence.matchAll(monthPattern)].map((match) => monthNames[match[1]!.toLowerCase()]!)),
    years: new Set([...sentence.matchAll(/\b(20[0-4]\d)\b/g)].map((match) => Number(match[1]))),
    weekdays: new Set(
      [...sentence.matchAll(weekdayPattern)]
        .filter((match) => !reportedOn.test(sentence.slice(0, match.index)))
        .map((match) => weekdayNumber(match[1]!)),
    ),
    aboutMeeting: meetingWords.test(sentence),
    recent: recencyWords.test(sentence),
    background: backgroundWords.test(sentence.replace(firstSince, 'first')),
    future: futureWords.test(sentence),
  };
}

// Capitalised only: "may" and "march" in lower case are usually not months.
const monthPattern = new RegExp(`\\b(${Object.keys(monthNames).map(capitalise).join('|')})\\b\\.?`, 'g');
/** "said on Friday": the day something was announced, not the day of the meeting. */
const reportedOn = /\b(?:said|says|announced|reported|stated|confirmed|added|told reporters)\s+(?:late |early )?on\s+$/;
/** "his first trip since the war", "80 years since the end of the war": the news is now, not what came before. */
const firstSince = /\b(?:first\b[^,.;]*?|\d+ years )since\b/gi;
const weekdayPattern = new RegExp(`\\b(${weekdayAlternatives})\\b`, 'g');

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
