/**
 * Reading a day out of a short stamp ("May 8, 2025 / 9:14 AM", "03.07.2024 21:40",
 * "Wednesday 9/3/2025") with chrono-node. Only the calendar day is kept: a stamp's clock time
 * and zone say when it was written where the outlet is, which is the day we want.
 */
import * as chrono from 'chrono-node';
import { utcDay, weekdayOf } from '../utc-days.ts';
import { weekdayAlternatives, weekdayNumber } from './vocabulary.ts';

/** A day found in a text, with the words that gave it. */
export interface ParsedDay {
  date: Date;
  text: string;
}

// chrono needs a reference instant only for dates without a year, which stamps must have.
const reference = new Date(Date.UTC(2000, 0, 1));
const weekdayPattern = new RegExp(`\\b(${weekdayAlternatives})\\b`, 'i');

/** The first full date (day, month and year all written) in `text`, or null. */
export function parseFullDay(text: string): ParsedDay | null {
  return parseFullDays(text)[0] ?? null;
}

/**
 * Every reading of the first full date in `text`, likelier first: "01/09/2025" is 9 January to
 * an American and 1 September to most of the world, and only a weekday beside it or the meeting
 * it fits can say which. A relative phrase ("2 days ago") writes no year and is no date.
 */
export function parseFullDays(printed: string): ParsedDay[] {
  // A full date writes a year: without two digits together there is none to find (most lines).
  if (!/\d\d/.test(printed)) return [];
  // "russia today - 1/22/2025": chrono would read "today" as a day, and the date after it as the end of a range.
  const text = printed.replace(casualDays, (word) => ' '.repeat(word.length));
  // 03.07.2024 and 22-10-2024 are day first; 9/3/2025 is American, month first.
  const dayFirst = /\b\d{1,2}[.-]\d{1,2}[.-]\d{4}\b/.test(text);
  const english = (dayFirst ? [chrono.en.GB, chrono.en] : [chrono.en, chrono.en.GB]).map((parser) =>
    firstFull(parser.parse(text, reference)),
  );
  // "23 de octubre, 2024", "23 octobre 2024": a site's stamp in its own language.
  const readings: (ParsedDay | null)[] =
    english.some((reading) => reading !== null) || !foreignMonth.test(text)
      ? english
      : otherLanguages
          .map((parser) => firstFull(parser.parse(text, reference)))
          .filter((reading) => reading !== null)
          .slice(0, 1);
  const named = weekdayPattern.exec(text)?.[1];
  // A weekday beside the date settles which reading is meant, and rules out a misprint.
  const fitting = readings.filter(
    (reading): reading is ParsedDay =>
      reading !== null && writesYear.test(reading.text) && (!named || weekdayOf(reading.date) === weekdayNumber(named)),
  );
  return fitting.filter(
    (reading, index) => fitting.findIndex((other) => other.date.getTime() === reading.date.getTime()) === index,
  );
}

/** Month names of the languages sites print their stamps in, besides English. */
const foreignMonth =
  /(?<![\p{L}])(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/iu;
const otherLanguages = [chrono.es, chrono.fr, chrono.pt, chrono.de, chrono.it, chrono.ru];

const casualDays = /\b(?:today|tonight|yesterday|tomorrow|now)\b/gi;
const writesYear = /\b\d{4}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;

function firstFull(results: chrono.ParsedResult[]): ParsedDay | null {
  const full = results.find((result) =>
    ['year', 'month', 'day'].every((part) => result.start.isCertain(part as chrono.Component)),
  );
  if (!full) return null;
  const { start } = full;
  return { date: utcDay(start.get('year')!, start.get('month')! - 1, start.get('day')!), text: full.text };
}
