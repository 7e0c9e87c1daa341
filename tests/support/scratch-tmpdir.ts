/**
 * Vitest global setup: tests make scratch folders with `tmpdir()`; pointing TMPDIR at one folder
 * for the run lets teardown remove them all, so a run leaves nothing behind (a site build left
 * in /tmp is 2 MB, a benchmark-sized one 2 GB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'summitry-tests-'));
  process.env['TMPDIR'] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
