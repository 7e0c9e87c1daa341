/**
 * `npm run collect -- [--inbox DIR] [--no-ingest] [--delay MS] [--concurrency N] [--timeout S]
 * [--retries N] [--max-size MB]`
 * Fetches what is new from every source in content/sources/, keeps the pages about the two
 * leaders in an inbox folder (page + sidecar), and ingests them, in one run. What it has seen is
 * kept in content/collect-state.json, so a second run with nothing new fetches only the listings.
 * Exits non-zero only when nothing at all could be fetched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, listEntryIds } from '../lib/content-dir.ts';
import { collect, type SourceTally } from '../lib/collect/collect-run.ts';
import { readState, writeState } from '../lib/collect/collect-state.ts';
import { politeFetcher } from '../lib/collect/polite-fetch.ts';
import { namesEveryLeader } from '../lib/collect/relevance.ts';
import { savePage } from '../lib/collect/save-page.ts';
import { loadEntries } from '../lib/load-entries.ts';
import { personSchema, sourceSchema } from '../lib/schema.ts';
import { site } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    inbox: { type: 'string', default: 'inbox/collected' },
    'no-ingest': { type: 'boolean', default: false },
    delay: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '20' },
    retries: { type: 'string', default: '3' },
    'max-size': { type: 'string', default: '2' },
  },
});

const root = contentDir();
const statePath = join(root, 'collect-state.json');

try {
  const number = (name: keyof typeof values, minimum: number) => {
    const value = Number(values[name]);
    if (!(value >= minimum)) throw new Error(`--${name} takes a number of at least ${minimum}; found "${String(values[name])}"`);
    return value;
  };
  const options = {
    userAgent: `SummitryBot/0.1 (+${site.url}/; news aggregation)`,
    perHostConcurrency: number('concurrency', 1),
    perHostDelayMs: number('delay', 0),
    timeoutMs: number('timeout', 1) * 1000,
    retries: number('retries', 0),
    maxRetryAfterMs: 120_000,
    maxRedirects: 5,
    maxBytes: number('max-size', 0.1) * 1_048_576,
  };
  const sources = loadEntries(join(root, 'sources'), sourceSchema())
    .filter((source) => source.data.active)
    .map((source) => ({ id: source.id, ...source.data }));
  if (sources.length === 0) throw new Error(`no active sources in ${join(root, 'sources')}: add one (see README, "Collecting")`);
  const outlets = listEntryIds(join(root, 'outlets'));
  for (const source of sources)
    if (!outlets.has(source.outlet))
      throw new Error(
        `content/sources/${source.id}.md: outlet: no outlet entry "${source.outlet}"; add content/outlets/${source.outlet}.md or fix the id`,
      );
  const people = new Map(loadEntries(join(root, 'people'), personSchema()).map((person) => [person.id, person.data]));
  const leaders = site.leaders.map((id) => {
    const person = people.get(id);
    if (!person) throw new Error(`content/people/${id}.md is missing: collect needs the leaders' names`);
    return [person.name, ...person.aliases];
  });

  const state = readState(statePath);
  const capturedAt = new Date();
  const runFolder = resolve(values.inbox!, capturedAt.toISOString().replace(/[:.]/g, '-'));
  const saved: string[] = [];
  const fetcher = politeFetcher(options);
  const interactive = process.stderr.isTTY;
  let lastPrinted = 0;
  const tallies = await collect({
    sources,
    state,
    fetch: fetcher.fetch,
    isRelevant: namesEveryLeader(leaders),
    keep: (page) => {
      mkdirSync(runFolder, { recursive: true });
      saved.push(savePage(runFolder, page, capturedAt));
    },
    onProgress: (done, total) => {
      const now = Date.now();
      if (done < total && now - lastPrinted < (interactive ? 200 : 5000)) return;
      lastPrinted = now;
      const line = `collect: ${done} of ${total} requests done, ${saved.length} pages kept`;
      process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
    },
  });
  if (interactive) process.stderr.write('\n');
  const wroteState = writeState(statePath, state);
  console.log(formatSummary(tallies));
  if (wroteState) console.log(`remembered what was seen in ${statePath}`);

  const reached = [...tallies.values()].some((tally) => tally.listingsFetched + tally.notModified > 0);
  if (!reached) throw new Error('nothing could be fetched from any source: check the network and the addresses above');
  if (saved.length > 0 && !values['no-ingest']) {
    const ingest = spawnSync(process.execPath, [join(import.meta.dirname, 'ingest.ts'), runFolder], { stdio: 'inherit' });
    if (ingest.status !== 0) throw new Error(`ingest failed on ${runFolder}; the pages stay there to ingest again`);
    rmSync(runFolder, { recursive: true, force: true });
    if (readdirSync(resolve(values.inbox!)).length === 0) rmSync(resolve(values.inbox!), { recursive: true });
  } else if (saved.length > 0) {
    console.log(`${saved.length} pages in ${runFolder}: npm run ingest -- ${runFolder}`);
  }
} catch (error) {
  console.error(`collect: ${(error as Error).message}`);
  process.exitCode = 1;
}

/** One line per source, and each failure with its reason. */
function formatSummary(tallies: ReadonlyMap<string, SourceTally>): string {
  const lines = ['source                  listings  not-modified  pages-fetched  kept  irrelevant  duplicate  robots  failed'];
  for (const [id, tally] of tallies) {
    lines.push(
      [
        id.padEnd(22),
        String(tally.listingsFetched).padStart(9),
        String(tally.notModified).padStart(13),
        String(tally.fetched).padStart(14),
        String(tally.kept).padStart(5),
        String(tally.irrelevant).padStart(11),
        String(tally.duplicates).padStart(10),
        String(tally.disallowed).padStart(7),
        String(tally.failures.length).padStart(7),
      ].join(' '),
    );
    for (const failure of tally.failures) lines.push(`  failed: ${failure.address} (${failure.reason})`);
  }
  return lines.join('\n');
}
