/** Peak resident memory of a process and all its descendants, sampled from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of `root` and its descendants now, in bytes. */
export function treeResidentBytes(root: number): number {
  const parents = new Map<number, number>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      resident.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += resident.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) pending.push(child);
  }
  return total;
}

/** Samples a process tree every `intervalMs` and reports the peak when stopped. */
export function watchPeakMemory(root: number, intervalMs = 200): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(root));
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
