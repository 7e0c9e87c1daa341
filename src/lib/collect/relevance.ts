/**
 * Whether a page is about the two leaders: each is named (by name or any alias the people
 * entries list) in its title, the listing's summary or its text. Pages about one of them, or
 * neither, are counted and dropped; ingest decides later which meeting, if any, a kept page covers.
 */

/** One leader's names: the canonical name and every alias. */
export type LeaderNames = readonly string[];

/** A test for one name as a whole word; short names ("Xi") must keep their capitals. */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, name.length >= 5 ? 'iu' : 'u');
}

/** A test of whether a text names every one of the leaders. */
export function namesEveryLeader(leaders: readonly LeaderNames[]): (text: string) => boolean {
  const patterns = leaders.map((names) => names.map(namePattern));
  return (text) => patterns.every((names) => names.some((pattern) => pattern.test(text)));
}

/** The readable text of an HTML page, near enough for a relevance test. */
export function roughTextOf(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}
