/**
 * How much of an article the public site shows. The text is a third party's: the whole of it only
 * where its outlet's licence allows (`reuse: full`); otherwise a short excerpt and a link to read
 * it at the publisher. The full text stays in content for ingest and analysis either way.
 */

/** Words an excerpt may run to: a quotation, not a substitute for the article. */
export const excerptWords = 50;

/** What an article page shows of the text. */
export type ShownText = { full: true } | { full: false; excerpt: string };

/** The text to show, given the outlet's reuse policy (none known: an excerpt). */
export function shownText(excerpt: string, reuse: 'full' | 'excerpt' | undefined): ShownText {
  if (reuse === 'full') return { full: true };
  return { full: false, excerpt: cutToWords(excerpt, excerptWords) };
}

/** `text` cut to at most `limit` words, with an ellipsis where it was cut. */
export function cutToWords(text: string, limit: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= limit) return words.join(' ');
  return `${words
    .slice(0, limit)
    .join(' ')
    .replace(/[,;:.!?]+$/, '')}…`;
}
