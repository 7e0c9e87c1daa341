/**
 * The words ingest reads meetings by: names of organizations, places and kinds of contact as
 * they appear in news text, including common variants and machine-translation slips.
 * Registry values (organizations, cities, countries) match by their own names as well.
 */
import type { SummitKind } from '../schema.ts';

/** Other names of the registry's organizations. */
export const organizationAliases: Record<string, readonly string[]> = {
  SCO: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Council', 'SHOS'],
  BRICS: ['BRICS summit', 'BRICS leaders'],
  G20: ['G-20', 'Group of 20', 'Group of Twenty'],
  APEC: ['Asia-Pacific Economic Cooperation'],
  CICA: ['Conference on Interaction and Confidence-Building Measures in Asia'],
  BRF: [
    'Belt and Road Forum',
    'Belt and Road forum',
    'Belt and Road International Forum',
    'Belt and Road summit',
    'One Belt, One Road forum',
    'One Belt, One Road" forum',
    'One Belt, One Road” forum',
  ],
  COP21: ['Paris climate conference', 'climate summit in Paris'],
  EEF: ['Eastern Economic Forum'],
  Olympics: ['Olympic Games', 'Winter Olympics', 'Olympic Winter Games', 'Winter Games'],
  'Victory Day': ['Victory Day parade', 'Victory Parade', 'victory parade', 'military parade'],
};

/**
 * Organizations that meet once a year, numbering their summits: the nth is held in this year
 * plus n ("the 13th SCO summit" was in 2013, "the 16th BRICS summit" in 2024).
 */
export const summitNumbering: Record<string, number> = { SCO: 2000, BRICS: 2008, APEC: 1992, EEF: 2014, G20: 2005 };

/**
 * Organizations a sentence names in words no alias list can hold: "a forum on China's Belt and
 * Road Initiative", "the One Belt, One Road international forum", "the forum of “One belt and one
 * road”". Read only where the sentence names no other organization.
 */
export const organizationWords: Readonly<Record<string, RegExp>> = {
  BRF: /^(?=.*\bforum\b)(?=.*\b(?:Belt and Road|One Belt,? One Road|One Belt and One (?:Road|Way))\b)/is,
};

/**
 * Organizations whose every edition the two leaders attended together, by year: "the third Belt
 * and Road Forum" was in 2023.
 */
export const summitEditions: Record<string, readonly number[]> = { BRF: [2017, 2019, 2023] };

/** Ordinal words, first = 1. */
export const ordinalWords: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** Other names of the registry's cities. */
export const cityAliases: Record<string, readonly string[]> = {
  Astana: ['Nur-Sultan', 'Nursultan', 'Kazakh capital'],
  'St Petersburg': ['St. Petersburg', 'Saint Petersburg'],
  'Nusa Dua': ['Bali'],
  Benaulim: ['Goa'],
  'Da Nang': ['Danang'],
  Qingdao: ['Tsingtao'],
  Dushanbe: ['Tajik capital'],
  Bishkek: ['Kyrgyz capital'],
  Tashkent: ['Uzbek capital'],
  Lima: ['Peruvian capital'],
  'Buenos Aires': ['Argentine capital'],
  // Seats of power stand for their city when the text places the meeting in them ("talks in the Kremlin"),
  // and so does a capital named by its country ("met in the Chinese capital").
  Moscow: ['Kremlin', 'Russian capital'],
  Beijing: ['Great Hall of the People', 'Diaoyutai State Guesthouse', 'Zhongnanhai', 'Chinese capital'],
};

