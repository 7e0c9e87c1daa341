import { blockText } from './block-kind.ts';

/** Where in an article a sentence stands: its weight as evidence grows towards the top. */
export type Placement = 'title' | 'lead' | 'body';

/** A sentence of an article with its place. */
export interface Sentence {
  text: string;
  placement: Placement;
}

// Full stops after these words rarely end a sentence in news text.
// Pages that lose the space after a full stop ("on Wednesday.In the meeting") still end a
// sentence there, where a word of small letters meets a capitalised one.
const sentenceEnd =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|U\.S|U\.K)\.)(?:(?<=[.!?][”"’')]?)\s+(?=[“"‘'(]?[A-Z0-9])|(?<=\p{Ll}{2}[.!?])(?=[A-Z]\p{Ll}))/u;

/** Splits a block of text into sentences. */
export function splitSentences(text: string): string[] {
  return text
    .split(sentenceEnd)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The article's sentences: the title's, then its first two blocks as the lead, then the rest. */
export function placeSentences(title: string | null, blocks: readonly string[]): Sentence[] {
  const placed: Sentence[] = title === null ? [] : [{ text: title, placement: 'title' }];
  blocks.forEach((block, index) => {
    const placement: Placement = index < 2 ? 'lead' : 'body';
    for (const text of splitSentences(blockText(block))) placed.push({ text, placement });
  });
  return placed;
}
