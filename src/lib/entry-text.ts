/** Reading one markdown entry's text: its frontmatter as data, and its body. */
import matter from 'gray-matter';
import { restoreImpossibleDays } from './calendar-dates.ts';

/** An entry file split into frontmatter data and markdown body. */
export interface EntryText {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits an entry file; `file` names it in the message when its frontmatter is not YAML.
 * Impossible days (`2024-13-45`) stay as written so the schema rejects them instead of YAML
 * rolling them over into another date.
 */
export function readEntryText(text: string, file: string): EntryText {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Any options object turns off gray-matter's cache, which otherwise keeps every file it has
    // parsed for the life of the process: the whole archive, at 50,000 articles.
    parsed = matter(text, {});
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // js-yaml counts lines from the first line after the opening `---`.
    const line = Number(/at line (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new Error(
      `${file} has invalid frontmatter${line ? ` near line ${line + 1}` : ''}: ${reason}. Fix the YAML between the --- lines.`,
      { cause: error },
    );
  }
  return { data: restoreImpossibleDays(text, parsed.data), body: parsed.content };
}
