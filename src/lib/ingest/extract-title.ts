/** The article's title: its headline line, or one derived from the first sentence when it has none. */
import { blockText, readBlock } from './block-kind.ts';
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

/** Takes the headline from the first block, or derives one. */
export function extractTitle(blocks: readonly string[]): ExtractedTitle {
  const [first, ...rest] = blocks;
  if (first !== undefined && rest.length > 0 && (readBlock(first).kind === 'heading' || isHeadline(first))) {
    return { title: blockText(first), derived: false, rest };
  }
  return { title: deriveTitle(blockText(first ?? '')), derived: true, rest: [...blocks] };
}

/** A title made from the main clause of the first sentence. */
export function deriveTitle(text: string): string {
  const sentence = (splitSentences(text)[0] ?? text).replace(leadingClause, '').replace(/[.!?]+$/, '');
  const clause = sentence.split(/,\s+(?:but|and|while|as)\s+/)[0] ?? sentence;
  const words = clause.split(/\s+/);
  const short = words.length > derivedTitleWords ? `${words.slice(0, derivedTitleWords).join(' ')}…` : clause;
  return short.charAt(0).toUpperCase() + short.slice(1);
}
