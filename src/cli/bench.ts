/**
 * `npm run bench [-- --articles N] [--pairs P] [--growth-from M] [--json] [--keep]`: Summitry against bare Astro on the same
 * synthetic corpus (N articles, default 10,000), in a scratch folder, never in content/:
 * ingest the raw articles, build the full site with its search index, then the loop an editor
 * lives in (ingest one new article and rebuild, then twenty more and rebuild), check that the
 * rebuilt site equals a clean build of the same content, build the bare Astro baseline
 * (tests/bench/baseline), and print times, peak memory of each process tree, page counts and
 * sizes, and the ratios to the baseline. `--pairs P` then builds P − 1 more pairs (a clean
 * Summitry build, then the baseline), so the ratio's run-to-run spread on this machine shows in
 * one run, with its median. `--growth-from M` then ingests an M-article corpus and builds it
 * afresh before and after a fresh build of the N-article site: how the build grows, timed back to
 * back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeBuildFailure } from '../lib/bench/build-failure.ts';
import { differingFiles } from '../lib/site-build/compare-trees.ts';
import { watchPeakMemory } from '../lib/bench/process-tree-memory.ts';
import { syntheticCorpus } from '../lib/bench/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '1' },
    'growth-from': { type: 'string', default: '0' },
  },
});
const articles = Number(values.articles);
const pairs = Math.max(1, Number(values.pairs));
const growthFrom = Number(values['growth-from']);
const scratch = mkdtempSync(join(tmpdir(), 'summitry-bench-'));
const content = join(scratch, 'content');
const node = process.execPath;

/** One phase: a command run to the end, with its wall time, peak memory and output. */
interface Phase {
  seconds: number;
  peakMb: number;
  output: string;
}

/** A phase that failed: how long it ran, its peak memory and the error it ended with. */
interface FailedPhase {
  seconds: number;
  peakMb: number;
  error: string;
}

class PhaseError extends Error {
  readonly phase: FailedPhase;
  constructor(message: string, phase: FailedPhase) {
    super(message);
    this.phase = phase;
  }
}

function run(args: string[], contentDir = content): Promise<Phase> {
  // Each phase starts with the previous one's writes on disk: a build timed while the kernel
  // still flushes the last one's 400 MB ran twice as long.
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, args, { env: { ...process.env, SUMMITRY_CONTENT: contentDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = watchPeakMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const measured = { seconds: (performance.now() - started) / 1000, peakMb: Math.round(stop() / 1024 / 1024) };
      if (code === 0) resolve({ ...measured, output });
      else
        reject(
          new PhaseError(`${args.join(' ')} failed:\n${output.slice(-2000)}`, {
            ...measured,
            error: describeBuildFailure(output),
          }),
        );
    });
  });
}

/** Pages, bytes and the largest page of a built site, in one walk over its files. */
function measureSite(dir: string) {
  const site = { pages: 0, bytes: 0, largestBytes: 0, largestPage: '', largestArticleBytes: 0 };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, file));
    if (!stat.isFile()) continue;
    site.bytes += stat.size;
    if (!file.endsWith('.html')) continue;
    site.pages += 1;
    if (stat.size > site.largestBytes) Object.assign(site, { largestBytes: stat.size, largestPage: file });
    if (file.startsWith('articles/')) site.largestArticleBytes = Math.max(site.largestArticleBytes, stat.size);
  }
  return site;
}

const log = (line: string) => {
  if (!values.json) console.log(line);
};

