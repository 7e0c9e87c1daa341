/** Whether two built sites are the same, file for file and byte for byte. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputFiles } from './output-files.ts';

/** The files that differ between two folders: in one only, or with other bytes; sorted. */
export function differingFiles(left: string, right: string): string[] {
  const leftFiles = outputFiles(left);
  const rightFiles = outputFiles(right);
  const differing = new Set<string>();
  for (const path of new Set([...leftFiles.keys(), ...rightFiles.keys()])) {
    const [a, b] = [leftFiles.get(path), rightFiles.get(path)];
    if (!a || !b || a.size !== b.size || !readFileSync(join(left, path)).equals(readFileSync(join(right, path))))
      differing.add(path);
  }
  return [...differing].sort();
}
