/** The committed content, loaded the way ingest loads it, for tests that need real entries. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { agencyNamesOf, loadIngestContext } from '../../src/lib/ingest/load-context.ts';
import { readRaw } from '../../src/lib/ingest/read-raw.ts';
import { ingestArticle, type IngestContext, type IngestedArticle } from '../../src/lib/ingest/ingest-article.ts';
import { loadEntries } from '../../src/lib/load-entries.ts';
import { outletSchema } from '../../src/lib/schema.ts';

export const contentRoot = join(import.meta.dirname, '..', '..', 'content');

/** A context without the given outlets, its agency names following. */
export function withoutOutlets(known: IngestContext, left: ReadonlySet<string>): IngestContext {
  const outlets = known.outlets.filter((outlet) => !left.has(outlet.id));
  return { ...known, outlets, agencyNames: agencyNamesOf(outlets) };
}

/** The outlet entries made from the real set's labels (`fromRealSet`), not by an editor. */
export const outletsFromRealSet: ReadonlySet<string> = new Set(
  loadEntries(join(contentRoot, 'outlets'), outletSchema())
    .filter(({ data }) => data.fromRealSet)
    .map(({ id }) => id),
);

/**
 * Summits, outlets and people from content/, parsed through the real schemas, without the
 * outlets made from the real set's labels: tests of ingest and the real-page evaluation must not
 * learn a site's name from the label they are scored on, and an unknown site stays unknown.
 */
export const context = withoutOutlets(loadIngestContext(contentRoot), outletsFromRealSet);

/** The five seed articles as committed in content/raw/, with their sidecars. */
export const seedFiles = readdirSync(join(contentRoot, 'raw'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(contentRoot, 'raw', name));

/** Ingests one raw file from content/raw/ without writing anything. */
export function ingestSeed(path: string): IngestedArticle {
  const raw = readRaw(path);
  const name = path.slice(path.lastIndexOf('/') + 1);
  return ingestArticle(
    { file: path, text: raw.text, checksum: raw.checksum, raw: `raw/${name}`, sidecar: raw.sidecar, page: raw.page },
    context,
  );
}

/** A meeting of the registry by id. */
export function meeting(id: string) {
  const found = context.meetings.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no meeting ${id}`);
  return found;
}