/** Phrases that name a kind of contact. */
export const kindPhrases: Record<Exclude<SummitKind, 'multilateral-sideline' | 'other'>, readonly string[]> = {
  'state-visit': ['state visit', 'official visit'],
  'bilateral-visit': [],
  'video-call': [
    'video conference',
    'videoconference',
    'video call',
    'video link',
    'video-link',
    'virtual meeting',
    'virtual talks',
    'online talks',
    'virtual summit',
    'teleconference',
    'video-conference',
    'video conferencing',
    'videoconferencing',
    'videolink',
    'via video',
    'online meeting',
    'virtual format',
    'video meeting',
    'video summit',
    'video talks',
    'video conversation',
    'video chat',
    'video hookup',
    'online summit',
    'online conversation',
    'virtual conversation',
    'virtual call',
    'online ceremony',
    'virtual ceremony',
  ],
  'phone-call': [
    'phone call',
    'telephone call',
    'phone conversation',
    'telephone conversation',
    'telephone talks',
    'phone talks',
    'by phone',
    'by telephone',
    'over phone',
    'over the phone',
    'on the phone',
    'phoned',
    'telephoned',
    'phone conversations',
    'telephone conversations',
    'phone chat',
    'telephone exchange',
    'in a call',
    'during a call',
    'in their call',
    'during their call',
    'reported call',
  ],
};

/** Words that make a sentence about a meeting rather than about an organization in general. */
export const meetingWords =
  /\b(?:summit|meet|meets|met|meeting|meetings|talks|sidelines?|visit|visits|visited|visiting|trip|call|spoke|conversation|held|parade|negotiations)\b/i;

/** Words of taking part in a gathering. */
export const participationWords =
  /\b(?:attend|attends|attended|attending|take part|takes part|took part|taking part|participate|participates|participated|participating|participation|head to|heads to|headed to|heading to)\b/i;

/** Words of a joint ceremony by video link (the registry's kind `other`): a launch, not talks. */
export const ceremonyWords = /\b(?:ceremony|launch(?:es|ed|ing)?|inaugurat\w*|construction|pipeline|groundbreaking)\b/i;

/** Words that look back from the story's own news: "their previous meeting", "last met in May", "since". */
export const lookBackWords =
  /\b(?:previous|previously|last met|last visited|last (?:state |official )?visit|last got together|last held|last spoke|last talked|since|ago|had met|had held|back in)\b/i;

/** Words that place the thing a sentence names in the past, before the story's own news. */
export const backgroundWords = new RegExp(
  `${lookBackWords.source}|\\b(?:earlier|former|(?:the|that) same year|later that year)\\b`,
  'i',
);

