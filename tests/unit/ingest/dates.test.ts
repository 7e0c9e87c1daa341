import { describe, expect, it } from 'vitest';
import { isCalendarDay, restoreImpossibleDays } from '../../../src/lib/calendar-dates.ts';
import { findDateClues, findDateline } from '../../../src/lib/ingest/find-date-stamp.ts';
import { resolveRelativeDate } from '../../../src/lib/ingest/resolve-relative-date.ts';
import type { Sentence } from '../../../src/lib/ingest/sentences.ts';
import { context, meeting } from '../../support/seeds.ts';

const iso = (date: Date | undefined | null) => date?.toISOString().slice(0, 10);
const body = (text: string): Sentence => ({ text, placement: 'body' });

describe('findDateClues', () => {
  const first = (raw: string, hints = {}) => findDateClues(raw, { agencies: context.agencyNames, ...hints }).candidates[0];
  const day = (raw: string, hints = {}) => first(raw, hints)?.date.toISOString().slice(0, 10);

  it('reads a leading "date YYYY-MM-DD" field as page metadata', () => {
    expect(first(' date 2024-07-04 icon bookmark\nTitle')).toMatchObject({
      method: 'metadata',
      evidence: 'date 2024-07-04',
      trusted: true,
    });
  });

  it('keeps a month-only date field as a month, not a day', () => {
    const clues = findDateClues('date 2021-12\nTitle', {});
    expect(clues.candidates).toEqual([]);
    expect(clues.month).toMatchObject({ year: 2021, month: 11 });
  });

  it('takes the month an address files the page under, when it gives no day', () => {
    const url = 'http://example.blogspot.com/2021/12/putin-and-xi-show-united-front.html';
    expect(findDateClues('Title\nText.', { url }).month).toMatchObject({ year: 2021, month: 11 });
    // "/2024/10/22/" is a day, read as a candidate; no month is left over.
    expect(findDateClues('Title\nText.', { url: 'https://example.com/2024/10/22/xi-putin' }).month).toBeNull();
  });

  it('falls back to the date printed in the byline', () => {
    expect(
      first('Title\nBy someone // 2024-07-10', { bylineDate: '2024-07-10', bylineLine: 'By someone // 2024-07-10' }),
    ).toMatchObject({ method: 'byline' });
  });

  it.each([
    ['Title\nMay 8, 2025 / 9:14 AM\nText.', '2025-05-08'],
    ['Title\nJuly 4, 2017 / 1:34 PM / in a month\nText.', '2017-07-04'],
    ['Title\nJuly 4, 2017 / 1:34 PM / 2 years ago\nText.', '2017-07-04'],
    ['russia today - 1/22/2025 12:52:03 AM - GMT (+4 )\nTitle\nText.', '2025-01-22'],
    ['Title\n18:50, February 04, 2022\nText.', '2022-02-04'],
    ['Title\n04 July,2024\nText.', '2024-07-04'],
    ['Title\n03.07.2024 21:40\nText.', '2024-07-03'],
    ['Title\n22-10-2024\nText.', '2024-10-22'],
    ['Title\nAugust 30, 2025 10:48 PM EDT\nText.', '2025-08-30'],
  ])('reads the stamp line in %j', (raw, expected) => {
    expect(day(raw)).toBe(expected);
  });

  it('takes a run of date lines for different days for a timeline, not a stamp', () => {
    const timeline = 'Xi has met Putin many times\nJune 8, 2017\nAstana\nJune 25, 2016\nBeijing\nMay 8, 2015\nMoscow\nText.';
    expect(first(timeline)).toBeUndefined();
    expect(day('Xi has met Putin many times\nJune 8, 2017\nAstana\nJune 25, 2016\nBeijing\nText.')).toBe('2017-06-08');
  });

  it('reads the outlet and day in brackets that open a story', () => {
    expect(first('Title\n(EnergyAsia, September 15 2014, Monday) — Xi was in Dushanbe last Saturday.')).toMatchObject({
      method: 'dateline',
      trusted: true,
    });
    expect(day('Title\n(EnergyAsia, September 15 2014, Monday) — Xi was in Dushanbe last Saturday.')).toBe('2014-09-15');
  });

  it('prefers a labelled stamp of its own line to an equally labelled one glued into other words', () => {
    const page =
      'Hostname: page-component-1 Total loading time: 0 Render date: 2025-04-24T16:13:31.301Z Has data issue: false\nTitle\nPublished online by Cambridge University Press:  14 March 2025\nText.';
    expect(day(page)).toBe('2025-03-14');
  });

  it('reads a live blog’s stamp glued to its headline, time zone spelled out', () => {
    const page =
      'Summary\n1. Orchestral national anthems and a red carpetpublished at 12:50 Greenwich Mean Time 21 March 2023\nHere is Xi arriving at the Kremlin.';
    expect(first(page)).toMatchObject({ method: 'metadata', date: new Date('2023-03-21') });
  });

  it('reads the date field of a page served as WordPress JSON', () => {
    const page =
      '{"id":12269,"date":"2025-01-22T11:38:31","guid":{"rendered":"https:\\/\\/example.com\\/?p=12269"},"title":"Xi and Putin hail ties"}';
    expect(day(page)).toBe('2025-01-22');
  });

  it('reads a stamp line that carries the time of a later update', () => {
    expect(first('Putin welcomes Xi to Kremlin\n\nMar 20, 2023, 3:14 AM | Updated: 9:50 am\n\nText.')).toMatchObject({
      date: new Date('2023-03-20'),
      estimated: false,
    });
  });

  it('prefers the first publication to a later update', () => {
    expect(day('Title\nUpdated: 22 Mar 2023, 08:06 AM IST\nPublished: 21 Mar 2023, 11:30 PM IST\nText.')).toBe('2023-03-21');
  });

  it('reads an agency dateline that carries a full date, choosing the reading its weekday fits', () => {
    expect(first('Title\nBeijing, China | AFP | Wednesday 9/3/2025\nText.')).toMatchObject({ method: 'dateline' });
    expect(day('Title\nBeijing, China | AFP | Wednesday 9/3/2025\nText.')).toBe('2025-09-03');
  });

  it('does not take the date of an embedded tweet or a photo caption for the article’s', () => {
    expect(first('Title\n— AFP News Agency (@AFP) September 2, 2025\nText.')).toBeUndefined();
    expect(first('Title\nPutin and Xi in Beijing on May 16, 2024. Photo: Reuters\nText.')).toBeUndefined();
  });

  it('reads a date in the address of the page', () => {
    expect(first('Text.', { url: 'https://example.com/world/2024/10/22/xi-putin/' })).toMatchObject({ method: 'url' });
  });

  it('dates an archive’s copy by the address it copies, not the day the archive saved it', () => {
    const archived = 'https://megalodon.jp/ref/2026-0106-0459-45/https://hongkongfp.com:443/2025/09/01/xi-and-putin-at-summit';
    expect(day('Text.', { url: archived })).toBe('2025-09-01');
    expect(day('Text.', { url: 'https://web.archive.org/web/20230321000000/https://example.com/2023/03/20/xi-in-moscow' })).toBe(
      '2023-03-20',
    );
  });

  it('resolves a crawl stamp against the capture date, and never without one', () => {
    const captured = { capturedAt: new Date('2024-07-06') };
    expect(day('Title\nupi.com 2 days ago\nText.', captured)).toBe('2024-07-04');
    expect(first('Title\nupi.com 2 days ago\nText.')).toBeUndefined();
  });

  it('finds the stamp below a long menu', () => {
    const menu = Array.from({ length: 4 }, () => 'News\nCanada\nBusiness\nPolitics\nScience\nWorld News').join('\n');
    expect(
      day(`${menu}\nThe Roots of a Friendship\nLast updated: February 5, 2026 6:48 am\nBy Jane Doe\n${'Text.\n'.repeat(6)}`),
    ).toBe('2026-02-05');
  });

  it('rejects a date after the page was saved', () => {
    expect(first('Sunday, November 22, 2026\nTitle', { capturedAt: new Date('2024-10-25') })).toBeUndefined();
  });

  it.each([
    ['Release time:May 17, 2024 06:10 AM', '2024-05-17'],
    ['Issue Courtesy: CLAWS | Date : 27 Sep , 2016', '2016-09-27'],
    ['2015-05-10 10:22:15 source:Xinhua News Agency', '2015-05-10'],
    ['Source: News Bharati English29 Jul 2016 13:51:49', '2016-07-29'],
    ['Beijing Forum - a landmark event for Eurasia 24.04.2017 12:59', '2017-04-24'],
    ['Sat 23 - January 2016 - 09:46', '2016-01-23'],
    ['2023-03-21 08:28:33Kosova&Bota SHKRUAR NGA REDAKSIA VOX', '2023-03-21'],
    ['Verified by 23 de octubre, 2024', '2024-10-23'],
    ['Mis à jour le 23 octobre 2024 à 10:15', '2024-10-23'],
  ])('reads the stamp line "%s"', (line, date) => {
    expect(day(`Title\n${line}\nText of the article.`)).toBe(date);
  });

  it('reads the date in a credit in brackets after the dateline', () => {
    const raw =
      'Title\n\nMOSCOW (UrduPoint News / Sputnik - 08th May, 2020) Chinese President Xi Jinping warmly congratulated Russian President Vladimir Putin on the anniversary.';
    expect(first(raw)).toMatchObject({ method: 'dateline', trusted: true });
    expect(day(raw)).toBe('2020-05-08');
  });

  it('reads a date that ends a path segment of the address, as Reuters writes it', () => {
    expect(day('Text.', { url: 'http://www.reuters.com/article/us-china-russia-idUSBRE92L0KE20130322' })).toBe('2013-03-22');
  });

  it('reads a dateline with a full date and a source in brackets it does not know ("Moscow, 24 October 2022 (TDI):")', () => {
    const raw =
      'Russian President sends message of greetings\n\nMoscow, 24 October 2022 (TDI): Vladimir Putin sent a message of greetings to Xi Jinping on 23rd October 2022.';
    expect(first(raw)).toMatchObject({ method: 'dateline', trusted: true });
    expect(day(raw)).toBe('2022-10-24');
    // A dash after the date instead of a source.
    expect(day('Xi in Moscow\n\nMoscow, May 7, 2025 – Chinese President Xi Jinping is set to begin a four-day visit.')).toBe(
      '2025-05-07',
    );
    // Two places joined by a slash, and a dash before the date.
    expect(day('Video meeting\n\nMoscow/Beijing – 28 June 2021 (TDI) :Putin had a video meeting with Xi on Monday.')).toBe(
      '2021-06-28',
    );
  });

  it('reads an agency stamp whose opening bracket the page lost, and an agency between the place and the date', () => {
    const lost = 'Putin says Russia abides by one-China principle\n\nXinhua) 13:41, February 09, 2024\n\nBEIJING -- Text.';
    expect(first(lost)).toMatchObject({ method: 'dateline', trusted: true });
    expect(day(lost)).toBe('2024-02-09');
    const between = 'Drills begin\nShanghai (AFP) May 20, 2014 - China and Russia started joint naval exercises on Tuesday.';
    expect(first(between)).toMatchObject({ method: 'dateline', trusted: true });
    expect(day(between)).toBe('2014-05-20');
  });

  it('weighs a full date and a dash opening a paragraph with no place, as a related story’s line may too', () => {
    const raw = 'Xi arrives in Moscow\n\n20th March 2023 – (Moscow) Chinese President Xi Jinping arrived in Moscow on Monday.';
    expect(first(raw)).toMatchObject({ method: 'dateline', trusted: false });
    expect(day(raw)).toBe('2023-03-20');
  });

  it('reads a wire copy’s dateline with the agency taken out ("New Delhi/Tianjin, Aug 31 Chinese President …")', () => {
    const copy = 'New Delhi/Tianjin, Aug 31 Chinese President Xi Jinping hosted a banquet for the guests.';
    expect(findDateline(copy, context.agencyNames)).toMatchObject({ month: 7, day: 31 });
    expect(findDateline('On Tuesday, May 9 President Xi Jinping watched the parade.', context.agencyNames)).toBeNull();
    const colon = 'New Delhi, Sep 4: The BRICS Summit began in Xiamen on Monday.';
    expect(findDateline(colon, context.agencyNames)).toMatchObject({ month: 8, day: 4 });
    const credited = '(ANSA) – BEIJING, June 16 – Chinese President Xi Jinping celebrated his birthday today.';
    expect(findDateline(credited, context.agencyNames)).toMatchObject({ month: 5, day: 16 });
  });

  it('reads a Chinese agency’s dateline in translation, the agency first', () => {
    const translated = 'China News Agency, Beijing, June 5 (Reporter Guo Jinchao) On the morning of 5 June, Xi left for Moscow.';
    expect(findDateline(translated, context.agencyNames)).toMatchObject({ month: 5, day: 5 });
    expect(
      findDateline('Xinhua News Agency, Beijing, December 31, Xi and Putin exchanged messages.', context.agencyNames),
    ).toMatchObject({ month: 11, day: 31 });
  });

  it('reads a day-month-year folder of the address both ways, trusting neither, when both are days', () => {
    const dates = (url: string) =>
      findDateClues('Text.', { agencies: context.agencyNames, url }).candidates.map((candidate) => [
        iso(candidate.date),
        candidate.trusted,
      ]);
    expect(dates('http://rusmininfo.com/news/10-11-2014/putin-meets-xi')).toEqual([
      ['2014-11-10', false],
      ['2014-10-11', false],
    ]);
    expect(dates('http://example.com/news/25-11-2014/putin-meets-xi')).toEqual([['2014-11-25', false]]);
  });

  it('finds nothing in prose', () => {
    expect(first('Putin and Xi met on July 3, 2024 in Astana, where they spoke for hours about many things.')).toBeUndefined();
  });
});

