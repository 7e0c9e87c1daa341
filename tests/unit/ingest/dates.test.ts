import { describe, expect, it } from 'vitest';
import { isCalendarDay, restoreImpossibleDays } from '../../../src/lib/calendar-dates.ts';
import { findDateline, findFullStamp } from '../../../src/lib/ingest/find-date-stamp.ts';
import { resolveRelativeDate } from '../../../src/lib/ingest/resolve-relative-date.ts';
import type { Sentence } from '../../../src/lib/ingest/sentences.ts';
import { meeting } from '../../support/seeds.ts';

const iso = (date: Date | undefined | null) => date?.toISOString().slice(0, 10);
const body = (text: string): Sentence => ({ text, placement: 'body' });

describe('findFullStamp', () => {
  it('reads a leading "date YYYY-MM-DD" field as page metadata', () => {
    const stamp = findFullStamp(' date 2024-07-04 icon bookmark\nTitle', null, null);
    expect(stamp).toMatchObject({ method: 'metadata', evidence: 'date 2024-07-04' });
    expect(iso(stamp?.date)).toBe('2024-07-04');
  });

  it('falls back to the date printed in the byline', () => {
    const stamp = findFullStamp('Title\nBy someone // 2024-07-10', '2024-07-10', 'By someone // 2024-07-10');
    expect(stamp).toMatchObject({ method: 'byline', evidence: 'By someone // 2024-07-10' });
  });

  it('finds nothing in a text without a stamp', () => {
    expect(findFullStamp('Putin and Xi met in 2024 in Astana.', null, null)).toBeNull();
  });
});

describe('findDateline', () => {
  it.each([
    ['July 4 (UPI) -- President Putin met…', 6, 4],
    ['BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi…', 1, 4],
    ['MOSCOW, December 30. /TASS/. Russian President…', 11, 30],
  ])('reads the month and day of "%s"', (text, month, day) => {
    expect(findDateline(text)).toMatchObject({ month, day });
  });

  it('ignores a month and day inside prose', () => {
    expect(findDateline('The leaders met on July 4 in Astana.')).toBeNull();
  });
});

describe('resolveRelativeDate', () => {
  const samarkand = meeting('2022-09-sco-samarkand');
  const videoCall = meeting('2021-12-video-call');

  it('takes "on Wednesday" in the sentence naming a Wednesday meeting as the meeting day', () => {
    const subject = body('Mr Putin told Mr Shai during a video conference on Wednesday that…');
    expect(iso(resolveRelativeDate(videoCall, subject, [subject])?.date)).toBe('2021-12-15');
  });

  it('puts "on Sunday" after a meeting held "last week" on the next Sunday', () => {
    const subject = body('Putin met Xi at the SCO summit held in Samarkand last week.');
    const said = body('Peskov said on Sunday that…');
    const result = resolveRelativeDate(samarkand, subject, [said, subject]);
    expect(iso(result?.date)).toBe('2022-09-18');
    expect(result?.evidence).toContain('“on Sunday”');
  });

  it('reads "yesterday" as the day after the meeting', () => {
    const subject = body('Putin and Xi met in Samarkand yesterday.');
    expect(iso(resolveRelativeDate(samarkand, subject, [subject])?.date)).toBe('2022-09-16');
  });

  it('does not take a weekday that is not the meeting day as the meeting day', () => {
    const subject = body('Putin and Xi met in Samarkand on Monday.');
    expect(resolveRelativeDate(samarkand, subject, [subject])).toBeNull();
  });

  it('gives no date when the text has no relative phrase to anchor', () => {
    const subject = body('Putin and Xi met in Samarkand.');
    expect(resolveRelativeDate(samarkand, subject, [subject])).toBeNull();
  });
});

describe('impossible days', () => {
  it.each([
    ['2024-07-04', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-45', false],
    ['July 4', false],
  ])('isCalendarDay(%s) is %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });

  it('puts back the written text of a day YAML rolled over, so the schema can reject it', () => {
    const file = '---\npublished: 2024-13-45\nstart: 2024-07-03\n---\nBody';
    const rolledOver = { published: new Date('2025-02-14'), start: new Date('2024-07-03') };
    expect(restoreImpossibleDays(file, rolledOver)).toEqual({ published: '2024-13-45', start: rolledOver.start });
  });
});
