/**
 * The registry's hand-kept tables (`content/registry/*.tsv`): a header of column names, then one
 * row per line, tab-separated so an editor can sort and diff them. Each row is checked with its
 * schema, and a bad one fails with the file, the line and the field.
 */
import type { z } from 'astro/zod';
import { describeIssues } from '../validation-message.ts';

/** A checked row and the line it stands on, for messages about it. */
export interface TableRow<T> {
  line: number;
  data: T;
}

/**
 * Parses `tsv` into rows checked by `schema`; `toFields` turns a row's cells (trimmed, in column
 * order) into the object the schema checks.
 */
export function parseRegistryTable<T>(
  tsv: string,
  file: string,
  columns: readonly string[],
  schema: z.ZodType<T>,
  toFields: (cells: string[]) => unknown,
): TableRow<T>[] {
  const [header = '', ...lines] = tsv.replace(/\r\n/g, '\n').split('\n');
  if (header.trim() !== columns.join('\t')) {
    throw new Error(`${file}: the first line must be the columns ${columns.join(', ')}, separated by tabs`);
  }
  return lines.flatMap((text, index) => {
    const line = index + 2;
    if (text.trim() === '') return [];
    const cells = text.split('\t').map((cell) => cell.trim());
    if (cells.length !== columns.length) {
      throw new Error(
        `${file} line ${line}: expected ${columns.length} tab-separated cells (${columns.join(', ')}), found ${cells.length}`,
      );
    }
    const result = schema.safeParse(toFields(cells));
    if (!result.success) throw new Error(describeIssues(`${file} line ${line}`, result.error.issues, 'cells'));
    return [{ line, data: result.data }];
  });
}
