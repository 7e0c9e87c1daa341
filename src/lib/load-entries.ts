/** Reading a collection's markdown entries from disk and checking them with their schema, outside Astro. */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { entryPathIn, listEntryIds } from './content-dir.ts';
import { readEntryText } from './entry-text.ts';
import { describeIssues } from './validation-message.ts';

/** An entry: its id and its checked frontmatter. */
export interface LoadedEntry<T> {
  id: string;
  data: T;
  body: string;
}

/** Loads every entry under `dir`; throws naming the file and field of the first invalid one. */
export function loadEntries<S extends z.ZodType>(dir: string, schema: S): LoadedEntry<z.output<S>>[] {
  return [...listEntryIds(dir)].sort().map((id) => {
    const file = entryPathIn(dir, id);
    const { data, body } = readEntryText(readFileSync(file, 'utf8'), file);
    const result = schema.safeParse(data);
    if (!result.success) throw new Error(describeIssues(file, result.error.issues));
    return { id, data: result.data, body };
  });
}
