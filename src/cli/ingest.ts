/**
 * `npm run ingest -- [--dry-run] [--json] [--force] [--explain] [--time-limit SECONDS] FILE...`
 * Turns raw article text into article entries under content/articles/, copying each raw file
 * (and its sidecar) into content/raw/. Entries an editor changed are kept unless --force.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { lockContent } from '../lib/content-lock.ts';
import { inOrderAhead } from '../lib/in-order-ahead.ts';
import { createAtomically, removeStaleTemporaries, renderEntry, sha256, writeAtomically, writeEntry } from '../lib/entry-file.ts';
import { articleIdOf, freePath, loadArchive } from '../lib/ingest/existing-articles.ts';
import { explainChoice } from '../lib/ingest/explain-choice.ts';
import { finishArticle } from '../lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../lib/ingest/load-context.ts';
import type { SiteName } from '../lib/ingest/name-site.ts';
import { isReference, sidecarPathOf } from '../lib/ingest/read-raw.ts';
import { formatReviewReport, reviewRowOf, type ReviewRow } from '../lib/ingest/review-report.ts';
import { startAnalysePool } from './analyse-pool.ts';
import type { AnalyseOutcome, AnalysedFile } from './ingest-worker.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'time-limit': { type: 'string', default: '30' },
  },
});

/** Files per worker task: a message each way per file cost the main thread 2 s in 10,000. */
const batchSize = 16;

const root = contentDir();
const dryRun = values['dry-run'];
const timeLimitSeconds = Number(values['time-limit']);
let failed = 0;

try {
  if (!(timeLimitSeconds > 0))
    throw new Error(`--time-limit takes a number of seconds, such as 30; found "${values['time-limit']}"`);
  if (positionals.length === 0)
    throw new Error('name the raw article files (or folders) to ingest, e.g. npm run ingest -- inbox/*.txt');
  const files = expandFolders(positionals);
  if (!dryRun) {
    const release = lockContent(root);
    process.on('exit', release);
    for (const name of removeStaleTemporaries(root))
      console.log(`removed     content/${name}, left half written by a run that was stopped`);
  }
  const archive = loadArchive(root);
  const byChecksum = archive.byChecksum;
  const context = loadIngestContext(root);
  const knownArticles = context.ids.articles;
  const reviewTable: ReviewRow[] = [];
  for await (const outcome of analyseInOrder(files)) {
    try {
      if ('error' in outcome) throw outcome.error;
      const { file, result } = outcome;
      const { analysed, checksum } = result;
      // The entry this file already has: the same bytes, or its original edited since.
      const existing = byChecksum.get(checksum) ?? archive.byRaw.get(result.rawPath) ?? null;
      const similar = archive.stories.findDuplicate(analysed.storyKey, checksum, analysed.signature);
      const duplicateOf = existing && similar === articleIdOf(existing) ? null : similar;
      const article = finishArticle(analysed, duplicateOf, context.ids);
      keepRaw(file, result);
      article.path = existing ?? freePath(article.path, (path) => existsSync(join(root, path)));
      byChecksum.set(checksum, article.path);
      archive.byRaw.set(result.rawPath, article.path);
      // Later files in this run may be copies of this one.
      const id = articleIdOf(article.path);
      knownArticles.add(id);
      if (!duplicateOf) archive.stories.add(analysed.storyKey, id, checksum, analysed.signature);
      if (values.explain) console.log([file, ...explainChoice(article.frontmatter, analysed.weighed)].join('\n'));
      if (values.json) {
        console.log(JSON.stringify({ file, frontmatter: article.frontmatter, body: article.body, review: article.review }));
      }
      if (!dryRun) {
        if (article.proposedOutlet) proposeOutlet(article.proposedOutlet, file);
        const written = writeEntry(join(root, article.path), renderEntry(article.frontmatter, article.body), values.force);
        if (!values.json) console.log(`${written.padEnd(11)} content/${article.path}  ← ${file}`);
        if (written === 'kept-edited')
          console.log(`            edited by hand since ingest: kept (ingest again with --force to overwrite)`);
      }
      reviewTable.push(reviewRowOf(article));
    } catch (error) {
      failed += 1;
      // Every line names its input: a write error names only the entry it could not write.
      const message = (error as Error).message;
      console.error(`ingest: ${message.includes(outcome.file) ? message : `${outcome.file}: ${message}`}`);
    }
  }
  if (!values.json) for (const line of formatReviewReport(reviewTable)) console.log(line);
} catch (error) {
  failed += 1;
  console.error(`ingest: ${(error as Error).message}`);
}
if (failed > 0) process.exitCode = 1;

/**
 * Analyses the files on every core, a bounded number of batches ahead of the main thread, which
 * takes the results in input order: which of two copies is the original, and which file gets a
 * contested slug, must not depend on thread timing.
 */
async function* analyseInOrder(files: readonly string[]): AsyncGenerator<AnalyseOutcome> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / batchSize)));
  const pool = startAnalysePool(root, threads, timeLimitSeconds);
  const batches = Array.from({ length: Math.ceil(files.length / batchSize) }, (_, i) =>
    files.slice(i * batchSize, (i + 1) * batchSize),
  );
  try {
    for await (const outcomes of inOrderAhead(batches, pool.analyse, pool.threads * 4)) yield* outcomes;
  } finally {
    await pool.destroy();
  }
}

/** Writes a proposed outlet's entry for an editor to complete, unless one of that name exists. */
function proposeOutlet(site: SiteName, file: string): void {
  const frontmatter = {
    name: site.name,
    url: site.url,
    country: site.country ?? null,
    kind: site.kind ?? 'unknown',
    affiliation: 'unknown',
    affiliationSource: null,
    markers: [],
  };
  const body = site.kind
    ? `Proposed by ingest for ${basename(file)}, from ${site.source}: check the name, kind and country, and set the affiliation.`
    : `Proposed by ingest for ${basename(file)}, named from ${site.source}: check the name, and set kind, country and affiliation.`;
  if (createAtomically(join(root, 'outlets', `${site.id}.md`), renderEntry(frontmatter, body)))
    console.log(`${'proposed'.padEnd(11)} content/outlets/${site.id}.md  ← ${file}`);
}

/** Files named, with folders replaced by the articles in them and the references (sidecars standing alone). */
function expandFolders(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    existsSync(path) && statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => /\.(txt|md|html?)$/i.test(name) || isReference(join(path, name)))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/**
 * Copies the raw file (and its sidecar) into content/raw/, in input order, refusing a different
 * file of the same name there; with --dry-run only refuses.
 */
function keepRaw(file: string, { rawPath, checksum, sidecarFile }: AnalysedFile): void {
  const target = join(root, rawPath);
  if (resolve(file) === target) return;
  const created = !dryRun && createAtomically(target, readFileSync(file));
  if (!created && existsSync(target) && sha256(readFileSync(target)) !== checksum) {
    throw new Error(`${file}: a different file named ${basename(target)} is already in content/raw/; rename the new one`);
  }
  if (sidecarFile && !dryRun) {
    const sidecarTarget = sidecarPathOf(target);
    if (resolve(sidecarFile) !== sidecarTarget) writeAtomically(sidecarTarget, readFileSync(sidecarFile));
  }
}
