import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, isoDay } from '../../../src/lib/site/format-date.ts';

describe('formatDay', () => {
  it('shows a content day as written, whatever the machine’s timezone', () => {
    // Content days are UTC midnights; a machine west of UTC would show the day before.
    expect(formatDay(new Date('2024-07-04'))).toBe('4 July 2024');
    expect(isoDay(new Date('2024-07-04'))).toBe('2024-07-04');
  });
});

describe('formatDayRange', () => {
  it.each([
    ['2024-07-03', '2024-07-03', '3 July 2024'],
    ['2025-05-08', '2025-05-09', '8–9 May 2025'],
    ['2025-08-31', '2025-09-01', '31 August – 1 September 2025'],
    ['2025-12-31', '2026-01-01', '31 December 2025 – 1 January 2026'],
  ])('shows %s to %s as "%s"', (start, end, expected) => {
    expect(formatDayRange(new Date(start), new Date(end))).toBe(expected);
  });
});
