/**
 * The articles already in the archive: where each raw file's entry is (so re-ingesting updates
 * it in place instead of adding a twin), and their stories (so a copy from another site is
 * recognised).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEntryIds } from '../content-dir.ts';
import { readEntryText } from '../entry-text.ts';
import { signatureOf, StoryIndex, storyKey } from './find-duplicate.ts';

/** What ingest needs to know of the archive. */
export interface Archive {
  /** Raw checksum → entry path under `content/` (`articles/2024/slug.md`). */
  byChecksum: Map<string, string>;
  /** Raw path (`raw/x.txt`) → entry path: an original edited and ingested again is the same story. */
  byRaw: Map<string, string>;
  stories: StoryIndex;
}

/** Reads every article entry under `root/articles`. */
export function loadArchive(root: string): Archive {
  const archive: Archive = { byChecksum: new Map(), byRaw: new Map(), stories: new StoryIndex() };
  for (const id of listEntryIds(join(root, 'articles'))) {
    const path = `articles/${id}.md`;
    const { data, body } = readEntryText(readFileSync(join(root, path), 'utf8'), `content/${path}`);
    if (typeof data['checksum'] !== 'string') continue;
    archive.byChecksum.set(data['checksum'], path);
    if (typeof data['raw'] === 'string') archive.byRaw.set(data['raw'], path);
    // A copy points at its original; only originals are matched against.
    if (!data['duplicateOf']) {
      const published = data['published'] instanceof Date ? data['published'] : null;
      archive.stories.add(
        storyKey(typeof data['summit'] === 'string' ? data['summit'] : null, published),
        id,
        data['checksum'],
        signatureOf(`${String(data['title'] ?? '')}\n${body}`),
      );
    }
  }
  return archive;
}

/** The entry id of a path under `content/`: `articles/2024/slug.md` → `2024/slug`. */
export function articleIdOf(path: string): string {
  return path.replace(/^articles\//, '').replace(/\.md$/, '');
}

/** A free path for a new entry: `slug.md`, else `slug-2.md`, `slug-3.md`… */
export function freePath(path: string, taken: (candidate: string) => boolean): string {
  let candidate = path;
  for (let n = 2; taken(candidate); n += 1) candidate = path.replace(/\.md$/, `-${n}.md`);
  return candidate;
}
