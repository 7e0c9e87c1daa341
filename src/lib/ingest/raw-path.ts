/** Where a raw file lives under content/ once ingested. */
import { basename, relative, resolve } from 'node:path';
import { rawPathPattern, safeFileName } from '../raw-file-names.ts';

/** The raw file's path under `root`: where it is if it is already there under a safe name, else `raw/<safe name>`. */
export function rawPathOf(root: string, file: string): string {
  const inside = relative(root, resolve(file)).split('\\').join('/');
  return rawPathPattern.test(inside) ? inside : `raw/${safeFileName(basename(file))}`;
}
