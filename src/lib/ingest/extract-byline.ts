/** The byline: author and, on some sites, the publication date beside it. */

/** What a byline gave. */
export interface Byline {
  author: string | null;
  /** `YYYY-MM-DD` printed in the byline, if any. */
  date: string | null;
  /** The byline as printed, for the date's evidence. */
  line: string | null;
  /** The blocks without the byline. */
  rest: string[];
}

// "By richardbrown // 2024-07-10", "By Jane Doe | 2024-07-10", "By JANE DOE".
const bylinePattern = /^By\s+(?<author>[^/|]+?)(?:\s*(?:\/\/|\|)\s*(?<date>\d{4}-\d{2}-\d{2}))?$/;
const bylineSearchDepth = 3;

/** Finds a byline among the first blocks and takes it out of the text. */
export function extractByline(blocks: readonly string[]): Byline {
  const index = blocks.slice(0, bylineSearchDepth).findIndex((block) => bylinePattern.test(block));
  if (index === -1) return { author: null, date: null, line: null, rest: [...blocks] };
  const line = blocks[index]!;
  const groups = bylinePattern.exec(line)!.groups!;
  return {
    author: groups['author']!.trim(),
    date: groups['date'] ?? null,
    line,
    rest: blocks.filter((_, i) => i !== index),
  };
}
