import { describe, expect, it } from 'vitest';
import { findReferences, matchSummit } from '../../../src/lib/ingest/match-summit.ts';
import { placeSentences } from '../../../src/lib/ingest/sentences.ts';
import { monthDaysIn } from '../../../src/lib/ingest/vocabulary.ts';
import { findCues } from '../../../src/lib/ingest/cues.ts';
import { context } from '../../support/seeds.ts';

function match(title: string, paragraphs: string[], published: string | null = null) {
  const references = findReferences(placeSentences(title, paragraphs), context.meetings, context.lexicon);
  const years = new Set([...[title, ...paragraphs].join(' ').matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])));
  return matchSummit(
    references,
    { published: published ? new Date(published) : null, dateline: null, month: null, notBefore: null },
    years,
  );
}

describe('matchSummit', () => {
  it('finds a meeting by organization and a city alias (Nur-Sultan is Astana)', () => {
    const result = match(
      'Putin and Xi meet at SCO summit',
      ['The two leaders met on the sidelines of the SCO summit in Nur-Sultan.'],
      '2024-07-04',
    );
    expect(result.subject?.id).toBe('2024-07-sco-astana');
  });

  it('splits a sentence’s weight for the present among the meetings it could mean', () => {
    // "Today" in a line that fits every SCO summit must not drown the line that dates this one.
    const result = match('Statements', [
      'Putin and Xi begin talks at the SCO summit today.',
      'The two leaders spoke of trade.',
      'Summit of the Shanghai Cooperation Organization on July 3-4.',
      'Statements by Putin and Xi during their meeting at the SCO summit in Astana.',
    ]);
    expect(result.subject?.id).toBe('2024-07-sco-astana');
  });

  it('takes one of the two meeting another country’s leader for no meeting of theirs, unless it is a three-way meeting', () => {
    const obama = match(
      'Obama, Xi discuss climate change',
      [
        'US President Barack Obama discussed climate change with Chinese President Xi Jinping on the sidelines of the Paris climate summit.',
      ],
      '2015-11-30',
    );
    expect(obama.subject).toBeNull();
    const threeWay = match(
      'Modi pitches idea to Putin of Russia-India-China meeting at G20 summit in Japan',
      ['The leaders could meet in Osaka.'],
      '2019-06-14',
    );
    expect(threeWay.subject?.id).toBe('2019-06-g20-osaka');
    // Another leader named in what the meeting is known for is the meeting's, not a rival's.
    const known = match('Talks in the new year', ['Xi spoke by video the day after Trump’s inauguration.']);
    expect(known.subject?.id).toBe('2025-01-video-call');
  });

  it('reads the "One Belt, One Road" forum as the Belt and Road Forum', () => {
    const result = match('Putin to visit China in October', [
      'Vladimir Putin intends to visit China in October and take part in the "One Belt, One Road" forum.',
    ]);
    expect(result.subject?.id).toBe('2023-10-brf-beijing');
  });

  it('takes a leader taking part in a named gathering for a meeting there, and the gathering’s name alone for none', () => {
    const thanked = match(
      'Putin: the initiative lays down principles',
      ['Putin thanked Xi Jinping for the invitation to take part in the One Belt, One Road forum.'],
      '2019-04-26',
    );
    expect(thanked.subject?.id).toBe('2019-04-brf-beijing');
    const named = match(
      'Putin: the initiative lays down principles',
      ['Putin thanked Xi Jinping for the One Belt, One Road forum.'],
      '2019-04-26',
    );
    expect(named.subject).toBeNull();
  });

  it('reads a leader’s birthday as the day it names', () => {
    const result = match('Xi celebrates his birthday and Putin’s phone call arrives', [
      'Chinese President Xi Jinping celebrated his 69th birthday today by receiving a phone call from Vladimir Putin, as defined in their joint declaration last February.',
    ]);
    expect(result.subject?.id).toBe('2022-06-phone-call');
  });

  it('reads "the Chinese capital" as Beijing and leaders who "head to" a named gathering as going to it', () => {
    expect(findCues('The two leaders met in the Chinese capital.', context.lexicon).cities).toEqual(new Set(['Beijing']));
    expect(findCues('Putin flew on to the Kazakh capital.', context.lexicon).cities).toEqual(new Set(['Astana']));
    expect(findCues('More than 20 world leaders head to the Winter Olympics.', context.lexicon).aboutMeeting).toBe(true);
  });

  it('reads an edition of the Belt and Road Forum as its year ("the third", "for the second time")', () => {
    const year = (text: string) => [...findCues(text, context.lexicon).years];
    expect(year('Putin will attend the third Belt and Road Forum in Beijing.')).toEqual([2023]);
    expect(year('Putin is taking part in the One Belt, One Road forum for the second time.')).toEqual([2019]);
    expect(year('Putin attended the Belt and Road Forum in Beijing.')).toEqual([]);
  });

  it('does not take a leader’s country ("India’s Prime Minister") for the place of a meeting', () => {
    const result = match('Allies rally round Putin', [
      'Putin is hosting 20 world leaders, including China’s President Xi Jinping, India’s Prime Minister Narendra Modi and Turkey’s President Recep Tayyip Erdogan, for a summit of the BRICS group in Kazan.',
    ]);
    expect(result.subject?.id).toBe('2024-10-brics-kazan');
  });

  it('reads "Xi’s Russia visit" as a visit to Russia', () => {
    const result = match(
      'Putin looks forward to Xi’s Russia visit in June',
      ['The Russian president asked Wang Yi to convey his greetings to Xi.'],
      '2019-05-15',
    );
    expect(result.subject?.id).toBe('2019-06-state-visit-moscow');
  });

  it('takes the weekday a leader arrives on for the eve of the meeting as well as its days', () => {
    // The forum talks were on Wednesday 18 October 2023; Putin landed the day before.
    const result = match('Putin in China', [
      'Russian President Vladimir Putin arrived in China on Tuesday to meet Xi Jinping at the Belt and Road Forum.',
    ]);
    expect(result.subject?.id).toBe('2023-10-brf-beijing');
    // So may the day a leader is welcomed in the host's capital.
    const welcomed = match('Xi welcomes ‘dear friend’ Putin in Beijing for Belt and Road forum', [
      'Russian President Vladimir Putin was welcomed in Beijing on Tuesday by Chinese counterpart Xi Jinping.',
    ]);
    expect(welcomed.subject?.id).toBe('2023-10-brf-beijing');
  });

  it('places a meeting by the country abroad where the leaders met, when no city or summit is named', () => {
    const result = match(
      'Putin gifts Xi ice cream',
      ['The best friends celebrated the Chinese president’s birthday on the sidelines of a conference in Tajikistan.'],
      '2019-06-15',
    );
    expect(result.subject?.id).toBe('2019-06-cica-dushanbe');
  });

  it.each([
    ['met in person for the first time since the start of the Ukraine war', '2022-09-sco-samarkand'],
    ['held their first face-to-face talks since the COVID-19 pandemic', '2022-02-olympics-beijing'],
  ])('takes "%s" for the first meeting in person after that day', (phrase, meeting) => {
    const result = match('Xi and Putin showcase ties', [
      `Xi Jinping and Vladimir Putin ${phrase}, as the two countries displayed growing ties.`,
    ]);
    expect(result.subject?.id).toBe(meeting);
  });

  it.each([
    [
      'Putin and Xi visit the pandas at Moscow Zoo',
      'Xi Jinping began his three-day visit to Russia by meeting Putin.',
      '2019-06-state-visit-moscow',
    ],
    ['Xi honours Putin with China’s first friendship medal', 'The two presidents met in Beijing.', '2018-06-state-visit-beijing'],
    ['Putin and Xi make pancakes', 'The two leaders met in Russia.', '2018-09-eef-vladivostok'],
    [
      'Putin and Xi launch the first gas pipeline between their countries',
      'The two leaders watched the launch by video link.',
      '2019-12-video-ceremony',
    ],
  ])('tells a meeting by what it is known for: %j', (title, lead, meeting) => {
    expect(match(title, [lead]).subject?.id).toBe(meeting);
  });

  it('tells a meeting by what it is known for in a sentence about the meeting that names neither leader', () => {
    const result = match('Putin and Xi hold a video call', [
      'This conversation took place just a day after Donald Trump assumed the presidency of the United States.',
    ]);
    expect(result.subject?.id).toBe('2025-01-video-call');
  });

  it('does not take the city in a known-for name ("the St. Petersburg International Economic Forum") for the place', () => {
    expect(
      findCues('The program includes participation in the St. Petersburg International Economic Forum.', context.lexicon).cities,
    ).toEqual(new Set());
    const result = match('Xi arrives in Moscow', [
      'Xi Jinping arrived in Moscow on a state visit.',
      'The program includes a meeting with Vladimir Putin, as well as participation in the St. Petersburg International Economic Forum.',
    ]);
    expect(result.subject?.id).toBe('2019-06-state-visit-moscow');
  });

  it('takes a known-for phrase said of neither leader nor a meeting for no meeting', () => {
    expect(match('The pandas of Moscow Zoo', ['Two giant pandas draw crowds in Moscow.']).subject).toBeNull();
  });

  it('reads "the first meeting between them, …, since the invasion earlier this year" as news, not a look back', () => {
    const result = match(
      'Xi and Putin to meet in Central Asia next week',
      [
        'The meeting at the SCO summit will be the first face-to-face meeting between the two leaders, who have forged a close relationship, since the Russian invasion of Ukraine earlier this year.',
      ],
      '2022-09-07',
    );
    expect(result.subject?.id).toBe('2022-09-sco-samarkand');
  });

  it('decides between meetings on the evidence they do not share', () => {
    // Astana hosted the SCO in 2017 and 2024: only "July 4" tells which, and nothing speaks for 2017 alone.
    const result = match('Putin arrives in Astana for the SCO summit', [
      'Putin has arrived in the Kazakh capital Astana to take part in the Shanghai Cooperation Organization summit.',
      'In Astana, Putin is to talk to the heads of state at the summit.',
      'The SCO summit will be held in Astana on July 4.',
    ]);
    expect(result.subject?.id).toBe('2024-07-sco-astana');
  });

  it('looks past the years an undated text names when they are all history', () => {
    const result = match('Kazan hosts the BRICS', [
      'Putin and Xi met at the BRICS summit in Kazan, in the wake of the shifts set off by the invasion of Ukraine in 2022.',
    ]);
    expect(result.subject?.id).toBe('2024-10-brics-kazan');
  });

  it('takes a preview that names the month of a meeting seven weeks ahead for that meeting', () => {
    const result = match(
      'Putin says he expects Xi at the BRICS summit',
      ['Putin said on Wednesday that Xi Jinping will attend the BRICS summit in Kazan in October.'],
      '2024-09-04',
    );
    expect(result.subject?.id).toBe('2024-10-brics-kazan');
  });

  it('reads "they’ll" as the future', () => {
    expect(findCues('At the weekend they’ll attend the SCO summit in Qingdao.', context.lexicon).future).toBe(true);
    expect(findCues("Then we'll meet again in Moscow.", context.lexicon).future).toBe(true);
  });

  it('takes a capital named with a forum or summit for the gathering there, not the government', () => {
    const sentence = (gathering: string) =>
      match(
        'A landmark event for Eurasia',
        [`The ${gathering}, scheduled for May 14-15 in Beijing, will be the main event of the year.`],
        '2017-04-24',
      ).subject?.id ?? null;
    expect(sentence('forum')).toBe('2017-05-brf-beijing');
    expect(sentence('cabinet reshuffle')).toBeNull();
  });

  it.each([
    'China this week welcomes representatives of 130 countries for a forum on its Belt and Road Initiative.',
    'Putin spoke at the opening of the One Belt, One Road international forum.',
    'The forum "One belt and one way" will be the main foreign policy event this year.',
  ])('reads the Belt and Road Forum in other words: %s', (sentence) => {
    expect([...findCues(sentence, context.lexicon).organizations]).toEqual(['BRF']);
  });

  it('reads what happened "the same year" as a look back, not the story', () => {
    const result = match('An unusual birthday gift from Putin to Xi', [
      'Putin came to the Chinese president’s residence to congratulate him on his 66th birthday.',
      'The same year, at the G20 summit in Osaka, Putin brought a box of Russian ice cream as a gift to the Chinese leader.',
    ]);
    expect(result.subject?.id).toBe('2019-06-cica-dushanbe');
  });

  it.each(['in a call', 'during their call'])('reads "Xi told Putin %s" as a phone call', (phrase) => {
    expect([...findCues(`Xi Jinping told Vladimir Putin ${phrase} that ties are strong.`, context.lexicon).kinds]).toEqual([
      'phone-call',
    ]);
  });

  it.each(['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'])('reads "%s" as another country’s leader', (name) => {
    expect(findCues(`Xi is holding talks with North Korean leader ${name} in Beijing.`, context.lexicon).otherLeaders).toBe(true);
  });

  it('does not take the weekday of the earlier event a visit came "days after" for the visit’s', () => {
    const sentence = 'Xi’s visit comes just days after the International Criminal Court accused Putin of war crimes on Friday.';
    expect([...findCues(sentence, context.lexicon).weekdays]).toEqual([]);
    expect([...findCues('Xi arrived on Monday, days after the court’s ruling.', context.lexicon).weekdays]).toEqual([1]);
  });

  it('takes a visit "days after" an event for the meeting weeks after it began', () => {
    const result = match('Full text of the Putin–Xi meeting', [
      'Xi Jinping arrived in Moscow for a state visit to meet Vladimir Putin, days after the International Criminal Court charged the Russian president with war crimes.',
    ]);
    expect(result.subject?.id).toBe('2023-03-state-visit-moscow');
  });

  it('settles between two visits by the news a later sentence says the summit followed', () => {
    const result = match('Xi leaves Moscow', [
      'Xi Jinping left Moscow after a two-day summit with Vladimir Putin.',
      'The summit came just days after the International Criminal Court issued an arrest warrant for the Russian leader.',
    ]);
    expect(result.subject?.id).toBe('2023-03-state-visit-moscow');
  });

  it('does not take ministers meeting in Moscow in May for the leaders’ meeting there', () => {
    const result = match(
      'PREVIEW: Wang Yi to meet Lavrov on Friday',
      [
        'MOSCOW, May 26 (Sputnik) – Chinese Foreign Minister Wang Yi will meet with his Russian counterpart Sergey Lavrov on May 26.',
      ],
      '2025-05-26',
    );
    expect(result.subject).toBeNull();
  });

  it('does not take one leader meeting the other side’s premier for the leaders’ meeting', () => {
    const premier = match('Putin meets Chinese premier in Moscow', [
      'Russian President Vladimir Putin met Chinese Premier Li Keqiang in Moscow on June 5 for talks on trade.',
    ]);
    expect(premier.subject).toBeNull();
    const abbreviated = match('Xi meets Russian PM in Beijing', ['The two sides discussed trade.'], '2025-11-04');
    expect(abbreviated.subject).toBeNull();
    const both = match('Xi and Putin meet in Moscow', [
      'Xi Jinping and Vladimir Putin held talks in the Kremlin, with Russian Prime Minister Mikhail Mishustin present, on his 2019 visit.',
    ]);
    expect(both.subject?.id).toBe('2019-06-state-visit-moscow');
  });

  it('does not take ministers meeting on a summit’s sidelines for the leaders’ meeting there', () => {
    const result = match('Wang Yi meets Russian foreign minister', [
      'Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines of the G20 summit in Antalya.',
    ]);
    expect(result.subject).toBeNull();
  });

  it('reads a mistranslated organization name ("Shanghai Cooperation Council")', () => {
    const result = match(
      'Leaders talk in Samarkand',
      ['Putin met Xi at the Shanghai Cooperation Council summit in Samarkand.'],
      '2022-09-16',
    );
    expect(result.subject?.id).toBe('2022-09-sco-samarkand');
  });

  it('does not take "Shanghai" in the organization name for the city', () => {
    const result = match(
      'Putin and Xi at SCO',
      ['Putin and Xi met at the Shanghai Cooperation Organization summit in Tianjin.'],
      '2025-09-01',
    );
    expect(result.subject?.id).toBe('2025-08-sco-tianjin');
  });

  it('matches a preview written days before the meeting', () => {
    const result = match(
      'Xi to meet Putin in Kazan',
      ['Xi Jinping will meet Vladimir Putin at the BRICS summit in Kazan next week.'],
      '2024-10-16',
    );
    expect(result.subject?.id).toBe('2024-10-brics-kazan');
  });

  it('tells the subject from a background mention', () => {
    const result = match(
      'Putin and Xi meet in Kazan',
      [
        'Putin and Xi met at the BRICS summit in Kazan on Tuesday.',
        'Their previous meeting was at the SCO summit in Astana in July.',
      ],
      '2024-10-22',
    );
    expect(result.subject?.id).toBe('2024-10-brics-kazan');
    expect(result.mentions.map((m) => m.id)).toEqual(['2024-07-sco-astana']);
  });

  it('reads "last got together in May" and "his last state visit" as looks back from an undated preview', () => {
    const result = match('Leaders of Russia and China to meet in Central Asian summit', [
      'Putin and Xi last got together in May when the Kremlin leader visited Beijing.',
      'Now they’ll be attending a session of the Shanghai Cooperation Organisation in Astana, a year after Iran joined it.',
      'The two leaders will meet for the second time in as many months in 2024.',
    ]);
    expect(result.subject?.id).toBe('2024-07-sco-astana');
    expect(findCues('Xi made his last state visit to Russia in July 2017.', context.lexicon).background).toBe(true);
  });

  it('matches no meeting when the article is about none', () => {
    const result = match(
      'Russia and China hold naval drills',
      ['The two navies held joint patrols in the Pacific.'],
      '2024-07-20',
    );
    expect(result.subject).toBeNull();
    expect(result.reasons[0]).toMatch(/no sentence names a meeting/);
  });

  it('does not force a meeting outside the registry onto the nearest one', () => {
    const result = match(
      'Putin and Xi meet at SCO summit in Bishkek',
      ['The two leaders met at the SCO summit in Bishkek.'],
      '2026-09-01',
    );
    expect(result.subject).toBeNull();
  });

  it('says so when the text fits two meetings equally', () => {
    const result = match('Putin and Xi at the SCO summit', ['The two leaders met at the SCO summit in Astana.'], null);
    expect(result.subject).toBeNull();
    expect(result.reasons[0]).toMatch(/2017-06-sco-astana and 2024-07-sco-astana|2024-07-sco-astana and 2017-06-sco-astana/);
  });

  it('uses a dateline without a year to choose the meeting and the year', () => {
    const references = findReferences(
      placeSentences('Putin, Xi meet', ['The leaders are in Astana for a meeting of the Shanghai Cooperation Organization.']),
      context.meetings,
      context.lexicon,
    );
    const result = matchSummit(
      references,
      { published: null, dateline: { month: 6, day: 4 }, month: null, notBefore: null },
      new Set(),
    );
    expect(result.subject?.id).toBe('2024-07-sco-astana');
    expect(result.datelineDate?.toISOString().slice(0, 10)).toBe('2024-07-04');
  });

  it('treats "Beijing" standing for the government as no place', () => {
    const result = match('Talks go on', ['During the meeting, Beijing said it was ready to work with Moscow.'], '2024-07-20');
    expect(result.subject).toBeNull();
  });
});

