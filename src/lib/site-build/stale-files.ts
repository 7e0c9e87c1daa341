/**
 * Pages an incremental build leaves behind. Astro builds into the same folder every time and
 * keeps the pages it could reuse, but never deletes one whose article is gone: a file is current
 * when this build wrote it or Astro's cache manifest says it reused it; everything else is stale.
 */
import { readFileSync } from 'node:fs';
import type { FileStamp } from './output-files.ts';

/** The output files Astro's incremental cache manifest lists, or none when it has none we can read. */
export function reusedOutputs(manifestPath: string): Set<string> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return new Set();
  }
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> }).routes ?? {};
  const outputs = new Set<string>();
  for (const route of Object.values(routes)) {
    for (const path of Object.values(route.paths ?? {})) {
      if (typeof path.outputFile === 'string') outputs.add(path.outputFile);
    }
  }
  return outputs;
}

/** Files neither written since `buildStarted` nor reused. */
export function staleFiles(files: ReadonlyMap<string, FileStamp>, buildStarted: number, reused: ReadonlySet<string>): string[] {
  return [...files].filter(([path, stamp]) => stamp.mtimeMs < buildStarted && !reused.has(path)).map(([path]) => path);
}
