/** Where a raw file lives under content/ once ingested. */
import { basename, relative, resolve } from 'node:path';

/** The raw file's path under `root`: where it is if it is already there, else `raw/<name>`. */
export function rawPathOf(root: string, file: string): string {
  const inside = relative(root, resolve(file));
  return inside.startsWith('raw/') ? inside : `raw/${basename(file)}`;
}