describe('matchSummit on undated text', () => {
  const undated = (paragraphs: string[], era: Partial<{ notBefore: Date }> = {}) => {
    const references = findReferences(placeSentences(null, paragraphs), context.meetings, context.lexicon);
    return matchSummit(references, { published: null, dateline: null, month: null, notBefore: era.notBefore ?? null }, new Set());
  };

  it('reads a preview when no report fits, and settles a tie by the weekday it names', () => {
    const result = undated(
      ['Xi Jinping will arrive in Moscow tomorrow for a state visit.', 'Xi will hold talks with Putin on Monday.'],
      { notBefore: new Date('2022-02-24') },
    );
    expect(result.subject?.id).toBe('2023-03-state-visit-moscow');
  });

  it('tells two meetings of one month in one city apart by the day it names', () => {
    // Xi visited Moscow in March 2013 (the 22nd) and March 2023 (the 20th and 21st).
    const result = undated(['Xi Jinping held talks with Vladimir Putin in Moscow on March 21.']);
    expect(result.subject?.id).toBe('2023-03-state-visit-moscow');
  });

  it('does not take the day something was said for the day of the meeting', () => {
    const references = findReferences(
      placeSentences(null, [
        'Xi Jinping will pay a state visit to Russia from March 20 to 22, the foreign ministry said on Friday.',
      ]),
      context.meetings,
      context.lexicon,
    );
    const result = matchSummit(
      references,
      { published: new Date('2023-03-17'), dateline: null, month: null, notBefore: null },
      new Set(),
    );
    expect(result.subject?.id).toBe('2023-03-state-visit-moscow');
    const told = findCues(
      'A one-on-one meeting will take place at the Kremlin on Monday, Ushakov told the journalists on Friday.',
      context.lexicon,
    );
    expect([...told.weekdays]).toEqual([1]);
  });
});

