/** Reading one markdown entry's text: its frontmatter as data, and its body. */
import matter from 'gray-matter';
import yaml from 'js-yaml';
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
    const line = lineOfYamlError(text, error as Error);
    throw new Error(
      `${file} has invalid frontmatter${line ? ` near line ${line}` : ''}: ${reason}. Fix the YAML between the --- lines.`,
      { cause: error },
    );
  }
  return { data: restoreImpossibleDays(text, parsed.data), body: parsed.content };
}

// Past this many lines, finding where an unclosed quote opened costs more than it saves.
const linesSearchedForAnOpening = 2000;

/**
 * The file line where the YAML goes wrong. gray-matter hands js-yaml the frontmatter from the
 * newline after `---`, so its line numbers are the file's. An unclosed quote or bracket is
 * reported at the end of the frontmatter, far from the line an editor must fix: that one is
 * where the frontmatter, read line by line, last turned invalid.
 */
function lineOfYamlError(text: string, error: Error): number | null {
  const reported = /at line (\d+)/.exec(error.message);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
  if (frontmatter !== undefined && /end of the stream/.test(error.message)) {
    const lines = frontmatter.split('\n');
    if (lines.length <= linesSearchedForAnOpening) {
      const parses = (count: number) => {
        try {
          yaml.load(lines.slice(0, count).join('\n'));
          return true;
        } catch {
          return false;
        }
      };
      for (let count = lines.length; count > 0; count--) if (parses(count - 1)) return count + 1;
    }
  }
  return reported ? Number(reported[1]) : null;
}
