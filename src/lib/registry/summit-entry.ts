/**
 * Turns a registry row into a summit entry: the row's facts as frontmatter and one to three
 * neutral sentences as the body. The entries are then editable content; this only seeds them.
 */
import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import type { SummitKind } from '../schema.ts';
import type { MeetingRow } from './parse-meetings.ts';

/** A summit entry ready to validate and write. */
export interface SummitEntry {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Who travelled, by host: the guest of a visit. */
const guestOf: Record<string, string> = { russia: 'Xi Jinping', china: 'Vladimir Putin' };

/** The opening sentence of a summit entry, by kind. */
const openingSentence: Record<SummitKind, (row: MeetingRow, when: string) => string> = {
  'state-visit': (row, when) =>
    `${guestOf[row.host] ?? 'One leader'} made a state visit to ${row.country}; the two leaders met in ${row.city} ${when}.`,
  'bilateral-visit': (row, when) =>
    `${guestOf[row.host] ?? 'One leader'} travelled to ${row.city}, ${row.country}, where the two leaders met ${when}.`,
  'multilateral-sideline': (row, when) => {
    const event = stripLeadingArticle(row.title);
    // "SCO summit in Astana" names the city already; "APEC leaders' meeting in Bali" names another place.
    const place = event.includes(row.city)
      ? `, ${row.country},`
      : / in /.test(event)
        ? ` (${row.city}, ${row.country})`
        : ` in ${row.city}, ${row.country},`;
    return `Vladimir Putin and Xi Jinping met at the ${event}${place} ${when}.`;
  },
  'video-call': (_row, when) => `Vladimir Putin and Xi Jinping held talks by video link ${when}.`,
  'phone-call': (_row, when) => `Vladimir Putin and Xi Jinping spoke by telephone ${when}.`,
  other: (row, when) => `Vladimir Putin and Xi Jinping took part together in a ${lowerFirst(row.title)} ${when}.`,
};

/** Builds the entry for one registry row. */
export function toSummitEntry(row: MeetingRow): SummitEntry {
  const start = new Date(row.start);
  const end = new Date(row.end);
  const hasPlace = row.city !== '';
  const frontmatter = {
    title: row.title,
    kind: row.kind,
    organization: row.organization || null,
    start,
    end,
    city: row.city || null,
    country: row.country || null,
    coordinates: hasPlace ? { latitude: Number(row.latitude), longitude: Number(row.longitude) } : null,
    host: row.host,
    verifiedUrl: row.verified_url,
    notes: row.notes,
  };
  const opening = openingSentence[row.kind as SummitKind]?.(row, describeDays(start, end));
  if (!opening) throw new Error(`meetings registry row ${row.id}: unknown kind "${row.kind}"`);
  const body = [opening, noteSentence(row.notes)].filter(Boolean).join(' ');
  return { id: row.id, frontmatter, body };
}

/** Registry days are UTC midnights, so they are formatted in UTC to stay the same day. */
const inUtc = { in: tz('UTC') };

/** "on 3 July 2024", or "on 8–9 May 2025" for a range. */
export function describeDays(start: Date, end: Date): string {
  const last = format(end, 'd MMMM yyyy', inUtc);
  if (start.getTime() === end.getTime()) return `on ${last}`;
  const sameMonth = format(start, 'MM yyyy', inUtc) === format(end, 'MM yyyy', inUtc);
  return `on ${format(start, sameMonth ? 'd' : 'd MMMM', inUtc)}–${last}`;
}

const monthNames: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};
const month = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const usDate = new RegExp(String.raw`\b${month} (\d{1,2})(?:–(?:${month} )?(\d{1,2}))?\b`, 'g');
const monthName = (written: string) => monthNames[written.slice(0, 3).toLowerCase()]!;

/**
 * The registry's dates in the site's style: "July 3–4" is "3–4 July", "Aug 31–Sept 1" is
 * "31 August – 1 September", "Sept 11" is "11 September".
 */
export function inSiteDateStyle(text: string): string {
  return text.replace(usDate, (_match, first: string, day: string, second: string | undefined, lastDay: string | undefined) => {
    if (!lastDay) return `${day} ${monthName(first)}`;
    if (second && monthName(second) !== monthName(first)) return `${day} ${monthName(first)} – ${lastDay} ${monthName(second)}`;
    return `${day}–${lastDay} ${monthName(first)}`;
  });
}

/** The registry's terse note as a sentence, its dates written as the site writes them. */
function noteSentence(notes: string): string {
  const text = inSiteDateStyle(notes.trim());
  if (text === '') return '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function stripLeadingArticle(text: string): string {
  return text.replace(/^(the|a|an) /i, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
