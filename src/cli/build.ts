/**
 * `npm run build [-- --out-dir DIR --cache-dir DIR]`: builds the site with Astro, then its search
 * index.
 *
 * Builds are incremental and in place: Astro re-renders only the pages whose cache key or code
 * changed (src/lib/site/page-keys.ts) and leaves the others where they are; pages no longer built
 * are then deleted, and the search index is rebuilt only in the parts whose pages changed. On
 * this machine a file operation costs as much as writing a page, so the site is never copied:
 * a build that fails leaves every page whole, the last good search index and sitemap, and
 * starts the next build afresh. Astro runs in a child process: at 50,000 articles it holds 2.4 GB
 * until it exits, and Pagefind then needs gigabytes of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { outputFiles, removeEmptyFolders, type FileStamp } from '../lib/site-build/output-files.ts';
import {
  isSearchIndexFile,
  searchBundlePaths,
  searchIndexFolder,
  searchPartGlob,
  searchParts,
  searchPartsFile,
} from '../lib/site-build/search-parts.ts';
import { reusedOutputs, staleFiles } from '../lib/site-build/stale-files.ts';
import { writeAtomically } from '../lib/entry-file.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? 'dist');
const cacheDir = resolve(values['cache-dir'] ?? 'node_modules/.astro');
const astroManifest = join(cacheDir, 'incremental-build.json');
const searchState = join(cacheDir, 'search-parts.json');
const pagefindVersion = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;

// The kernel stamps files from a clock that may lag this one by a tick (a few milliseconds).
const buildStarted = Date.now() - 100;
const astro = spawnSync(
  process.execPath,
  [join(import.meta.dirname, 'astro-build.ts'), '--out-dir', outDir, '--cache-dir', cacheDir],
  { stdio: 'inherit' },
);
try {
  if (astro.status !== 0) {
    // Pages this failed build wrote would look reused to the next one: start that one afresh.
    rmSync(astroManifest, { force: true });
    process.exitCode = astro.status ?? 1;
  } else {
    const started = performance.now();
    // The search index (as many files again as there are articles) is the build's own to prune.
    const files = outputFiles(outDir, isSearchIndexFile);
    const stale = staleFiles(files, buildStarted, reusedOutputs(astroManifest));
    for (const path of stale) {
      rmSync(join(outDir, path));
      removeEmptyFolders(outDir, dirname(path));
      files.delete(path);
    }
    const written = [...files.values()].filter((stamp) => stamp.mtimeMs >= buildStarted).length;
    console.log(
      `files: ${written} written, ${files.size - written} reused, ${stale.length} no longer built and removed in ${seconds(started)} s`,
    );
    await indexForSearch(files);
  }
} catch (error) {
  console.error(`\nBuild failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
if (process.exitCode)
  console.error(
    `${relative(process.cwd(), outDir) || outDir} keeps the last good search index and sitemap; the next build starts afresh.`,
  );

/**
 * Indexes again the search parts whose pages changed, into `<site>/pagefind/<part>/`, and lists
 * every part for the search page. Only article and meeting pages are searchable: a meeting's
 * coverage and mention lists repeat article titles.
 */
async function indexForSearch(files: ReadonlyMap<string, FileStamp>): Promise<void> {
  const started = performance.now();
  const parts = searchParts(files, pagefindVersion);
  const indexed = readState();
  const folderOf = (part: string) => join(outDir, searchIndexFolder, part);
  const changed = [...parts].filter(([part, { fingerprint }]) => indexed[part] !== fingerprint || !existsSync(folderOf(part)));
  let pages = 0;
  for (const [part] of changed) {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('the search index: Pagefind could not start');
    const { page_count, errors } = await index.addDirectory({ path: outDir, glob: searchPartGlob(part) });
    if (errors.length > 0) throw new Error(`the search index: ${errors.join('; ')}`);
    const fresh = `${folderOf(part)}.new`;
    rmSync(fresh, { recursive: true, force: true });
    await index.writeFiles({ outputPath: fresh });
    await index.deleteIndex();
    rmSync(folderOf(part), { recursive: true, force: true });
    renameSync(fresh, folderOf(part));
    pages += page_count;
  }
  await pagefind.close();
  // Whatever else the index folder holds (a part no longer built, an older layout's files) goes.
  mkdirSync(join(outDir, searchIndexFolder), { recursive: true });
  for (const name of readdirSync(join(outDir, searchIndexFolder))) {
    if (!parts.has(name)) rmSync(join(outDir, searchIndexFolder, name), { recursive: true, force: true });
  }
  writeAtomically(join(outDir, searchPartsFile), `${JSON.stringify({ bundles: searchBundlePaths(parts.keys()) })}\n`);
  writeAtomically(
    searchState,
    JSON.stringify(Object.fromEntries([...parts].map(([part, { fingerprint }]) => [part, fingerprint]))),
  );
  console.log(`search index: ${pages} pages in ${changed.length} of ${parts.size} parts in ${seconds(started)} s`);
}

function readState(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(searchState, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
