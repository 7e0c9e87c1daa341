/**
 * Which entry files changed since the last build, told by each file's time and size without
 * reading it: at 100,000 articles, reading and hashing every file took most of Astro's content
 * sync on each build. The stamps are kept in the build cache with the digest of what they were
 * read under (the schema); a different digest, or no stamps, means every file is read again.
 */
import { readFileSync, statSync } from 'node:fs';
import { writeAtomically } from './entry-file.ts';

/** Each entry's `mtime:size`, by id. */
export type EntryStamps = Record<string, string>;

/** The stamps recorded under `digest`, or none when they were recorded under another or not at all. */
export function readEntryStamps(file: string, digest: string): EntryStamps {
  try {
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { digest?: string; stamps?: EntryStamps };
    return recorded.digest === digest && recorded.stamps ? recorded.stamps : {};
  } catch {
    return {};
  }
}

/** Records the stamps, for the next build. */
export function writeEntryStamps(file: string, digest: string, stamps: EntryStamps): void {
  writeAtomically(file, JSON.stringify({ digest, stamps }));
}

/**
 * Every entry's current stamp, and the ids to read: those whose stamp differs from the recorded
 * one, and those `isStored` says the store lacks (its cache was cleared) whatever their stamp.
 */
export function changedEntries(
  ids: Iterable<string>,
  pathOf: (id: string) => string,
  recorded: EntryStamps,
  isStored: (id: string) => boolean,
) {
  const stamps: EntryStamps = {};
  const changed: string[] = [];
  for (const id of ids) {
    const { mtimeMs, size } = statSync(pathOf(id));
    stamps[id] = `${mtimeMs}:${size}`;
    if (recorded[id] !== stamps[id] || !isStored(id)) changed.push(id);
  }
  return { stamps, changed };
}