describe('monthDaysIn', () => {
  const read = (text: string) => monthDaysIn(text).map(({ month, day, year }) => `${year ?? '*'}-${month + 1}-${day}`);

  it('reads days either way round, each day of a range, and the year printed with them', () => {
    expect(read('Xi will spend three days in Russia, from March 20 to 22.')).toEqual(['*-3-20', '*-3-21', '*-3-22']);
    expect(read('His stay will last from June 5 to June 7.')).toEqual(['*-6-5', '*-6-6', '*-6-7']);
    expect(read('The summit takes place on 15-16 September 2022.')).toEqual(['2022-9-15', '2022-9-16']);
    expect(read('from May 31 to June 2')).toEqual(['*-5-31', '*-6-2']);
  });

  it('reads the weekday printed beside a single day, and none beside a range', () => {
    const weekdays = (text: string) => monthDaysIn(text).map(({ weekday }) => weekday);
    expect(weekdays('Lavrov said on Monday (May 20) that the leaders would meet.')).toEqual([1]);
    expect(weekdays('The talks were held on Tuesday, 16 May.')).toEqual([2]);
    expect(weekdays('The talks were held on May 16 (Thursday).')).toEqual([4]);
    expect(weekdays('On Monday, March 20 to 22, Xi visits Moscow.')).toEqual([null, null, null]);
  });

  it('takes a day printed with its weekday for a meeting only in a year it falls on that weekday', () => {
    const on = (weekday: string) =>
      match('Putin in Beijing', [`Putin and Xi held talks in Beijing on ${weekday} (May 20).`]).subject?.id ?? null;
    expect(on('Wednesday')).toBe('2026-05-state-visit-beijing');
    expect(on('Monday')).toBeNull();
  });

  it('does not take a weekday printed with its own date for the meeting’s weekday', () => {
    const cues = findCues('Putin will meet Xi again in July, Russia’s top diplomat said on Monday (May 20).', context.lexicon);
    expect([...cues.weekdays]).toEqual([]);
    expect(cues.monthDays.get('4-20')).toBe(1);
  });

  it('counts a day of another era (a birthday) as no meeting day, and one without a year as one', () => {
    const cues = (text: string) => [...findCues(text, context.lexicon).monthDays.keys()];
    expect(cues('Xi Jinping, the President of China, was born on 15th June 1953.')).toEqual([]);
    expect(cues('Xi Jinping and Vladimir Putin spoke by phone on 15 June.')).toEqual(['5-15']);
  });

  it.each(['a video meeting', 'a video summit', 'their virtual call', 'a phone chat'])('reads "%s" as a call', (phrase) => {
    const kinds = [...findCues(`Xi and Putin reaffirmed their ties in ${phrase} on Tuesday.`, context.lexicon).kinds];
    expect(kinds.length).toBe(1);
  });

  it.each(['is scheduled to meet', 'is due to meet', 'is slated to meet'])('reads "Xi %s Putin" as ahead', (phrase) => {
    expect(findCues(`Xi ${phrase} Putin in Astana.`, context.lexicon).future).toBe(true);
  });

  it('reads a month with a year of the last century as no meeting’s month', () => {
    const months = (text: string) => [...findCues(text, context.lexicon).months];
    expect(months('The three leaders were last seen together in Beijing in October 1959.')).toEqual([]);
    expect(months('Putin and Xi met in Beijing in October.')).toEqual([9]);
  });

  it('takes a call story’s dateline for where it was filed, and an in-person story’s for where they met', () => {
    const cities = (text: string) => [...findCues(text, context.lexicon).cities];
    expect(cities('MOSCOW — In a recent video call, Putin engaged with Chinese President Xi Jinping.')).toEqual([]);
    expect(cities('BEIJING, Dec. 30 (Xinhua) -- Xi held a phone call with Putin on Friday.')).toEqual([]);
    expect(cities('MOSCOW — Putin welcomed Xi Jinping to the Kremlin on Monday.')).toEqual(['Moscow']);
  });

  it('takes a capital for a place after a word of travel ("flew into Moscow"), and for a government without one', () => {
    const cities = (text: string) => [...findCues(text, context.lexicon).cities];
    expect(cities('Chinese President Xi Jinping flew into Moscow on Monday.')).toEqual(['Moscow']);
    expect(cities('Putin said Moscow was ready to talk.')).toEqual([]);
  });

  it('reads no day in a month and year, and no range of months as days', () => {
    expect(read('In March 2023 he went to Moscow.')).toEqual([]);
    expect(read('from January 1 to 31')).toEqual(['*-1-1']);
  });
});
