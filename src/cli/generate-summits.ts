/**
 * `npm run summits -- [meetings.tsv] [--force]`: writes one summit entry per registry row.
 * Entries an editor changed are kept unless --force; the rest are created or refreshed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, entryPathIn } from '../lib/content-dir.ts';
import { renderEntry, writeEntry, type WriteOutcome } from '../lib/entry-file.ts';
import { parseMeetings } from '../lib/registry/parse-meetings.ts';
import { toSummitEntry } from '../lib/registry/summit-entry.ts';
import { summitSchema } from '../lib/schema.ts';
import { describeIssues } from '../lib/validation-message.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
const root = contentDir();
const registryPath = positionals[0] ?? join(root, 'registry', 'meetings.tsv');

try {
  const tally: Record<WriteOutcome, string[]> = { created: [], updated: [], unchanged: [], 'kept-edited': [] };
  for (const row of parseMeetings(readFileSync(registryPath, 'utf8'))) {
    const entry = toSummitEntry(row);
    const path = entryPathIn(join(root, 'summits'), entry.id);
    const checked = summitSchema().safeParse(entry.frontmatter);
    if (!checked.success) throw new Error(describeIssues(`${registryPath} row ${row.id}`, checked.error.issues));
    tally[writeEntry(path, renderEntry(entry.frontmatter, entry.body), values.force)].push(entry.id);
  }
  for (const [outcome, ids] of Object.entries(tally)) console.log(`${outcome}: ${ids.length}`);
  for (const id of tally['kept-edited'])
    console.log(`  kept content/summits/${id}.md: edited by hand (use --force to overwrite)`);
} catch (error) {
  console.error(`summits: ${(error as Error).message}`);
  process.exitCode = 1;
}
