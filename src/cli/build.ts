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
 *
 * A year's search part is indexed as soon as Astro has written the year's last article page, while
 * it renders the rest of the site (the search index is a fifth of a full build). That index is
 * staged beside the live one and used only if the part's pages are still exactly as they were
 * when indexing began once Astro is done; otherwise the part is indexed again.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { contentDir, listEntryIds } from '../lib/content-dir.ts';
import { writeAtomically } from '../lib/entry-file.ts';
import { outputFiles, removeEmptyFolders, type FileStamp } from '../lib/site-build/output-files.ts';
import { searchPartReadiness } from '../lib/site-build/search-part-readiness.ts';
import {
  isSearchIndexFile,
  searchBundlePaths,
  searchIndexFolder,
  searchPartFolder,
  searchPartGlob,
  searchParts,
  searchPartsFile,
} from '../lib/site-build/search-parts.ts';
import { reusedOutputs, staleFiles } from '../lib/site-build/stale-files.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? 'dist');
const cacheDir = resolve(values['cache-dir'] ?? 'node_modules/.astro');
const astroManifest = join(cacheDir, 'incremental-build.json');
const searchState = join(cacheDir, 'search-parts.json');
const pagefindVersion = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
const indexed = readState();
const liveFolder = (part: string) => join(outDir, searchIndexFolder, part);
const stagedFolder = (part: string) => `${liveFolder(part)}.new`;

/** Parts indexed while Astro was still building: the fingerprint their pages had then, and how many. */
const indexedEarly = new Map<string, Promise<{ fingerprint: string; pages: number } | null>>();
let earlySeconds = 0;
let searchQueue: Promise<unknown> = Promise.resolve();

// The kernel stamps files from a clock that may lag this one by a tick (a few milliseconds).
const buildStarted = Date.now() - 100;
const readiness = searchPartReadiness(listEntryIds(join(contentDir(), 'articles')));
const astro = spawn(
  process.execPath,
  [join(import.meta.dirname, 'astro-build.ts'), '--out-dir', outDir, '--cache-dir', cacheDir],
  { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
);
astro.on('message', (message: { page?: string }) => {
  const part = message.page ? readiness.written(message.page) : null;
  if (part)
    indexedEarly.set(
      part,
      inSearchQueue(() => indexEarly(part)),
    );
});
const astroStatus = await new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
try {
  if (astroStatus !== 0) {
    // Pages this failed build wrote would look reused to the next one: start that one afresh.
    rmSync(astroManifest, { force: true });
    await searchQueue;
    process.exitCode = astroStatus;
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
} finally {
  await pagefind.close();
  // An index staged for a build that did not finish is never used.
  for (const part of indexedEarly.keys()) rmSync(stagedFolder(part), { recursive: true, force: true });
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
  await searchQueue;
  const parts = searchParts(files, pagefindVersion);
  const changed = [...parts].filter(([part, { fingerprint }]) => indexed[part] !== fingerprint || !existsSync(liveFolder(part)));
  let pages = 0;
  let early = 0;
  for (const [part, { fingerprint }] of changed) {
    const staged = await indexedEarly.get(part);
    if (staged?.fingerprint === fingerprint) {
      early += 1;
      pages += staged.pages;
    } else pages += await stageIndex(part);
  }
  for (const [part] of changed) {
    rmSync(liveFolder(part), { recursive: true, force: true });
    renameSync(stagedFolder(part), liveFolder(part));
  }
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
  console.log(
    `search index: ${pages} pages in ${changed.length} of ${parts.size} parts (${early} indexed in ${earlySeconds.toFixed(1)} s while Astro built), ${seconds(started)} s after Astro`,
  );
}

/**
 * Indexes a part Astro has just finished, if its pages changed since the last index: the
 * fingerprint they had when indexing began and how many were indexed, or null when nothing was
 * staged.
 */
async function indexEarly(part: string): Promise<{ fingerprint: string; pages: number } | null> {
  const started = performance.now();
  const folder = searchPartFolder(part);
  const files = new Map([...outputFiles(join(outDir, folder))].map(([path, stamp]) => [`${folder}/${path}`, stamp]));
  const fingerprint = searchParts(files, pagefindVersion).get(part)?.fingerprint;
  if (!fingerprint || (indexed[part] === fingerprint && existsSync(liveFolder(part)))) return null;
  try {
    return { fingerprint, pages: await stageIndex(part) };
  } catch {
    // Indexed again after Astro, where an error stops the build with its message.
    return null;
  } finally {
    earlySeconds += (performance.now() - started) / 1000;
  }
}

/** Indexes one part's pages into its staging folder; returns how many pages it took. */
async function stageIndex(part: string): Promise<number> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('the search index: Pagefind could not start');
  const { page_count, errors } = await index.addDirectory({ path: outDir, glob: searchPartGlob(part) });
  if (errors.length > 0) throw new Error(`the search index: ${errors.join('; ')}`);
  rmSync(stagedFolder(part), { recursive: true, force: true });
  await index.writeFiles({ outputPath: stagedFolder(part) });
  await index.deleteIndex();
  return page_count;
}

/** Runs `task` after the search work queued before it: Pagefind indexes one part at a time. */
function inSearchQueue<T>(task: () => Promise<T>): Promise<T> {
  const result = searchQueue.then(task);
  searchQueue = result.catch(() => undefined);
  return result;
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
