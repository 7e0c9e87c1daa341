/**
 * Each fuzz input through ingest and the renderer, as an editor's run would take it: read, analyse
 * and validate, then the body rendered and the entry's JSON-LD made. An input may be refused with
 * a message naming it; anything else thrown is a crash. The output is parsed for live markup.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle, type IngestContext } from '../../src/lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../../src/lib/ingest/load-context.ts';
import { readRaw } from '../../src/lib/ingest/read-raw.ts';
import { renderMarkdown } from '../../src/lib/render-markdown.ts';
import { jsonLdText } from '../../src/lib/safety/json-ld.ts';
import { isSafeUrl } from '../../src/lib/safety/safe-url.ts';
import { findLiveMarkup } from '../support/live-markup.ts';
import { generateInputs, type FuzzInput } from './generate-inputs.ts';

/** What became of one input. */
export type FuzzOutcome = 'ingested' | 'refused' | 'crashed';

/** The run's tally, and every problem found, by input. */
export interface FuzzReport {
  inputs: number;
  outcomes: Record<FuzzOutcome, number>;
  byKind: Record<string, number>;
  /** Inputs slower than the slow limit, with their time. */
  slow: string[];
  crashes: string[];
  liveMarkup: string[];
  slowestMs: number;
  seconds: number;
}

/** Seconds past which an input counts as slow: ingest's worker would stop it at 30. */
export const slowSeconds = 5;

/** Runs `count` inputs from `seed`. */
export async function runFuzz(count: number, seed: number, context?: IngestContext): Promise<FuzzReport> {
  const known = context ?? loadIngestContext(join(import.meta.dirname, '..', '..', 'content'));
  const folder = mkdtempSync(join(tmpdir(), 'summitry-fuzz-'));
  const report: FuzzReport = {
    inputs: 0,
    outcomes: { ingested: 0, refused: 0, crashed: 0 },
    byKind: {},
    slow: [],
    crashes: [],
    liveMarkup: [],
    slowestMs: 0,
    seconds: 0,
  };
  const started = performance.now();
  try {
    for (const input of generateInputs(count, seed)) {
      const began = performance.now();
      const outcome = await fuzzOne(input, folder, known, report);
      const ms = performance.now() - began;
      report.inputs += 1;
      report.outcomes[outcome] += 1;
      report.byKind[input.kind] = (report.byKind[input.kind] ?? 0) + 1;
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (ms > slowSeconds * 1000) report.slow.push(`${input.name}: ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function fuzzOne(input: FuzzInput, folder: string, context: IngestContext, report: FuzzReport): Promise<FuzzOutcome> {
  const file = join(folder, input.name);
  writeFileSync(file, input.data);
  let article;
  try {
    const raw = readRaw(file);
    article = ingestArticle(
      { file, text: raw.text, checksum: raw.checksum, raw: `raw/${input.name}`, sidecar: raw.sidecar, page: raw.page },
      context,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A refusal names the input so an editor can find it; anything else is a crash, and so is an
    // entry ingest built that its own schema then rejects.
    const refusal =
      error instanceof Error && !(error instanceof TypeError || error instanceof RangeError) && message.includes(file);
    if (refusal && !message.includes('has invalid frontmatter:')) return 'refused';
    report.crashes.push(`${input.name}: ${message.split('\n')[0]}`);
    return 'crashed';
  } finally {
    rmSync(file, { force: true });
  }
  const live = [
    ...findLiveMarkup(await renderMarkdown(article.body)),
    ...(/[<>]/.test(jsonLdText(article.frontmatter)) ? ['JSON-LD with < or >'] : []),
    ...(typeof article.frontmatter['url'] === 'string' && !/^https?:/i.test(article.frontmatter['url'])
      ? ['a url that is not http(s)']
      : []),
    ...(typeof article.frontmatter['url'] === 'string' && !isSafeUrl(article.frontmatter['url']) ? ['an unsafe url'] : []),
  ];
  for (const found of live) report.liveMarkup.push(`${input.name}: ${found}`);
  return 'ingested';
}

/** The report as lines for a terminal. */
export function formatFuzzReport(report: FuzzReport, seed: number): string[] {
  return [
    `fuzz: ${report.inputs} inputs (seed ${seed}) in ${report.seconds.toFixed(1)} s; by kind: ${Object.entries(report.byKind)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
    `  ingested ${report.outcomes.ingested}, refused with a message ${report.outcomes.refused}, crashed ${report.outcomes.crashed}`,
    `  slow (over ${slowSeconds} s) ${report.slow.length}; slowest ${(report.slowestMs / 1000).toFixed(2)} s`,
    `  live markup found ${report.liveMarkup.length}`,
    ...[...report.crashes, ...report.slow, ...report.liveMarkup].slice(0, 20).map((line) => `    ${line}`),
  ];
}

if (import.meta.main) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
  });
  const [count, seed] = [Number(values.count), Number(values.seed)];
  const report = await runFuzz(count, seed);
  for (const line of formatFuzzReport(report, seed)) console.log(line);
  if (report.crashes.length + report.slow.length + report.liveMarkup.length > 0) process.exitCode = 1;
}
