/** Where each raw file's entry already is, so re-ingesting updates it in place instead of adding a twin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEntryIds } from '../content-dir.ts';

/** Map from raw checksum to entry path under `content/` (`articles/2024/slug.md`). */
export function indexArticlesByChecksum(root: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of listEntryIds(join(root, 'articles'))) {
    const path = `articles/${id}.md`;
    const checksum = /^checksum: "?([a-f0-9]{64})"?$/m.exec(readFileSync(join(root, path), 'utf8'))?.[1];
    if (checksum) index.set(checksum, path);
  }
  return index;
}

/** A free path for a new entry: `slug.md`, else `slug-2.md`, `slug-3.md`… */
export function freePath(path: string, taken: (candidate: string) => boolean): string {
  let candidate = path;
  for (let n = 2; taken(candidate); n += 1) candidate = path.replace(/\.md$/, `-${n}.md`);
  return candidate;
}
