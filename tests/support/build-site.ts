/** Building the site from a scratch copy of content/, for tests that change entries. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRoot } from './seeds.ts';

/**
 * A scratch folder holding a copy of content/ (at `content`) and room for a build. With
 * `seedsOnly`, the copy leaves out the references (the real coverage recorded as facts and our
 * summaries), so a test can count on the five seed articles alone whatever the archive holds.
 */
export function scratchCopyOfContent({ seedsOnly = false } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'summitry-build-'));
  const content = join(scratch, 'content');
  cpSync(contentRoot, content, { recursive: true });
  if (seedsOnly) removeReferences(content);
  return { scratch, content, dist: join(scratch, 'dist') };
}

function removeReferences(content: string) {
  const articles = join(content, 'articles');
  for (const name of readdirSync(articles, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(articles, name), 'utf8');
    if (!/^reference: true$/m.test(text)) continue;
    rmSync(join(articles, name));
    const raw = /^raw: (.+)$/m.exec(text)?.[1];
    if (raw) rmSync(join(content, raw), { force: true });
  }
}

/**
 * Runs `npm run build`'s script on a scratch copy, into its `dist` with a cache kept in the scratch
 * folder between builds; `into` names another output folder, with a cache of its own.
 */
export function buildScratch(
  { scratch, content, dist }: ReturnType<typeof scratchCopyOfContent>,
  { into }: { into?: string } = {},
) {
  const [outDir, cacheDir] = into ? [join(scratch, into), join(scratch, `${into}-cache`)] : [dist, join(scratch, 'cache')];
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out-dir', outDir, '--cache-dir', cacheDir], {
    env: { ...process.env, SUMMITRY_CONTENT: content },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr, dist: outDir };
}
