/**
 * The Astro half of `npm run build`, in a process of its own (src/cli/build.ts starts it), so its
 * memory is given back before the search index is built. A content error (a malformed entry) is
 * printed as the message naming the file and the field, without Astro's stack trace.
 *
 * Started with an IPC channel, it tells its parent each page that is whole on disk (`{ page:
 * 'articles/2024/slug/index.html' }`), written or reused, so the search index can start on the
 * parts that are complete while Astro renders the rest.
 */
import fs from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { buildProgress } from '../lib/site-build/build-progress.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? 'dist');

const pageWhole = (path: string) => process.send?.({ page: path.replace(/^\/+/, '') });
if (process.send) {
  // Astro logs a page's path before rendering it and the time after, without the path again: only
  // its write says which page is done. It writes pages with fs.promises.writeFile.
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = (async (file, ...rest: unknown[]) => {
    await (writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest);
    const path = file instanceof URL ? fileURLToPath(file) : typeof file === 'string' ? file : '';
    const inSite = relative(outDir, path);
    if (path && !inSite.startsWith('..')) pageWhole(inSite.split('\\').join('/'));
  }) as typeof writeFile;
}

const started = performance.now();
let pages = 0;
// Astro prints to standard output; its phases pass through, its line per page becomes a count.
const write = process.stdout.write.bind(process.stdout);
const progress = buildProgress((line) => write(`${line}\n`), pageWhole);
process.stdout.write = ((chunk: string | Uint8Array) => {
  progress.take(String(chunk));
  return true;
}) as typeof process.stdout.write;
const ticker = setInterval(() => progress.flush(), 5000);
try {
  await build({
    outDir,
    ...(values['cache-dir'] ? { cacheDir: resolve(values['cache-dir']) } : {}),
    logLevel: 'info',
    // The output folder is kept between builds: Astro leaves the pages it can reuse where they
    // are (src/cli/build.ts removes the ones no longer built).
    vite: { build: { emptyOutDir: false } },
    integrations: [{ name: 'summitry-page-count', hooks: { 'astro:build:done': (done) => void (pages = done.pages.length) } }],
  });
  clearInterval(ticker);
  const { total, reused } = progress.counts();
  console.log(
    `site: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; of ${total} pages and files, ${reused} reused from the last build`,
  );
} catch (error) {
  const { message, loc } = error as Error & { loc?: { file?: string } };
  // Astro marks field names up as markdown bold; a terminal shows the asterisks.
  const plain = message.replaceAll('****: ', '').replaceAll('**', '');
  console.error(`\nBuild failed${loc?.file ? ` on ${relative(process.cwd(), loc.file)}` : ''}:\n${plain}`);
  process.exitCode = 1;
} finally {
  clearInterval(ticker);
}
