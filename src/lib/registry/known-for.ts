/**
 * What each meeting is known for, `content/registry/known-for.tsv`: one phrase per row. Ingest
 * reads a phrase said of the two leaders as naming that meeting, as it reads a city or a summit's
 * name: the pandas, the Friendship Medal and the pancakes tell apart visits to the same city.
 */
import { knownForSchema } from '../schema.ts';
import { parseRegistryTable } from './registry-table.ts';

/** The table's columns, in order. */
export const knownForColumns = ['meeting', 'phrase'] as const;

/**
 * Parses the table into each meeting's phrases; throws naming the file, the line and the fix for
 * a bad row, a meeting `meetingIds` does not have, or a phrase given twice for one meeting.
 */
export function parseKnownFor(tsv: string, file: string, meetingIds: ReadonlySet<string>): Map<string, string[]> {
  const phrases = new Map<string, string[]>();
  const rows = parseRegistryTable(tsv, file, knownForColumns, knownForSchema(), ([meeting, phrase]) => ({ meeting, phrase }));
  for (const { line, data } of rows) {
    if (!meetingIds.has(data.meeting)) {
      throw new Error(
        `${file} line ${line}: meeting "${data.meeting}" has no entry in content/summits/; use the id of a summit entry`,
      );
    }
    const itsPhrases = phrases.get(data.meeting) ?? [];
    if (itsPhrases.some((phrase) => phrase.toLowerCase() === data.phrase.toLowerCase())) {
      throw new Error(`${file} line ${line}: "${data.phrase}" is already listed for ${data.meeting}; keep one row`);
    }
    phrases.set(data.meeting, [...itsPhrases, data.phrase]);
  }
  return phrases;
}
