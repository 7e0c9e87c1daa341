/**
 * Publication stamps the page itself prints: a leading `date YYYY-MM-DD` field, a dated
 * byline, or an agency dateline ("July 4 (UPI) --") that gives the day but not the year.
 */
import type { DatingMethod } from '../schema.ts';
import { utcDay } from '../utc-days.ts';
import { monthNames } from './vocabulary.ts';

/** A stamp with a full date. */
export interface FullStamp {
  date: Date;
  method: DatingMethod;
  evidence: string;
}

/** A dateline that gives month and day only; the year comes from the meeting. */
export interface DatelineStamp {
  month: number;
  day: number;
  evidence: string;
}

const metadataField = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/;
const agencies = 'UPI|AP|Reuters|Xinhua|AFP|TASS|Sputnik|ANI|IANS|PTI';
const months = Object.keys(monthNames).join('|');
const datelinePatterns = [
  // "July 4 (UPI) --", "BEIJING, Feb. 4 (Xinhua) --"
  new RegExp(`^(?:[A-Z][A-Za-z .'-]+,\\s*)?(${months})\\.?\\s+(\\d{1,2})\\s*\\((?:${agencies})\\)\\s*(?:--|—|–|-)`, 'im'),
  // "MOSCOW, December 30. /TASS/."
  new RegExp(`^[A-Z][A-Z .'-]+,\\s*(${months})\\.?\\s+(\\d{1,2})\\.?\\s*/(?:${agencies})/`, 'im'),
];

/** The page's own full-date stamp: a date field first, then a dated byline. */
export function findFullStamp(raw: string, bylineDate: string | null, bylineLine: string | null): FullStamp | null {
  const field = metadataField.exec(raw);
  if (field) return { date: parseDay(field[1]!, field[2]!, field[3]!), method: 'metadata', evidence: field[0].trim() };
  if (bylineDate) {
    const [year, month, day] = bylineDate.split('-');
    return { date: parseDay(year!, month!, day!), method: 'byline', evidence: bylineLine ?? bylineDate };
  }
  return null;
}

/** An agency dateline without a year. */
export function findDateline(raw: string): DatelineStamp | null {
  for (const pattern of datelinePatterns) {
    const match = pattern.exec(raw);
    if (match) {
      return { month: monthNames[match[1]!.toLowerCase()]!, day: Number(match[2]), evidence: match[0].trim() };
    }
  }
  return null;
}

function parseDay(year: string, month: string, day: string): Date {
  return utcDay(Number(year), Number(month) - 1, Number(day));
}
