/**
 * The Astro half of `npm run build`, in a process of its own (src/cli/build.ts starts it), so its
 * memory is given back before the search index is built. A content error (a malformed entry) is
 * printed as the message naming the file and the field, without Astro's stack trace.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { buildProgress } from '../lib/site-build/build-progress.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } } });

const started = performance.now();
let pages = 0;
// Astro prints to standard output; its phases pass through, its line per page becomes a count.
const write = process.stdout.write.bind(process.stdout);
const progress = buildProgress((line) => write(`${line}\n`));
process.stdout.write = ((chunk: string | Uint8Array) => {
  progress.take(String(chunk));
  return true;
}) as typeof process.stdout.write;
const ticker = setInterval(() => progress.flush(), 5000);
try {
  await build({
    outDir: resolve(values['out-dir'] ?? 'dist'),
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