describe('findDateline', () => {
  it.each([
    ['July 4 (UPI) -- President Putin met…', 6, 4],
    ['BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi…', 1, 4],
    ['MOSCOW, December 30. /TASS/. Russian President…', 11, 30],
    ['SAINT-PETERSBURG, June 21 AFP - Russian oil giant…', 5, 21],
    ['Bishkek, June 14. / Kabar /. The meeting…', 5, 14],
  ])('reads the month and day of "%s"', (text, month, day) => {
    expect(findDateline(text, context.agencyNames)).toMatchObject({ month, day });
  });

  it('ignores a month and day inside prose', () => {
    expect(findDateline('The leaders met on July 4 in Astana.', context.agencyNames)).toBeNull();
  });
});

describe('resolveRelativeDate', () => {
  const samarkand = meeting('2022-09-sco-samarkand');
  const videoCall = meeting('2021-12-video-call');

  it('takes "on Wednesday" in the sentence naming a Wednesday meeting as the meeting day', () => {
    const subject = body('Mr Putin told Mr Shai during a video conference on Wednesday that…');
    expect(iso(resolveRelativeDate(videoCall, [subject], [subject])?.date)).toBe('2021-12-15');
  });

  it('puts "on Sunday" after a meeting held "last week" on the next Sunday', () => {
    const subject = body('Putin met Xi at the SCO summit held in Samarkand last week.');
    const said = body('Peskov said on Sunday that…');
    const result = resolveRelativeDate(samarkand, [subject], [said, subject]);
    expect(iso(result?.date)).toBe('2022-09-18');
    expect(result?.evidence).toContain('“on Sunday”');
  });

  it('reads "yesterday" as the day after the meeting', () => {
    const subject = body('Putin and Xi met in Samarkand yesterday.');
    expect(iso(resolveRelativeDate(samarkand, [subject], [subject])?.date)).toBe('2022-09-16');
  });

  it('does not take a weekday that is not the meeting day as the meeting day', () => {
    const subject = body('Putin and Xi met in Samarkand on Monday.');
    expect(resolveRelativeDate(samarkand, [subject], [subject])).toBeNull();
  });

  it('takes an arrival on a weekday none of the meeting days falls on as its eve', () => {
    const subject = body('Putin landed in Beijing on Tuesday, where he will meet Xi and take part in the Belt and Road Forum.');
    expect(iso(resolveRelativeDate(meeting('2023-10-brf-beijing'), [subject], [subject])?.date)).toBe('2023-10-17');
  });

  it('reads "from Thursday" as a day of the meeting', () => {
    const subject = body('Putin and Xi gather in Samarkand from Thursday for a regional summit.');
    expect(iso(resolveRelativeDate(samarkand, [subject], [subject])?.date)).toBe('2022-09-15');
  });

  it('takes a weekday from the lead when the sentence naming the meeting has none', () => {
    const lead: Sentence = { text: 'Putin and Xi on Tuesday took a break to flip pancakes.', placement: 'lead' };
    const subject = body('Xi is in Russia for the forum in Vladivostok.');
    expect(iso(resolveRelativeDate(meeting('2018-09-eef-vladivostok'), [subject], [lead, subject])?.date)).toBe('2018-09-11');
  });

  it('reads "tomorrow" in a preview as the day before the meeting', () => {
    const subject = body('Xi Jinping will arrive in Moscow tomorrow for a state visit.');
    expect(iso(resolveRelativeDate(meeting('2023-03-state-visit-moscow'), [subject], [subject])?.date)).toBe('2023-03-19');
  });

  it('gives no date when the text has no relative phrase to anchor', () => {
    const subject = body('Putin and Xi met in Samarkand.');
    expect(resolveRelativeDate(samarkand, [subject], [subject])).toBeNull();
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