/** Words that place the thing a sentence names in the future. */
export const futureWords =
  /\b(?:will|plans? to|planned|upcoming|next|is set to|are set to|to attend|ahead of|expected to|would|scheduled to|(?:is|are) due to|slated to|['’]ll)\b/i;

/** Words that place what a sentence names at the time of writing. */
export const recencyWords =
  /\b(?:last week|this week|today|yesterday|tonight|this morning|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/** English month names and abbreviations, January = 0. */
export const monthNames: Record<string, number> = {
  january: 0,
  jan: 0,
  february: 1,
  feb: 1,
  march: 2,
  mar: 2,
  april: 3,
  apr: 3,
  may: 4,
  june: 5,
  jun: 5,
  july: 6,
  jul: 6,
  august: 7,
  aug: 7,
  september: 8,
  sept: 8,
  sep: 8,
  october: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};

/** English weekday names, Sunday = 0 as in `Date#getUTCDay`. */
export const weekdayNames: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** The weekday a name stands for (Sunday = 0), whatever its case. */
export function weekdayNumber(name: string): number {
  return weekdayNames[name.toLowerCase()]!;
}

/** Names as a pattern's alternatives, capitalised as prose writes them: "may" in lower case is rarely May. */
function capitalisedAlternatives(names: Record<string, number>): string {
  return Object.keys(names)
    .map((name) => name.charAt(0).toUpperCase() + name.slice(1))
    .join('|');
}

/** The weekday names as a pattern's alternatives, capitalised as prose writes them. */
export const weekdayAlternatives = capitalisedAlternatives(weekdayNames);

/** The month names and abbreviations as a pattern's alternatives, capitalised. */
export const monthAlternatives = capitalisedAlternatives(monthNames);

/** A day of a month without a year: month January = 0, day 1–31. */
export interface MonthDay {
  month: number;
  day: number;
  /** The year printed with it ("June 15, 1953"), or null. */
  year: number | null;
  /** The weekday printed beside it ("Monday (May 20)", "May 20 (Monday)"; Sunday = 0), or null. */
  weekday: number | null;
  /** Where that weekday's name starts in the text. */
  weekdayAt: number | null;
  /** The words it was read from, and where they end in the text. */
  words: string;
  end: number;
}

const ordinalSuffix = '(?:st|nd|rd|th)?';
const rangeWord = '\\s*(?:-|–|to|and|through|until)\\s*';
const optionalYear = '(?:,?\\s+(\\d{4})\\b)?';
// "June 25", "March 20 to 22", "June 5 to June 7", "Sept. 15-16"; "25 June", "15-16 September";
// each with the year that may follow.
const monthFirst = new RegExp(
  `\\b(${monthAlternatives})\\.?\\s+(\\d{1,2})${ordinalSuffix}(?:${rangeWord}(?:(${monthAlternatives})\\.?\\s+)?(\\d{1,2})${ordinalSuffix})?\\b${optionalYear}`,
  'g',
);
const dayFirst = new RegExp(
  `\\b(\\d{1,2})${ordinalSuffix}(?:${rangeWord}(\\d{1,2})${ordinalSuffix})?\\s+(?:of\\s+)?(${monthAlternatives})\\b${optionalYear}`,
  'g',
);
// "Monday (May 20)", "Monday, May 20", "on Monday 20 May"; "May 20 (Monday)".
const weekdayBefore = new RegExp(`\\b(${weekdayAlternatives}),?\\s*\\(?$`);
const weekdayAfter = new RegExp(`^,?\\s*\\((${weekdayAlternatives})\\)`);
/** A range longer than this is not one event's days ("from January 1 to March 31"). */
const longestRange = 10;

/** The days of a month a text names, each day of a range ("March 20 to 22") included. */
export function monthDaysIn(text: string): MonthDay[] {
  const days: MonthDay[] = [];
  const add = (month: number, first: number, last: number, match: RegExpExecArray, printedYear?: string) => {
    const lastDay = last > first && last - first <= longestRange ? last : first;
    const year = printedYear ? Number(printedYear) : null;
    const end = match.index + match[0].length;
    // A weekday beside a range ("Monday, March 20 to 22") is the first day's at most: it binds a single day only.
    const from = Math.max(0, match.index - 12);
    const before = lastDay === first ? weekdayBefore.exec(text.slice(from, match.index)) : null;
    const after = lastDay === first && !before ? weekdayAfter.exec(text.slice(end)) : null;
    const printed = before ?? after;
    const weekday = printed ? weekdayNumber(printed[1]!) : null;
    const weekdayAt = before ? from + before.index : after ? end + after[0].indexOf(after[1]!) : null;
    for (let day = first; day <= lastDay; day += 1)
      if (day >= 1 && day <= 31) days.push({ month, day, year, weekday, weekdayAt, words: match[0], end });
  };
  for (const match of text.matchAll(monthFirst)) {
    const month = monthNames[match[1]!.toLowerCase()]!;
    const otherMonth = match[3] ? monthNames[match[3].toLowerCase()]! : month;
    const first = Number(match[2]);
    if (match[4] && otherMonth !== month) {
      add(month, first, first, match, match[5]);
      add(otherMonth, Number(match[4]), Number(match[4]), match, match[5]);
    } else add(month, first, match[4] ? Number(match[4]) : first, match, match[5]);
  }
  for (const match of text.matchAll(dayFirst)) {
    const first = Number(match[1]);
    add(monthNames[match[3]!.toLowerCase()]!, first, match[2] ? Number(match[2]) : first, match, match[4]);
  }
  return days;
}
