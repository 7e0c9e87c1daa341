/** The article's title: its headline line, or one derived from the first sentence when it has none. */
import { blockText, readBlock } from './block-kind.ts';
import { opensWithByline } from './extract-byline.ts';
import { splitSentences } from './sentences.ts';

/** A title and where it came from. */
export interface ExtractedTitle {
  title: string;
  /** True when the page had no headline and the title was made from the text. */
  derived: boolean;
  /** The blocks after the headline (all of them when the title was derived). */
  rest: string[];
}

const maxHeadlineWords = 25;
const derivedTitleWords = 18;
// Openers that put a side clause before the news: "A day after X, Y said …" is titled "Y said …".
const leadingClause =
  /^(?:(?:a|one|two) (?:day|week)s? after|after|while|as|amid|following|despite|a day before|hours after)\b[^,]*,\s*/i;

/** Headline-like: short, and not ending like a sentence of prose. */
export function isHeadline(block: string): boolean {
  return block.split(/\s+/).length <= maxHeadlineWords && !/[.,;:]$/.test(block);
}

/** Takes the headline from the first block (after any date line or byline above it), or derives one. */
export function extractTitle(blocks: readonly string[]): ExtractedTitle {
  // A date line or a byline may stand above the headline.
  const stamps = blocks.findIndex((block) => !isStampLine(block) && !opensWithByline(block));
  const at = stamps < 0 ? 0 : stamps;
  const first = blocks[at];
  const rest = blocks.filter((_, index) => index !== at);
  if (first !== undefined && rest.length > at && (readBlock(first).kind === 'heading' || isHeadline(first))) {
    return { title: blockText(first), derived: false, rest };
  }
  return { title: deriveTitle(blockText(blocks[0] ?? '')), derived: true, rest: [...blocks] };
}

// A line of a date and a time and nothing else ("11 May 2015", "Mon. Sep 16th, 2024 | 10:40 AM").
const stampWord =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|\b(?:am|pm|gmt|utc)\b|\d+(?:st|nd|rd|th)?/gi;

/** Whether a block is a date line: digits, month and weekday names, and separators only. */
function isStampLine(block: string): boolean {
  return /\d/.test(block) && block.length <= 40 && block.replace(stampWord, '').replace(/[\s,.:/|•·–—-]/g, '') === '';
}

/** A title made from the main clause of the first sentence. */
export function deriveTitle(text: string): string {
  const sentence = (splitSentences(text)[0] ?? text).replace(leadingClause, '').replace(/[.!?]+$/, '');
  const clause = sentence.split(/,\s+(?:but|and|while|as)\s+/)[0] ?? sentence;
  const words = clause.split(/\s+/);
  const short = words.length > derivedTitleWords ? `${words.slice(0, derivedTitleWords).join(' ')}…` : clause;
  return short.charAt(0).toUpperCase() + short.slice(1);
}