try {
  log(`corpus: ${articles} articles in ${scratch}`);
  writeCorpus(articles, scratch, 21);
  log('1/6 ingest…');
  const ingest = await run(['src/cli/ingest.ts', join(scratch, 'inbox')]);
  log('2/6 Summitry build with search index…');
  const build = await run(buildInto('dist', 'cache'));
  // Most of the index is built while Astro renders (src/cli/build.ts); what is left waits for it.
  const searchSeconds = Number(/search index: .*?([\d.]+) s after Astro/.exec(build.output)?.[1] ?? NaN);
  const searchAlongsideSeconds = Number(/indexed in ([\d.]+) s while Astro built/.exec(build.output)?.[1] ?? NaN);
  log('3/6 one new article: ingest and rebuild…');
  await run(['src/cli/ingest.ts', join(scratch, 'news', 'one')]);
  const rebuildOne = await run(buildInto('dist', 'cache'));
  log('4/6 twenty new articles: ingest and rebuild…');
  await run(['src/cli/ingest.ts', join(scratch, 'news', 'twenty')]);
  const rebuildTwenty = await run(buildInto('dist', 'cache'));
  log('5/6 clean build of the same content, to compare…');
  const clean = await run(buildInto('dist-clean', 'cache-clean'));
  const differing = differingFiles(join(scratch, 'dist'), join(scratch, 'dist-clean'));
  log('6/6 bare Astro baseline…');
  // Bare Astro cannot build a large archive (its data store outgrows V8's longest string near
  // 48,000 articles); that failure is a figure too, not the end of the benchmark.
  const baseline = await run([
    'node_modules/astro/bin/astro.mjs',
    'build',
    '--root',
    'tests/bench/baseline',
    '--outDir',
    join(scratch, 'baseline-dist'),
  ]).catch((error: unknown) => {
    if (error instanceof PhaseError) return error.phase;
    throw error;
  });
  const baselineFailed = 'error' in baseline;
  // Side by side again: the machine's speed drifts over minutes, so each pair is timed back to back.
  const pairRatios = baselineFailed ? [] : [round(build.seconds / baseline.seconds)];
  for (let pair = 2; pair <= pairs && !baselineFailed; pair += 1) {
    log(`pair ${pair}/${pairs}: clean build, then bare Astro…`);
    for (const dir of ['dist-pair', 'cache-pair', 'baseline-pair']) rmSync(join(scratch, dir), { recursive: true, force: true });
    const ours = await run(buildInto('dist-pair', 'cache-pair'));
    const bare = await run([
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--root',
      'tests/bench/baseline',
      '--outDir',
      join(scratch, 'baseline-pair'),
    ]);
    pairRatios.push(round(ours.seconds / bare.seconds));
    log(`  ${fmt(ours.seconds)} / ${fmt(bare.seconds)} = ${round(ours.seconds / bare.seconds)}×`);
  }
  let growth: { fromArticles: number; fromSeconds: number; seconds: number; ratio: number } | null = null;
  if (growthFrom > 0) {
    log(`growth: ${growthFrom} articles ingested and built, these ${articles} built again, then the ${growthFrom} again…`);
    const small = join(scratch, 'growth');
    writeCorpus(growthFrom, small, 0);
    await run(['src/cli/ingest.ts', join(small, 'inbox')], join(small, 'content'));
    // The smaller site is built before and after the larger one, each time afresh, and the
    // faster of its two builds counts: the first build in a folder pays for warming up.
    const buildSmaller = (round: number) => {
      for (const dir of ['dist', 'cache']) rmSync(join(small, `${dir}-${round}`), { recursive: true, force: true });
      return run(
        ['src/cli/build.ts', '--out-dir', join(small, `dist-${round}`), '--cache-dir', join(small, `cache-${round}`)],
        join(small, 'content'),
      );
    };
    const before = await buildSmaller(1);
    for (const dir of ['dist-growth', 'cache-growth']) rmSync(join(scratch, dir), { recursive: true, force: true });
    const larger = await run(buildInto('dist-growth', 'cache-growth'));
    const after = await buildSmaller(2);
    const smaller = before.seconds <= after.seconds ? before : after;
    growth = {
      fromArticles: growthFrom,
      fromSeconds: round(smaller.seconds),
      seconds: round(larger.seconds),
      ratio: round(larger.seconds / smaller.seconds),
    };
  }
  const ours = measureSite(join(scratch, 'dist'));
  const bare = baselineFailed ? null : measureSite(join(scratch, 'baseline-dist'));
  const figures = {
    articles,
    pages: ours.pages,
    ingestSeconds: round(ingest.seconds),
    ingestPeakMb: ingest.peakMb,
    buildSeconds: round(build.seconds),
    searchIndexSeconds: round(searchSeconds),
    searchIndexAlongsideAstroSeconds: round(searchAlongsideSeconds),
    peakRssMb: build.peakMb,
    baselineSeconds: round(baseline.seconds),
    baselinePeakRssMb: baseline.peakMb,
    baselinePages: bare?.pages ?? null,
    baselineError: baselineFailed ? baseline.error : null,
    ratio: baselineFailed ? null : round(build.seconds / baseline.seconds),
    pairRatios,
    medianRatio: pairRatios.length > 0 ? median(pairRatios) : null,
    rebuildOneSeconds: round(rebuildOne.seconds),
    rebuildTwentySeconds: round(rebuildTwenty.seconds),
    rebuildOneRatio: baselineFailed ? null : round(rebuildOne.seconds / baseline.seconds),
    rebuildIdentical: differing.length === 0,
    rebuildDiffering: differing.slice(0, 20),
    cleanBuildSeconds: round(clean.seconds),
    outputMb: round(ours.bytes / 1024 / 1024),
    largestPageBytes: ours.largestBytes,
    largestPage: ours.largestPage,
    largestArticlePageBytes: ours.largestArticleBytes,
    growth,
  };
  log('');
  log('phase                      wall      peak memory   pages    largest page');
  log(`ingest                     ${fmt(ingest.seconds)}   ${String(ingest.peakMb).padStart(6)} MB`);
  log(
    `Summitry build + search    ${fmt(build.seconds)}   ${String(build.peakMb).padStart(6)} MB   ${String(ours.pages).padStart(6)}   ${Math.round(ours.largestBytes / 1024)} KB (${ours.largestPage})`,
  );
  log(
    `  of which search index    ${fmt(searchSeconds)}   after Astro (and ${fmt(searchAlongsideSeconds).trim()} while it built)`,
  );
  log(`  largest article page     ${Math.round(ours.largestArticleBytes / 1024)} KB (budget 40 KB)`);
  log(
    bare
      ? `bare Astro baseline        ${fmt(baseline.seconds)}   ${String(baseline.peakMb).padStart(6)} MB   ${String(bare.pages).padStart(6)}   ${Math.round(bare.largestBytes / 1024)} KB`
      : `bare Astro baseline        failed after ${fmt(baseline.seconds)}, ${baseline.peakMb} MB: ${figures.baselineError}`,
  );
  log(`ratio (ours / baseline)    ${figures.ratio === null ? '–' : `${figures.ratio}×`}   (target ≤ 1.2×)`);
  if (pairRatios.length > 1) log(`  ${pairRatios.length} pairs: ${pairRatios.join(', ')}; median ${figures.medianRatio}×`);
  log(
    `rebuild, 1 new article     ${fmt(rebuildOne.seconds)}   ${String(rebuildOne.peakMb).padStart(6)} MB   ${rebuilt(rebuildOne)}`,
  );
  log(
    `rebuild, 20 new articles   ${fmt(rebuildTwenty.seconds)}   ${String(rebuildTwenty.peakMb).padStart(6)} MB   ${rebuilt(rebuildTwenty)}`,
  );
  log(`ratio (rebuild 1 / base)   ${figures.rebuildOneRatio === null ? '–' : `${figures.rebuildOneRatio}×`}   (target ≤ 0.25×)`);
  log(`clean build, same content  ${fmt(clean.seconds)}`);
  log(
    differing.length === 0
      ? 'rebuilt site equals a clean build: yes'
      : `rebuilt site equals a clean build: NO, ${differing.length} files differ: ${differing.slice(0, 5).join(', ')}`,
  );
  log(`output                     ${figures.outputMb} MB`);
  if (growth)
    log(
      `growth ${articles} / ${growth.fromArticles}   ${growth.ratio}×   (clean builds back to back: ${fmt(growth.seconds).trim()} and the faster of two, ${fmt(growth.fromSeconds).trim()})`,
    );
  if (values.json) console.log(JSON.stringify(figures));
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}

/** Writes an `count`-article corpus under `folder`; `news` more articles go to news/one and news/twenty. */
function writeCorpus(count: number, folder: string, news: number): void {
  for (const file of syntheticCorpus(count, undefined, news)) {
    const fresh = /^news\/a(\d+)/.exec(file.path);
    const path = fresh ? join('news', Number(fresh[1]) === count ? 'one' : 'twenty', file.path.slice(5)) : file.path;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), file.text);
  }
}

function buildInto(dist: string, cache: string): string[] {
  return ['src/cli/build.ts', '--out-dir', join(scratch, dist), '--cache-dir', join(scratch, cache)];
}

/** What a build re-rendered and re-indexed, from its own summary lines. */
function rebuilt(phase: Phase): string {
  const files = /files: (\d+) written, (\d+) reused/.exec(phase.output);
  const search = /search index: (\d+) pages in (\d+) of (\d+) parts/.exec(phase.output);
  return [
    files ? `${files[1]} files written, ${files[2]} reused` : '',
    search ? `${search[2]} of ${search[3]} search parts (${search[1]} pages)` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function fmt(seconds: number): string {
  return `${seconds.toFixed(1).padStart(6)} s`;
}
