/** Building the site from a scratch copy of content/, for tests that change entries. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRoot } from './seeds.ts';

/** A scratch folder holding a copy of content/ (at `content`) and room for a build. */
export function scratchCopyOfContent() {
  const scratch = mkdtempSync(join(tmpdir(), 'summitry-build-'));
  const content = join(scratch, 'content');
  cpSync(contentRoot, content, { recursive: true });
  return { scratch, content, dist: join(scratch, 'dist') };
}

/** Runs `npm run build`'s script on a scratch copy; its cache stays in the scratch folder between builds. */
export function buildScratch({ scratch, content, dist }: ReturnType<typeof scratchCopyOfContent>) {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out-dir', dist, '--cache-dir', join(scratch, 'cache')], {
    env: { ...process.env, SUMMITRY_CONTENT: content },
    encoding: 'utf8',
  });
  return { code: result.status, err: result.stderr };
}
