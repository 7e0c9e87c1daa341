/** The files of a built site, as incremental building compares them: path, time written and size. */
import { readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file's last write and size. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/**
 * Every file under `dir`, by its path relative to it with forward slashes; none when `dir` is
 * missing. Paths `leaveOut` accepts are not even looked at.
 */
export function outputFiles(dir: string, leaveOut: (path: string) => boolean = () => false): Map<string, FileStamp> {
  const files = new Map<string, FileStamp>();
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return files;
  }
  for (const name of names) {
    const path = name.split('\\').join('/');
    if (leaveOut(path)) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile()) files.set(path, { mtimeMs: stat.mtimeMs, size: stat.size });
  }
  return files;
}

/** Deletes `folder` (relative to `root`) and the folders above it while they are empty. */
export function removeEmptyFolders(root: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    try {
      rmdirSync(join(root, current));
    } catch {
      return;
    }
  }
}
