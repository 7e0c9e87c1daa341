/** Reading one markdown entry's text: its frontmatter as data, and its body. */
import matter from 'gray-matter';
import { restoreImpossibleDays } from './calendar-dates.ts';

/** An entry file split into frontmatter data and markdown body. */
export interface EntryText {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits an entry file. Impossible days (`2024-13-45`) stay as written so the schema rejects
 * them instead of YAML rolling them over into another date.
 */
export function readEntryText(text: string): EntryText {
  // Any options object turns off gray-matter's cache, which otherwise keeps every file it has
  // parsed for the life of the process: the whole archive, at 50,000 articles.
  const { data, content } = matter(text, {});
  return { data: restoreImpossibleDays(text, data), body: content };
}
