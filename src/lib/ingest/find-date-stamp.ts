/**
 * Every date the page itself prints about its publication, as candidates with their evidence:
 * a leading `date` field, a dated byline, "Published"/"Updated" labels, a stamp line
 * ("May 8, 2025 / 9:14 AM"), an agency dateline (with or without a year), the page's address,
 * and a crawl stamp ("2 days ago") when the editor knows the capture date. Prose dates in the
 * body are events, not publication, and are not read here.
 */
import type { DatingMethod } from '../schema.ts';
import { addDays, differenceInCalendarDays, isoDayOf, utcDay } from '../utc-days.ts';
import { blockRules } from './clean-rules.ts';
import { dateRank } from './inference-weights.ts';
import { parseFullDay, parseFullDays, type ParsedDay } from './parse-day.ts';
import { escapeForPattern } from './phrase-pattern.ts';
import { monthAlternatives, monthNames } from './vocabulary.ts';

/** A full publication date the page gives. */
export interface DateCandidate {
  date: Date;
  method: DatingMethod;
  evidence: string;
  /** Strength of the kind of evidence; the stronger candidate wins. */
  rank: number;
  /** A trusted candidate stands even when no meeting fits it; the others may be widget or render dates. */
  trusted: boolean;
  /** True for dates worked out from a relative phrase. */
  estimated: boolean;
}

/** A dateline that gives month and day only; the year comes from the meeting. */
export interface DatelineStamp {
  month: number;
  day: number;
  evidence: string;
}

/** What the page says about its date. */
export interface DateClues {
  /** Full dates, strongest first. */
  candidates: DateCandidate[];
  dateline: DatelineStamp | null;
  /** A date field or an address folder that gives only year and month (January = 0). */
  month: { year: number; month: number; evidence: string } | null;
}

/** Facts from outside the text that date it. */
export interface DateHints {
  url?: string | undefined;
  /** When the page was saved: anchors "2 days ago", and nothing can be published after it. */
  capturedAt?: Date | undefined;
  bylineDate?: string | null;
  bylineLine?: string | null;
  /** The publication date an HTML page's metadata states. */
  pagePublished?: { date: Date; evidence: string } | null;
  /** The publication date the site's feed gave the page. */
  feedPublished?: Date | undefined;
  /** Names agencies and outlets print in datelines ("(Reuters)", "/TASS/"), from the outlet entries. */
  agencies?: readonly string[];
}

