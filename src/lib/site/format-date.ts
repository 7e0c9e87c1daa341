/** Dates as readers see them, always in the site's timezone, never the build machine's. */
import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { site } from '../../site.config.ts';

// UTC needs no zone lookup per call, which at thousands of pages is a measurable cost.
const inSiteZone = { in: site.timezone === 'UTC' ? utc : tz(site.timezone) };

/**
 * Formats with one pattern, each moment once per build: listings show the same days on page
 * after page, and formatting them anew was 1.3 s of a 10,000-article build.
 */
function formatter(pattern: string): (date: Date) => string {
  const formatted = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = formatted.get(time);
    if (text === undefined) {
      text = format(date, pattern, inSiteZone);
      formatted.set(time, text);
    }
    return text;
  };
}

/** "3 July 2024". */
export const formatDay = formatter('d MMMM yyyy');

/** "3 Jul 2024", for dense lists. */
export const formatShortDay = formatter('d MMM yyyy');

/** "2024-07-03", for `<time datetime>` and feeds. */
export const isoDay = formatter('yyyy-MM-dd');

/** "July 2024". */
export const formatMonth = formatter('MMMM yyyy');

/** "2024-07", which sorts in time order. */
export const isoMonth = formatter('yyyy-MM');

const yearText = formatter('yyyy');
const dayOfMonth = formatter('d');
const dayAndMonth = formatter('d MMMM');

/** The year a date falls in, in the site's timezone. */
export function yearOf(date: Date): number {
  return Number(yearText(date));
}

/** "3 July 2024", "8–9 May 2025", "31 August – 1 September 2025" or across years in full. */
export function formatDayRange(start: Date, end: Date): string {
  if (isoDay(start) === isoDay(end)) return formatDay(start);
  if (isoMonth(start) === isoMonth(end)) return `${dayOfMonth(start)}–${formatDay(end)}`;
  if (yearOf(start) === yearOf(end)) return `${dayAndMonth(start)} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}
