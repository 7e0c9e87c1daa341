/** Dates as readers see them, always in the site's timezone, never the build machine's. */
import { tz } from '@date-fns/tz';
import { utc } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { site } from '../../site.config.ts';

// UTC needs no zone lookup per call, which at thousands of pages is a measurable cost.
const inSiteZone = { in: site.timezone === 'UTC' ? utc : tz(site.timezone) };

/** "3 July 2024". */
export function formatDay(date: Date): string {
  return format(date, 'd MMMM yyyy', inSiteZone);
}

/** "3 Jul 2024", for dense lists. */
export function formatShortDay(date: Date): string {
  return format(date, 'd MMM yyyy', inSiteZone);
}

/** "2024-07-03", for `<time datetime>` and feeds. */
export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd', inSiteZone);
}

/** The year a date falls in, in the site's timezone. */
export function yearOf(date: Date): number {
  return Number(format(date, 'yyyy', inSiteZone));
}

/** "3 July 2024", "8–9 May 2025", "31 August – 1 September 2025" or across years in full. */
export function formatDayRange(start: Date, end: Date): string {
  if (isoDay(start) === isoDay(end)) return formatDay(start);
  if (format(start, 'yyyy-MM', inSiteZone) === format(end, 'yyyy-MM', inSiteZone)) {
    return `${format(start, 'd', inSiteZone)}–${formatDay(end)}`;
  }
  if (yearOf(start) === yearOf(end)) return `${format(start, 'd MMMM', inSiteZone)} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}
