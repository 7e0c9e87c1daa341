/**
 * How much of an article the public site shows. The text is a third party's: the whole of it only
 * where its writer's licence allows (`reuse: full`); otherwise our own summary when an editor
 * wrote one, else a short excerpt, and a link to read it at the publisher. The full text stays in
 * content for ingest and analysis either way.
 */

/** Words an excerpt may run to: a quotation, not a substitute for the article. */
export const excerptWords = 50;

/** What an article page shows of the text. */
export type ShownText = { full: true } | { full: false; summary: string } | { full: false; excerpt: string };

/** What an article shows, from its excerpt, our summary (or null), and its writer's reuse policy (none known: excerpts). */
export function shownText(
  article: { excerpt: string; summary: string | null; reference: boolean },
  reuse: 'full' | 'excerpt' | undefined,
): ShownText {
  // A reference's body is our summary: there is no article text to show.
  if (reuse === 'full' && !article.reference) return { full: true };
  if (article.summary) return { full: false, summary: article.summary };
  return { full: false, excerpt: cutToWords(article.excerpt, excerptWords) };
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

/** The few words that stand for an article in listings, feeds and meta descriptions: our summary, else its excerpt cut short. */
export function listingText(article: { excerpt: string; summary: string | null }): string {
  return article.summary ?? cutToWords(article.excerpt, excerptWords);
}
