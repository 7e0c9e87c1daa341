/** One row of the meetings registry (`meetings.tsv`), as written there. */
export type MeetingRow = Record<(typeof meetingColumns)[number], string>;

/** The registry's columns, in order. */
export const meetingColumns = [
  'id',
  'title',
  'kind',
  'organization',
  'start',
  'end',
  'city',
  'country',
  'latitude',
  'longitude',
  'host',
  'verified_url',
  'notes',
] as const;

/** Parses the tab-separated registry; throws naming the line when a row has the wrong shape. */
export function parseMeetings(tsv: string): MeetingRow[] {
  const [header = '', ...lines] = tsv.replace(/\r\n/g, '\n').split('\n');
  if (header.split('\t').join(',') !== meetingColumns.join(',')) {
    throw new Error(`meetings registry: the header must be the columns ${meetingColumns.join(', ')} separated by tabs`);
  }
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const cells = line.split('\t');
    if (cells.length !== meetingColumns.length) {
      throw new Error(
        `meetings registry line ${index + 2}: expected ${meetingColumns.length} tab-separated cells, found ${cells.length}`,
      );
    }
    return [Object.fromEntries(meetingColumns.map((column, i) => [column, cells[i]?.trim() ?? ''])) as MeetingRow];
  });
}
