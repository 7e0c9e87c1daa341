/**
 * `npm run build [-- --out-dir DIR --cache-dir DIR]`: builds the site with Astro, then its search
 * index. Astro runs in a child process: at 50,000 articles it holds 2.4 GB until it exits, and
 * Pagefind then needs 7 GB of its own.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { stagingFolderFor, swapInFolder } from '../lib/swap-folder.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? 'dist');
// The site is built beside the published one and swapped in only when whole: a failed build
// leaves the last good site, search index and all.
const staging = stagingFolderFor(outDir);
rmSync(staging, { recursive: true, force: true });

const cacheArguments = values['cache-dir'] ? ['--cache-dir', values['cache-dir']] : [];
const astro = spawnSync(
  process.execPath,
  [join(import.meta.dirname, 'astro-build.ts'), '--out-dir', staging, ...cacheArguments],
  {
    stdio: 'inherit',
  },
);
try {
  if (astro.status !== 0) {
    process.exitCode = astro.status ?? 1;
  } else {
    await indexForSearch(staging);
    swapInFolder(staging, outDir);
  }
} catch (error) {
  console.error(`\nBuild failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
if (process.exitCode)
  console.error(`${relative(process.cwd(), outDir) || outDir} is unchanged: it still holds the last good build.`);

/** Builds the Pagefind index of the article and meeting pages into `<outDir>/pagefind/`. */
async function indexForSearch(siteDir: string): Promise<void> {
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('the search index: Pagefind could not start');
  // Only article and meeting pages are searchable; reading only those skips a third of the files
  // (50,000 articles: 98 s and 8.1 GB → 82 s and 6.9 GB), and a meeting's coverage and mention
  // lists, which repeat article titles, another 2,600.
  const { page_count: pages, errors } = await index.addDirectory({
    path: siteDir,
    glob: '{articles/**/index.html,summits/*/index.html}',
  });
  if (errors.length > 0) throw new Error(`the search index: ${errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  await pagefind.close();
  console.log(`search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
