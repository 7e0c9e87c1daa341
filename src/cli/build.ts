/**
 * `npm run build [-- --out-dir DIR --cache-dir DIR]`: builds the site with Astro, then its search
 * index. Astro runs in a child process: at 50,000 articles it holds 2.4 GB until it exits, and
 * Pagefind then needs 7 GB of its own.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? 'dist');

const astro = spawnSync(process.execPath, [join(import.meta.dirname, 'astro-build.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (astro.status !== 0) process.exit(astro.status ?? 1);
try {
  await indexForSearch(outDir);
} catch (error) {
  console.error(`\nSearch index failed: ${(error as Error).message}`);
  process.exitCode = 1;
}

/** Builds the Pagefind index of the article and meeting pages into `<outDir>/pagefind/`. */
async function indexForSearch(siteDir: string): Promise<void> {
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  // Only article and meeting pages are searchable; reading only those skips a third of the files
  // (50,000 articles: 98 s and 8.1 GB → 82 s and 6.9 GB), and a meeting's coverage and mention
  // lists, which repeat article titles, another 2,600.
  const { page_count: pages, errors } = await index.addDirectory({
    path: siteDir,
    glob: '{articles/**/index.html,summits/*/index.html}',
  });
  if (errors.length > 0) throw new Error(errors.join('; '));
  await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  await pagefind.close();
  console.log(`search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
