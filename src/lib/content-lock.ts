/**
 * One writer at a time in the content folder. Two ingests over the same inputs would each see
 * the other's new entries too late and write every article twice; the second one is refused,
 * with who holds the lock. A lock left by a run that died is taken over.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './entry-file.ts';

/** The lock file in a content folder. */
export function lockFileIn(root: string): string {
  return join(root, '.ingest.lock');
}

/** Takes the lock on `root` for this process and returns its release; throws, saying who holds it, if taken. */
export function lockContent(root: string): () => void {
  const file = lockFileIn(root);
  const mine = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return () => releaseIfMine(file, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder ? isRunning(holder.pid) : justMade(file)) {
      const who = holder ? `process ${holder.pid}, started ${holder.since}` : 'starting now';
      throw new Error(`another ingest (${who}) is writing to ${root}; wait for it to finish, then run this again`);
    }
    // Its process is gone: the lock is stale.
    rmSync(file, { force: true });
  }
  throw new Error(`could not lock ${root}: another ingest keeps taking ${file}`);
}

function readHolder(file: string): { pid: number; since: string } | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown; since?: unknown };
    return typeof holder.pid === 'number' ? { pid: holder.pid, since: String(holder.since) } : null;
  } catch {
    return null;
  }
}

// A lock file with nothing in it yet is another run between creating and writing it.
function justMade(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 10_000;
  } catch {
    return false;
  }
}

function releaseIfMine(file: string, mine: string): void {
  try {
    if (readFileSync(file, 'utf8') === mine) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}
