/**
 * What collect remembers between runs, in one JSON file beside the content: each listing's
 * validators (for conditional requests), every article address already kept or dropped, and the
 * pages that keep failing. It is written only when it changed, so a run that finds nothing new
 * leaves it as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomically } from '../entry-file.ts';
import type { Validators } from './polite-fetch.ts';

export interface CollectState {
  /** Validators of each feed or sitemap, by its address. */
  listings: Record<string, Validators>;
  /** Article addresses (canonical) already fetched, with what became of them. */
  seen: Record<string, 'kept' | 'irrelevant' | 'duplicate'>;
  /** Pages that failed, by address, with how many runs have tried them. */
  failing: Record<string, number>;
}

/** Runs that may try a failing page before it is left alone. */
export const triesPerPage = 3;

export function emptyState(): CollectState {
  return { listings: {}, seen: {}, failing: {} };
}

/** Reads the state file; a missing file is a first run. */
export function readState(path: string): CollectState {
  if (!existsSync(path)) return emptyState();
  let parsed: Partial<CollectState>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CollectState>;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}); delete it to collect from scratch`, {
      cause: error,
    });
  }
  return { ...emptyState(), ...parsed };
}

/** Writes the state if it differs from what is on disk; returns whether it wrote. */
export function writeState(path: string, state: CollectState): boolean {
  const text = `${JSON.stringify(sortedState(state), null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeAtomically(path, text);
  return true;
}

/** Keys in order, so the file diffs cleanly in a repository. */
function sortedState(state: CollectState): CollectState {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { listings: sorted(state.listings), seen: sorted(state.seen), failing: sorted(state.failing) };
}
