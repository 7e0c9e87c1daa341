/**
 * `npm run eval [-- --articles N]`: ingests the labelled evaluation set (tests/eval/articles/)
 * without writing anything, prints accuracy per field and every miss, then times the pure
 * pipeline over N articles (default 10,000) by cycling the set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { ingestArticle, type IngestedArticle } from '../../src/lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../../src/lib/ingest/load-context.ts';
import { readRaw, type RawFile } from '../../src/lib/ingest/read-raw.ts';

interface Expected {
  outlet: string | null;
  published: Date | null;
  datedBy: string | null;
  estimated: boolean;
  summit: string | null;
  people: string[];
}

const fields = ['outlet', 'published', 'datedBy', 'estimated', 'summit', 'people'] as const;
const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
const folder = join(import.meta.dirname, 'articles');
const expected = yaml.load(readFileSync(join(import.meta.dirname, 'expected.yml'), 'utf8')) as Record<string, Expected>;
const context = loadIngestContext(join(import.meta.dirname, '..', '..', 'content'));
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

const show = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value));
const same = (field: (typeof fields)[number], got: unknown, want: unknown) =>
  field === 'people' ? JSON.stringify([...(got as string[])].sort()) === JSON.stringify([...(want as string[])].sort()) : show(got) === show(want);

const hits = Object.fromEntries(fields.map((field) => [field, 0])) as Record<(typeof fields)[number], number>;
const misses: string[] = [];
const inputs: { file: string; raw: RawFile }[] = [];
let crashes = 0;
let outletNamed = 0;
let outletNamedRight = 0;

for (const name of files) {
  const want = expected[name];
  if (!want) {
    misses.push(`${name}: no expectation in expected.yml`);
    continue;
  }
  let got: IngestedArticle;
  try {
    const raw = readRaw(join(folder, name));
    inputs.push({ file: name, raw });
    got = ingestArticle({ file: name, text: raw.text, checksum: raw.checksum, raw: `raw/${name}`, sidecar: raw.sidecar }, context);
  } catch (error) {
    crashes += 1;
    misses.push(`${name}: CRASH ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  for (const field of fields) {
    if (same(field, got.frontmatter[field], want[field])) hits[field] += 1;
    else misses.push(`${name}: ${field} ${show(got.frontmatter[field])}, expected ${show(want[field])}`);
  }
  if (want.outlet !== null) {
    outletNamed += 1;
    if (got.frontmatter['outlet'] === want.outlet) outletNamedRight += 1;
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`.padStart(6);
console.log(`evaluation set: ${files.length} articles, ${crashes} crashed\n`);
for (const field of fields) console.log(`${field.padEnd(10)} ${percent(hits[field], files.length)}  (${hits[field]}/${files.length})`);
console.log(`${'outlet*'.padEnd(10)} ${percent(outletNamedRight, outletNamed)}  (${outletNamedRight}/${outletNamed}, where the text or sidecar names one)`);
console.log(misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : '\nno misses');

const total = Number(values.articles);
if (total > 0 && inputs.length > 0) {
  const started = performance.now();
  for (let i = 0; i < total; i += 1) {
    const { file, raw } = inputs[i % inputs.length]!;
    ingestArticle({ file, text: raw.text, checksum: raw.checksum, raw: `raw/${file}`, sidecar: raw.sidecar }, context);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nthroughput: ${total} articles through the pipeline in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} per second)`);
}
