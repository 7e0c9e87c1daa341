/** Cleaning: the article's blocks without page chrome, and a count of what was removed. */
import { blockRules, inlineRules, sentenceRules, tailRules } from './clean-rules.ts';
import { splitSentences } from './sentences.ts';

/** How many pieces of one kind of chrome were removed. */
export interface Removal {
  kind: string;
  count: number;
}

/** The cleaned article. */
export interface CleanText {
  /** Paragraphs, subheadings and title lines, in order. */
  blocks: string[];
  removed: Removal[];
}

/** Removes page chrome from raw article text, block by block. */
export function cleanText(raw: string): CleanText {
  const counts = new Map<string, number>();
  const note = (kind: string, count = 1) => counts.set(kind, (counts.get(kind) ?? 0) + count);
  const blocks: string[] = [];
  const seen = new Set<string>();
  for (const line of splitBlocks(raw)) {
    if (tailRules.some((rule) => rule.pattern.test(line) && (note(rule.kind), true))) break;
    const blockRule = blockRules.find((rule) => rule.pattern.test(line));
    if (blockRule) {
      note(blockRule.kind);
      continue;
    }
    const text = stripInside(line, note);
    if (text === '') continue;
    // Pages print titles and captions twice; the second copy is chrome.
    const key = text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) {
      note('duplicate');
      continue;
    }
    seen.add(key);
    blocks.push(text);
  }
  return { blocks, removed: [...counts].map(([kind, count]) => ({ kind, count })) };
}

/** Lines of text with normalised spaces; blank lines dropped. */
export function splitBlocks(raw: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    // Saved pages put their `date 2024-07-04` field on the first line, sometimes before the headline.
    .replace(/^\s*(date\s+\d{4}-\d{2}(?:-\d{2})?)[ \t]+(?=\S)/, '$1\n')
    .split('\n')
    .map((line) => line.replace(/[\t\u00a0 ]+/g, ' ').trim())
    .filter((line) => line !== '');
  return unwrap(lines);
}

/**
 * Text wrapped at a fixed width (a transcript, a mailing list, a copied PDF) breaks each
 * paragraph into lines. Such text runs on into small letters again and again ("…made press
 * statements following" / "of the Shanghai …"); there, a line that ends without a stop is put
 * back together with the next when the next starts in small letters, or when both are long
 * enough to be a cut paragraph ("… the Russian" / "Federation, a joint …"), not a headline over
 * its date.
 */
function unwrap(lines: readonly string[]): string[] {
  const endsStop = (line: string) => /[.!?:;"”’)\]]$/.test(line);
  const startsSmall = (line: string) => /^\p{Ll}/u.test(line);
  const runOns = lines.filter((line, index) => index > 0 && startsSmall(line) && !endsStop(lines[index - 1]!)).length;
  if (runOns < wrapRunOns) return [...lines];
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const cut = previous !== undefined && previous.length >= wrapWidth && line.length >= wrapWidth / 2;
    if (previous !== undefined && !endsStop(previous) && (startsSmall(line) || cut))
      joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/** How many run-ons into small letters make a text wrapped, and how long a cut line is. */
const wrapRunOns = 3;
const wrapWidth = 40;

function stripInside(block: string, note: (kind: string, count?: number) => void): string {
  let text = block;
  for (const rule of inlineRules) {
    const matches = text.match(rule.pattern);
    if (matches) {
      note(rule.kind, matches.length);
      text = text.replace(rule.pattern, '');
    }
  }
  const sentences = splitSentences(text);
  const kept = sentences.filter((sentence) => {
    const rule = sentenceRules.find((candidate) => candidate.pattern.test(sentence));
    if (rule) note(rule.kind);
    return !rule;
  });
  return kept.length === sentences.length ? text.trim() : kept.join(' ');
}
