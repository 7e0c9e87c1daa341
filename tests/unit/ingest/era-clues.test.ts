import { describe, expect, it } from 'vitest';
import { speaksOfThePast } from '../../../src/lib/ingest/cues.ts';
import { findEraClues } from '../../../src/lib/ingest/era-clues.ts';
import { context } from '../../support/seeds.ts';

describe('era clues', () => {
  it.each([
    ['the extension of a 20-year-old friendship treaty', 2021],
    ['a statement to mark two decades since the treaty was signed', 2021],
    ['the 25th anniversary of the signing of the Treaty of Good-Neighbourliness', 2026],
    ['the 15th anniversary of the China-Russia Treaty of Good-Neighborliness', 2016],
    ['Victory Day’s 80th anniversary', 2025],
    ['the 70th anniversary of the establishment of diplomatic relations', 2019],
    ['as China and Russia celebrate 70 years of diplomatic ties', 2019],
    ['a parade to mark the 80th anniversary of China’s victory in the war', 2025],
    ['leaders gathering to commemorate the 80th anniversary of Nazi Germany’s defeat', 2025],
    ['the 75th anniversary of the Soviet victory', 2020],
    ['Chinese President Xi Jinping celebrated his 69th birthday', 2022],
    ['Putin congratulated Xi on his 66th birthday', 2019],
    ['Russian leader Vladimir Putin, who celebrates his 61st birthday', 2013],
  ])('date %j to %i', (text, year) => {
    expect([...findEraClues(text).years]).toEqual([year]);
  });

  it.each([
    'the war in Ukraine',
    'Russia’s war against Ukraine',
    'the war on Ukraine',
    'the special military operation',
    'the conflict in Ukraine',
  ])('place a text that speaks of %j after 24 February 2022', (text) => {
    expect(findEraClues(`Putin welcomed the plan to end ${text}.`).notBefore?.toISOString().slice(0, 10)).toBe('2022-02-24');
  });

  it.each([
    ['days after the International Criminal Court issued an arrest warrant for him', '2023-03-17'],
    ['days after the international criminal court charged him with war crimes', '2023-03-17'],
    ['days after the International Criminal Court accused Putin of war crimes', '2023-03-17'],
    ['his first trip abroad since Xi Jinping’s historic third term began', '2022-10-23'],
    ['the first trip of Putin’s new fifth term', '2024-05-07'],
    ['as President Joe Biden warned Beijing', '2021-01-20'],
    ['as the Trump administration weighed tariffs', '2017-01-20'],
    ['as President Zelenskyy asked for help', '2019-05-20'],
    ['five years after the annexation of Crimea', '2014-03-18'],
    ['as the Russian troop build-up around Ukraine went on', '2021-03-01'],
    ['to deepen their “no limits” partnership', '2022-02-04'],
    ['to align the Belt and Road Initiative with the Eurasian union', '2013-09-07'],
    ['weeks after the Wagner mutiny', '2023-06-24'],
    ['to discuss [Beijing’s peace] plan for Ukraine', '2023-02-24'],
    ['and congratulated him on Xi’s re-election', '2017-10-25'],
    ['and congratulated him on his re-election as Chinese president', '2017-10-25'],
    ['as Prime Minister Mikhail Mishustin looked on', '2020-01-16'],
    ['with Premier Li Qiang at his side', '2023-03-11'],
    ['as Secretary of State Antony Blinken warned of consequences', '2021-01-26'],
    ['before President Erdogan joined them', '2014-08-28'],
  ])('place a text that speaks of %j after the day it began', (text, day) => {
    expect(findEraClues(`Putin met Xi ${text}.`).notBefore?.toISOString().slice(0, 10)).toBe(day);
  });

  it('take another leader’s birthday for no year of theirs', () => {
    expect([...findEraClues('Putin will send greetings to Donald Trump on his 77th birthday.').years]).toEqual([]);
  });

  it('take a former officeholder for no era: "former President Lula" may be history', () => {
    expect(findEraClues('Putin met Xi, as former President Lula had urged.').notBefore).toBeNull();
    expect(findEraClues('Putin met Xi, as President Lula had urged.').notBefore?.toISOString().slice(0, 10)).toBe('2023-01-01');
  });

  it('take "Vice President Biden" for no era: he was vice president before he was president', () => {
    expect(findEraClues('Putin met Xi as Vice President Biden toured Asia.').notBefore).toBeNull();
  });

  it('take a year before the era the text speaks of, or before the first meeting, for history', () => {
    expect([...findEraClues('Putin cited the 2001 treaty as the war in Ukraine went on.').years]).toEqual([]);
    expect([...findEraClues('Their partnership was declared in 1996. Trade grew in 2024.', context.meetings).years]).toEqual([
      2024,
    ]);
  });

  it('take no year from a treaty whose age the text does not give', () => {
    expect([...findEraClues('They praised the friendship treaty signed two decades ago.').years]).toEqual([]);
  });
});

describe('a sentence that counts the time since something', () => {
  it.each([
    'The Kremlin marked two decades since the treaty was signed, as Putin and Xi held a video call.',
    'Xi attended the parade marking 80 years since the end of the war.',
    'It was his first trip abroad since the pandemic.',
    'On May 9, tanks filled Red Square in what RT called the largest military parade since World War II.',
  ])('speaks of now: %j', (sentence) => {
    expect(speaksOfThePast(sentence)).toBe(false);
  });

  it('still looks back when it says what happened since', () => {
    expect(speaksOfThePast('The two leaders have met forty times since 2013.')).toBe(true);
  });
});
