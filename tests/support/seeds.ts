/** The committed content, loaded the way ingest loads it, for tests that need real entries. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadIngestContext } from '../../src/lib/ingest/load-context.ts';
import { readRaw } from '../../src/lib/ingest/read-raw.ts';
import { ingestArticle, type IngestedArticle } from '../../src/lib/ingest/ingest-article.ts';

export const contentRoot = join(import.meta.dirname, '..', '..', 'content');

/** Summits, outlets and people from content/, parsed through the real schemas. */
export const context = loadIngestContext(contentRoot);

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
