/**
 * Clues to when an undated text was written: the years it names, anniversaries it counts
 * ("80 years since the end of World War II" is 2025; "a 20-year-old friendship treaty" is 2021), and events it speaks of as under way
 * ("the war in Ukraine" is after 24 February 2022).
 */
import { utcDay } from '../utc-days.ts';
import { splitSentences } from './sentences.ts';
import { lookBackWords } from './vocabulary.ts';

/** Years and a lower bound on the date. */
export interface EraClues {
  years: Set<number>;
  notBefore: Date | null;
  /**
   * The earliest day the text can have been written: the start of its era, or else the year before
   * the registry's first meeting ("date 2002-05-22" on a story about a 2021 ceremony is a site's error).
   */
  writtenFrom: Date | null;
}

const endOfWorldWarTwo = 1945;
/** China and the Soviet Union established diplomatic relations in October 1949. */
const diplomaticRelations = 1949;
// "the 75th anniversary of diplomatic relations", "70 years of diplomatic ties".
const ties =
  /\b(\d{2})(?:(?:st|nd|rd|th)? anniversary of (?:the )?(?:establishment of )?| years of )(?:China-Russia |Sino-Russian |bilateral )?diplomatic (?:relations|ties)\b/gi;
// "Victory Day's 80th anniversary", "the 80th Victory Day", "the 75th anniversary of Victory".
const victoryDay =
  /\bVictory(?: Day)?['’]s (\d{2})(?:st|nd|rd|th) anniversary|\b(\d{2})(?:st|nd|rd|th) (?:anniversary of )?Victory\b/gi;
const anniversary =
  /\b(\d{2,3})(?:st|nd|rd|th)? (?:anniversary of (?:the )?(?:(?:China|Russia|the Soviet Union)['’]s |Soviet )?(?:victory|end of (?:World War II|WWII|the Second World War)|defeat of Nazi Germany)|anniversary of Nazi Germany['’]s defeat|years since the (?:end of (?:World War II|the Second World War)|defeat of Nazi Germany))/gi;
/** Russia and China signed their Treaty of Good-Neighbourliness and Friendly Cooperation in July 2001. */
const treatySigned = 2001;
// "the 20th anniversary of the signing of the Treaty of Good-Neighbourliness", "a 20-year-old
// friendship treaty", "two decades since the treaty was signed".
const treaty =
  /\b(\d{2})(?:st|nd|rd|th)? anniversary of (?:the )?(?:signing of (?:the )?)?(?:[\w-]+ ){0,3}Treaty of Good[- ]?Neighbou?rliness\b|\b(\d{2})-year-old (?:friendship )?treaty\b|\b(two) decades since the treaty\b/gi;
// "Xi Jinping celebrated his 69th birthday", "on Xi’s 66th birthday", "Putin, who celebrates his
// 61st birthday": the leader named last before the birthday is whose it is.
const birthday = /\b(\d{2})(?:st|nd|rd|th) birthday\b/gi;
const birthdays: readonly { pattern: RegExp; born?: Date }[] = [
  { pattern: /\bXi\b|\bChinese (?:president|leader)\b/gi, born: utcDay(1953, 5, 15) },
  { pattern: /\bPutin\b|\bRussian (?:president|leader)\b/gi, born: utcDay(1952, 9, 7) },
  // Another leader named after them is whose birthday it is ("greetings to Donald Trump on his 77th birthday").
  { pattern: /\b(?:Trump|Biden|Obama|Modi|Lukashenko|Kim Jong[- ]?Un|Erdo[gğ]an|Lula)\b/g },
];

/** The days a text names as one of the two leaders' birthdays: Xi turned 69 on 15 June 2022. */
export function birthdaysIn(text: string): Date[] {
  return [...text.matchAll(birthday)].flatMap((match) => {
    const before = text
      .slice(Math.max(0, match.index - 160), match.index)
      .split(/[.!?]\s/)
      .pop()!;
    const [nearest] = birthdays
      .map(({ pattern, born }) => ({ born, at: Math.max(-1, ...[...before.matchAll(pattern)].map((found) => found.index)) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => b.at - a.at);
    const born = nearest?.born;
    return born ? [utcDay(born.getUTCFullYear() + Number(match[1]), born.getUTCMonth(), born.getUTCDate())] : [];
  });
}

/** Events that mark an era: a text that speaks of one as under way was written after it began. */
export const eras: readonly { pattern: RegExp; since: Date }[] = [
  {
    pattern:
      /\b(?:war (?:in|against|on) Ukraine|Ukraine war|invasion of Ukraine|Ukraine invasion|Russia's invasion|invaded Ukraine|special military operation|conflict in Ukraine|Ukraine conflict|Ukrainian conflict)\b/i,
    since: utcDay(2022, 1, 24),
  },
  { pattern: /\b(?:COVID-19|COVID|coronavirus pandemic)\b/i, since: utcDay(2020, 0, 1) },
  // Russia first massed troops on Ukraine's border in March and April 2021.
  {
    pattern:
      /\b(?:troops?|military|forces) (?:build-?up|massing|massed) (?:around|near|on|along) (?:the )?(?:border (?:of|with) )?Ukrain/i,
    since: utcDay(2021, 2, 1),
  },
  // The International Criminal Court's warrant for Putin, 17 March 2023.
  {
    pattern:
      /\b(?:ICC|International Criminal Court)\b[^.]{0,80}\b(?:warrant|charged|indicted|accused (?:Putin|the Russian (?:president|leader)))\b|\barrest warrant\b[^.]{0,40}\bPutin\b/i,
    since: utcDay(2023, 2, 17),
  },
  // Xi's third term as party leader began on 23 October 2022; Putin's third began in 2012.
  { pattern: /\bXi(?: Jinping)?['’]s (?:\w+ ){0,2}third (?:five-year )?term\b/i, since: utcDay(2022, 9, 23) },
  { pattern: /\bPutin['’]s (?:\w+ ){0,2}fifth (?:six-year )?term\b/i, since: utcDay(2024, 4, 7) },
  // A sitting or former president: "Vice President Biden" and candidate Trump came earlier.
  { pattern: /(?<!Vice )\bPresident (?:Joe )?Biden\b|\bBiden administration\b/, since: utcDay(2021, 0, 20) },
  { pattern: /(?<!Vice )\bPresident (?:Donald )?Trump\b|\bTrump administration\b/, since: utcDay(2017, 0, 20) },
  { pattern: /\bPresident (?:Volodymyr )?Zelensky[iy]?\b/, since: utcDay(2019, 4, 20) },
  { pattern: /\b(?:annexation of Crimea|annexed Crimea|Crimea annexation)\b/i, since: utcDay(2014, 2, 18) },
  // The "no limits" partnership was declared in Beijing on 4 February 2022.
  {
    pattern: /[“"'‘]no[- ]limits?[”"'’]|\bno[- ]limits? (?:partnership|friendship|relationship)\b|\bhas no limits\b/i,
    since: utcDay(2022, 1, 4),
  },
  // China published its position paper on a political settlement in Ukraine on 24 February 2023.
  {
    pattern:
      /\[?\b(?:Beijing|China)['’]s\]? (?:\w+ ){0,2}peace\]? (?:plan|proposal|initiative|blueprint)\b|\b12-point (?:peace )?(?:plan|proposal)\b/i,
    since: utcDay(2023, 1, 24),
  },
  // Xi proposed the Silk Road Economic Belt in Astana on 7 September 2013.
  { pattern: /\b(?:Belt and Road|One Belt,? One Road|Silk Road Economic Belt)\b/i, since: utcDay(2013, 8, 7) },
  { pattern: /\bWagner (?:mutiny|rebellion|revolt)|\bPrigozhin['’]s (?:mutiny|rebellion|revolt)/i, since: utcDay(2023, 5, 24) },
  { pattern: /\bIsrael-Hamas war\b|\bHamas['’]s? (?:October 7 )?attack\b/i, since: utcDay(2023, 9, 7) },
  { pattern: /\bXi(?: Jinping)?['’]s (?:\w+ ){0,2}second (?:five-year )?term\b/i, since: utcDay(2017, 9, 25) },
  { pattern: /\bPutin['’]s (?:\w+ ){0,2}fourth (?:six-year )?term\b/i, since: utcDay(2018, 4, 7) },
  // Xi was first re-elected party leader on 25 October 2017.
  {
    pattern:
      /\bXi(?: Jinping)?['’]s re-?election\b|\bre-?election of (?:President )?Xi\b|\bXi(?: Jinping)?(?:,[^,.]{0,60},)? (?:was |had been |being )?re-?elected\b|\bre-?elect(?:ion|ed) as (?:the )?(?:Chinese|China['’]s) president\b/i,
    since: utcDay(2017, 9, 25),
  },
  // Officeholders named by their office: in office from that day ("former President Lula" is history).
  ...officeholders([
    ['(?:Prime Minister |Premier )?(?:Mikhail )?Mishustin', utcDay(2020, 0, 16)],
    ['Premier Li Qiang', utcDay(2023, 2, 11)],
    ['Foreign Minister Qin Gang', utcDay(2022, 11, 30)],
    ['Defen[cs]e Minister Andrei Belousov', utcDay(2024, 4, 14)],
    ['Secretary of State (?:Antony )?Blinken', utcDay(2021, 0, 26)],
    ['Secretary of State (?:Marco )?Rubio', utcDay(2025, 0, 21)],
    ['President (?:Masoud )?Pezeshkian', utcDay(2024, 6, 28)],
    ['President (?:Kassym-Jomart )?Tokayev', utcDay(2019, 2, 20)],
    ['President (?:Shavkat )?Mirziyoyev', utcDay(2016, 8, 8)],
    ['President (?:Recep Tayyip )?Erdo[gğ]an', utcDay(2014, 7, 28)],
    ['President (?:Joko Widodo|Jokowi)', utcDay(2014, 9, 20)],
    ['President (?:Cyril )?Ramaphosa', utcDay(2018, 1, 15)],
    ['President (?:Luiz Inácio )?Lula(?: da Silva)?', utcDay(2023, 0, 1)],
    ['President (?:Emmanuel )?Macron', utcDay(2017, 4, 14)],
    ['Chancellor (?:Olaf )?Scholz', utcDay(2021, 11, 8)],
  ]),
];

function officeholders(rows: readonly [string, Date][]): { pattern: RegExp; since: Date }[] {
  return rows.map(([name, since]) => ({ pattern: new RegExp(`(?<!\\b(?:[Ff]ormer|[Ee]x-) (?:\\w+ )?)\\b${name}\\b`), since }));
}

/** Reads the era clues of a text; `meetings` bound the years that can date it. */
export function findEraClues(text: string, meetings: readonly { end: Date }[] = []): EraClues {
  // A year named in a look back ("Putin last visited Beijing in February 2022") is not the story's;
  // one said "earlier this month" is, so look-back words are narrower than background ones.
  const present = splitSentences(text.replace(/\n+/g, '\n\n'))
    .filter((sentence) => !lookBackWords.test(sentence))
    .join('\n');
  const years = new Set([...present.matchAll(/\b(20[0-4]\d)\b/g)].map((match) => Number(match[1])));
  for (const match of text.matchAll(anniversary)) years.add(endOfWorldWarTwo + Number(match[1]));
  for (const match of text.matchAll(victoryDay)) years.add(endOfWorldWarTwo + Number(match[1] ?? match[2]));
  for (const match of text.matchAll(ties)) years.add(diplomaticRelations + Number(match[1]));
  for (const day of birthdaysIn(text)) years.add(day.getUTCFullYear());
  for (const match of text.matchAll(treaty)) years.add(treatySigned + (match[3] ? 20 : Number(match[1] ?? match[2])));
  // "Trade of $300 billion by 2030" names a goal, not the time of writing: a year after the
  // registry's last meeting cannot date an article about one of them.
  const lastYear = Math.max(...meetings.map((meeting) => meeting.end.getUTCFullYear()));
  for (const year of years) if (meetings.length > 0 && year > lastYear + 1) years.delete(year);
  const bounds = eras.filter((era) => era.pattern.test(text)).map((era) => era.since.getTime());
  const notBefore = bounds.length > 0 ? new Date(Math.max(...bounds)) : null;
  // "The 2001 treaty" in a text that speaks of the war in Ukraine is history, not the time of writing;
  // so is a year before the registry's first meeting.
  const firstYear = Math.min(...meetings.map((meeting) => meeting.end.getUTCFullYear()));
  for (const year of years)
    if ((notBefore && year < notBefore.getUTCFullYear()) || (meetings.length > 0 && year < firstYear - 1)) years.delete(year);
  const writtenFrom = notBefore ?? (meetings.length > 0 ? utcDay(firstYear - 1, 0, 1) : null);
  return { years, notBefore, writtenFrom };
}