// A page's stamp may stand below a long menu: forty lines down on a news theme with four menus.
const headLines = 40;
const tailLines = 4;
const maximumStampLength = 90;
/** How much of a line's end a closing stamp may take ("24.04.2017 12:59", "May 8, 2025 9:14 AM"). */
const trailingStampLength = 28;
/** How far after its label a glued stamp's date may run ("22 Mar 2023, 08:06 AM IST", "12:50 Greenwich Mean Time 21 March 2023"). */
const gluedDateLength = 40;
const metadataField = /^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b/;
const labels: readonly { pattern: RegExp; rank: number; trusted: boolean }[] = [
  {
    // Glued to the headline before it on some pages ("…a red carpetpublished at 12:50 GMT 21 March 2023");
    // a page served as WordPress JSON labels it "date":.
    pattern: /(?:\b|(?<=[a-z]))(?:(?:published|posted|first published|release time|release date)\b(?: on| at)?\s*:?|date"?\s*:)/i,
    rank: dateRank.publishedLabel,
    trusted: true,
  },
  { pattern: /\b(?:updated|last updated|modified)\b(?: on)?:?/i, rank: dateRank.updatedLabel, trusted: false },
];
const months = Object.keys(monthNames).join('|');
const place = `(?:[A-Z][A-Za-z .'-]+,\\s*){0,2}`;
/** One or two places, joined by a slash ("New Delhi/Tianjin, "); not "On Tuesday, " or "In May, ". */
const bareDatelinePlace = `(?!(?:On|In|At|By|Last|This|Next|Since|From|Until|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?:[A-Z][A-Za-z.'-]*(?:[ /][A-Z][A-Za-z.'-]*){0,3},\\s*){1,2}`;

/** The dateline patterns for a list of agency names, built once per list. */
const agencyPatterns = new WeakMap<readonly string[], { marker: RegExp; credit: RegExp; datelines: RegExp[] }>();
const noAgencies: readonly string[] = [];

function patternsFor(names: readonly string[]) {
  const known = agencyPatterns.get(names);
  if (known) return known;
  const agencies = names.length > 0 ? names.map(escapeForPattern).join('|') : '(?!)';
  const built = {
    // "(Xinhua) 13:41, …", or "Xinhua) 13:41, …" where the page lost the opening bracket.
    marker: new RegExp(`(?:^|\\()(?:${agencies})\\)|\\|\\s*(?:${agencies})\\s*\\||/\\s*(?:${agencies})\\s*/`),
    // "MOSCOW (UrduPoint News / Sputnik - 08th May, 2020)": a credit in brackets that carries the date.
    credit: new RegExp(
      `^[A-Z][\\w .'-]*,?\\s*\\([^()\\n]*\\b(?:${agencies})\\b[^()\\n]*?(\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\.?,?\\s+\\d{4})\\)`,
      'm',
    ),
    datelines: [
      // "July 4 (UPI) --", "BEIJING, Feb. 4 (Xinhua) --", "SAMARKAND, Uzbekistan, Sept 15 (Reuters) -"
      new RegExp(`^${place}(${months})\\.?\\s+(\\d{1,2})\\s*\\((?:${agencies})\\)\\s*(?:--|—|–|-)`, 'im'),
      // "MOSCOW, December 30. /TASS/."
      new RegExp(`^${place}(${months})\\.?\\s+(\\d{1,2})\\.?\\s*/\\s*(?:${agencies})\\s*/`, 'im'),
      // "SAINT-PETERSBURG, June 21 AFP -"
      new RegExp(`^${place}(${months})\\.?\\s+(\\d{1,2})\\s+(?:${agencies})\\s*(?:--|—|–|-)`, 'im'),
      // "China News Agency, Beijing, June 5 (Reporter …)", "Xinhua News Agency, Beijing, December 31": a Chinese agency's
      // dateline in translation, the agency first.
      new RegExp(`^(?:${agencies}|China News Agency)(?: News Agency)?,\\s*${place}(${months})\\.?\\s+(\\d{1,2})\\b`, 'im'),
      // "New Delhi/Tianjin, Aug 31 Chinese President …", "New Delhi, Sep 4: The …": a wire copy with its agency taken out.
      new RegExp(
        `^(?:\\([A-Z][\\w .-]{1,20}\\)\\s*[–—-]\\s*)?${bareDatelinePlace}(${monthAlternatives})\\.?\\s+(\\d{1,2})(?:\\s*[:–—-])?\\s+(?=[A-Z][a-z]+\\s)`,
        'm',
      ),
    ],
  };
  agencyPatterns.set(names, built);
  return built;
}
const crawlAge = /^(?:[\w.-]+\.[a-z]{2,}\s+)?(\d+)\s+(day|week|month|year)s?\s+ago$/i;
/**
 * "Moscow, 24 October 2022 (TDI):", "Moscow/Beijing – 28 June 2021 (TDI) :", "Moscow, May 7, 2025 –
 * Chinese President …", "Shanghai (AFP) May 20, 2014 - China …": a place and a full date open a paragraph,
 * with a source in brackets before or after the date, or a dash.
 */
const placeDateline =
  /^[A-Z][\w .'/-]*?(?:,|\s[–—-]|\s\([A-Z][\w .&/-]{0,30}\))\s*(\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([A-Z][\w .&/-]{0,30}\)\s*[:—–-]|[—–-]\s+(?=[A-Z]))/m;
/** "(EnergyAsia, September 15 2014, Monday) — Tajikistan's President …": the outlet and the day, in brackets, open the story. */
const bracketedCredit = /^\([A-Z][\w .&'-]{1,40},\s*([^()\n]{6,40})\)\s*[—–-]/m;
/**
 * "20th March 2023 – (Moscow) Chinese President …": a full date and a dash open a paragraph. With
 * no place before it, it may be a related story's line too, so the meetings weigh it.
 */
const dateDashOpening =
  /^(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*[—–-]\s+(?=\(?[A-Z])/m;
// "/2024/10/22/", "-20241022.", and Reuters' "idUSBRE92L0KE20130322": a date that ends a path segment.
const urlDay = /(?:^|[/_-]|[A-Z])(20\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
// "/news/10-11-2014/…": a folder of its own, day and month in an order the address does not say.
const urlDayFirst = /\/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2]|1[3-9]|2\d|3[01])-(20\d\d)(?=\/|$)/;

// "/2013/03/xi-and-putin-talk…": a blog's or news site's folder for the month it posted in.
const urlMonth = /\/(20\d\d)\/(0[1-9]|1[0-2])\/(?![0-3]\d\/)/;

/** The month an address files the page under, when it gives no day. */
function addressMonth(url: string): DateClues['month'] {
  const found = urlMonth.exec(pathOf(url));
  return found ? { year: Number(found[1]), month: Number(found[2]) - 1, evidence: url } : null;
}

/**
 * The path that dates a page: an archive's copy ("megalodon.jp/ref/2026-0106-0459-45/https://…/2025/09/01/…",
 * "web.archive.org/web/20230321…/https://…") is dated by the address it copies, not the day it was saved.
 */
function pathOf(url: string): string {
  const copied = /\/(https?:\/\/.+)$/.exec(new URL(url).pathname);
  return copied && URL.canParse(copied[1]!) ? new URL(copied[1]!).pathname : new URL(url).pathname;
}

/** The days an address gives: one, or both readings of "10-11-2014", neither trusted: the meetings decide. */
function addressDays(url: string): DateCandidate[] {
  const path = pathOf(url);
  const yearFirst = urlDay.exec(path);
  if (yearFirst) return [full(utcDay(+yearFirst[1]!, +yearFirst[2]! - 1, +yearFirst[3]!), 'url', url, dateRank.address, false)];
  const found = urlDayFirst.exec(path);
  if (!found) return [];
  const [first, second, year] = [Number(found[1]), Number(found[2]), Number(found[3])];
  const readings = [
    ...(second <= 12 ? [utcDay(year, second - 1, first)] : []),
    ...(first <= 12 && first !== second ? [utcDay(year, first - 1, second)] : []),
  ];
  // "31-04-2014" names no day in April.
  const days = readings.filter((date) => date.getUTCDate() === first || date.getUTCDate() === second);
  const rank = days.length > 1 ? dateRank.addressEitherWay : dateRank.address;
  return days.map((date) => full(date, 'url', url, rank, false));
}
// Stamp lines hold a date and little else: a time, a zone, a weekday, separators, the time of an
// update ("Mar 20, 2023, 3:14 AM | Updated: 9:50 am").
const stampFiller =
  /\b(?:on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|ist|edt|est|bst|cet|cest|msk|et|pt|hrs|by|updated|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}:\d{2}|[/|,:.()\s-]/gi;
/** The page's age beside its stamp: Reuters' "July 4, 2017 / 1:34 PM / in a month", "… / 2 years ago". */
const stampAge = /\/\s*(?:updated\s+)?(?:in\s+)?(?:a|an|\d+)\s+(?:minute|hour|day|week|month|year)s?(?:\s+ago)?\s*$/i;
/**
 * "Source: News Bharati" before a stamp, "source: Xinhua News Agency" after it, and a source's
 * name set before it with a dash: "russia today - 1/22/2025 12:52:03 AM - GMT (+4 )".
 */
const sourceCredit = /^\s*source\s*:\s*[^\d]*|\s+source\s*:.*$|^\s*[\p{L}][\p{L} .'&]{1,30}\s+[-–—|]\s+(?=\d)/iu;
const chrome = blockRules.filter((rule) => ['photo-caption', 'embedded-tweet'].includes(rule.kind));

/** Collects the page's publication dates. */
export function findDateClues(raw: string, hints: DateHints): DateClues {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stampLines = [...lines.slice(0, headLines), ...lines.slice(Math.max(headLines, lines.length - tailLines))];
  const candidates: DateCandidate[] = [];
  let month: DateClues['month'] = null;

  if (hints.pagePublished)
    candidates.push(full(hints.pagePublished.date, 'metadata', hints.pagePublished.evidence, dateRank.pageMetadata, true));
  if (hints.feedPublished) candidates.push(full(hints.feedPublished, 'feed', isoDayOf(hints.feedPublished), dateRank.feed, true));
  const field = metadataField.exec(raw);
  if (field?.[3])
    candidates.push(full(utcDay(+field[1]!, +field[2]! - 1, +field[3]), 'metadata', field[0].trim(), dateRank.pageField, true));
  else if (field) month = { year: Number(field[1]), month: Number(field[2]) - 1, evidence: field[0].trim() };
  if (hints.bylineDate) {
    const [year, monthOf, day] = hints.bylineDate.split('-').map(Number);
    candidates.push(
      full(utcDay(year!, monthOf! - 1, day!), 'byline', hints.bylineLine ?? hints.bylineDate, dateRank.byline, true),
    );
  }
  const agencies = patternsFor(hints.agencies ?? noAgencies);
  for (const line of stampLines) {
    if (metadataField.test(line) || chrome.some((rule) => rule.pattern.test(line))) continue;
    // A long line is prose, unless a label marks a stamp glued into it ("…summit3 min read . Updated: 22 Mar 2023").
    if (line.length > maximumStampLength) candidates.push(...readGluedStamp(line));
    else candidates.push(...readStampLine(line, hints.capturedAt, agencies.marker));
  }
  const credit = agencies.credit.exec(raw);
  const creditDay = credit ? parseFullDay(credit[1]!) : null;
  if (credit && creditDay) candidates.push(full(creditDay.date, 'dateline', credit[0], dateRank.agencyStamp, true));
  const placed = placeDateline.exec(raw);
  const placedDay = placed ? parseFullDay(placed[1]!) : null;
  if (placed && placedDay) candidates.push(full(placedDay.date, 'dateline', placed[0], dateRank.agencyStamp, true));
  const bracketed = bracketedCredit.exec(raw);
  const bracketedDay = bracketed ? parseFullDay(bracketed[1]!) : null;
  if (bracketed && bracketedDay) candidates.push(full(bracketedDay.date, 'dateline', bracketed[0], dateRank.agencyStamp, true));
  const opening = placed ? null : dateDashOpening.exec(raw);
  const openingDay = opening ? parseFullDay(opening[1]!) : null;
  if (opening && openingDay) candidates.push(full(openingDay.date, 'dateline', opening[0], dateRank.agencyStamp, false));
  if (hints.url) candidates.push(...addressDays(hints.url));
  if (hints.url && !month) month = addressMonth(hints.url);

  const dateline = findDateline(raw, hints.agencies ?? noAgencies);
  // A page field of the year and month ("date 2024-02") gives "BEIJING, Feb. 8 (Xinhua)" its year.
  if (dateline && month?.month === dateline.month) {
    const evidence = `${dateline.evidence}, in ${month.evidence}`;
    const filed = utcDay(month.year, dateline.month, dateline.day);
    // A copy posted a day or two after the agency filed it is dated by its address: the 0709 in
    // en.people.cn/n3/2020/0709/… under "BEIJING, July 8 (Xinhua)".
    const posted = candidates.some(
      (candidate) => candidate.method === 'url' && [1, 2].includes(differenceInCalendarDays(candidate.date, filed)),
    );
    if (!posted) candidates.push(full(filed, 'dateline', evidence, dateRank.agencyStamp, true));
  }
  const possible = withoutTimeline(candidates).filter((candidate) => !hints.capturedAt || candidate.date <= hints.capturedAt);
  // Between equals, a stamp the page labels outright beats one glued into a line of other words.
  const strongestFirst = (a: DateCandidate, b: DateCandidate) => b.rank - a.rank || Number(b.trusted) - Number(a.trusted);
  return { candidates: possible.sort(strongestFirst), dateline, month };
}

/** Bare date lines for this many different days are a timeline or a list of other stories, not a stamp. */
const timelineDays = 3;

function withoutTimeline(candidates: DateCandidate[]): DateCandidate[] {
  const bare = (candidate: DateCandidate) => candidate.rank === dateRank.bareStamp && !candidate.trusted;
  const days = new Set(candidates.filter(bare).map((candidate) => candidate.date.getTime()));
  return days.size >= timelineDays ? candidates.filter((candidate) => !bare(candidate)) : candidates;
}

/**
 * A line that is a publication stamp: labelled, an agency dateline with a date, bare, or a crawl
 * age. A date that reads two ways gives both, neither trusted: the meetings decide.
 */
function readStampLine(printed: string, capturedAt: Date | undefined, agencyMarker: RegExp): DateCandidate[] {
  // Pages glue a label to the date ("English29 Jul 2016") or set a source beside it.
  // …and set dashes between a date's parts: "Sat 23 - January 2016 - 09:46".
  const line = printed
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/\s+,/g, ',')
    .replace(/\b(\d{1,2})\s+-\s+([A-Z][a-z]+)\s+(\d{4})\b/, '$1 $2 $3');
  const stamps = (readings: ParsedDay[], method: DatingMethod, rank: number, trusted: boolean) =>
    readings.map((reading) => full(reading.date, method, printed, rank, trusted && readings.length === 1));
  for (const label of labels) {
    const at = line.search(label.pattern);
    if (at < 0) continue;
    const readings = parseFullDays(line.slice(at));
    if (readings.length > 0) return stamps(readings, 'metadata', label.rank, label.trusted);
  }
  const readings = parseFullDays(line);
  const [parsed] = readings;
  if (parsed && agencyMarker.test(line)) return stamps(readings, 'dateline', dateRank.agencyStamp, true);
  const withoutSource = line.replace(sourceCredit, ' ').replace(stampAge, ' ');
  if (parsed && withoutSource.replace(parsed.text, '').replace(stampFiller, '').length <= 3)
    return stamps(readings, 'metadata', dateRank.bareStamp, false);
  const trailing = trailingStamp(line);
  if (trailing.length > 0) return stamps(trailing, 'metadata', dateRank.bareStamp, false);
  // "2023-03-21 08:28:33Kosova&Bota": a date and a time open the line, the site's words glued after.
  const leading = leadingStamp.exec(line);
  const leadingDay = leading ? parseFullDay(leading[1]!) : null;
  if (leadingDay) return stamps([leadingDay], 'metadata', dateRank.bareStamp, false);
  const age = crawlAge.exec(line);
  if (age && capturedAt) {
    const days = Number(age[1]) * ({ day: 1, week: 7, month: 30, year: 365 }[age[2]!.toLowerCase()] ?? 1);
    return [
      {
        ...full(addDays(capturedAt, -days), 'relative', `“${line}”, saved on ${isoDayOf(capturedAt)}`, dateRank.crawlAge, false),
        estimated: true,
      },
    ];
  }
  return [];
}

const leadingStamp = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?(?![\d-])/;

/** A stamp closing a line of other words: "… a landmark event for Eurasia 24.04.2017 12:59". */
function trailingStamp(line: string): ParsedDay[] {
  const tail = line.slice(-trailingStampLength);
  return parseFullDays(tail).filter((reading) => {
    const after = tail.slice(tail.lastIndexOf(reading.text) + reading.text.length);
    return after.replace(stampFiller, '').length === 0;
  });
}

/** A labelled stamp inside a long line: the date must follow its label. */
function readGluedStamp(line: string): DateCandidate[] {
  for (const label of labels) {
    const found = label.pattern.exec(line);
    if (!found) continue;
    const after = line.slice(found.index, found.index + found[0].length + gluedDateLength);
    const readings = parseFullDays(after);
    const evidence = after.trim();
    // Not trusted: glued into prose, it is weighed with the meetings like any weaker stamp.
    return readings.map((reading) => full(reading.date, 'metadata', evidence, label.rank, false));
  }
  return [];
}

/** An agency dateline without a year; `agencies` are the names datelines credit. */
export function findDateline(raw: string, agencies: readonly string[]): DatelineStamp | null {
  for (const pattern of patternsFor(agencies).datelines) {
    const match = pattern.exec(raw);
    if (match) return { month: monthNames[match[1]!.toLowerCase()]!, day: Number(match[2]), evidence: match[0].trim() };
  }
  return null;
}

function full(date: Date, method: DatingMethod, evidence: string, rank: number, trusted: boolean): DateCandidate {
  return { date, method, evidence, rank, trusted, estimated: false };
}
