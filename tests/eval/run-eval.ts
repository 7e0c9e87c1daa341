/**
 * `npm run eval [-- --articles N]`: ingests the written regression set (tests/eval/articles/)
 * without writing anything, prints its score per field and every miss, then times the pure
 * pipeline over N articles (default 10,000) by cycling the set. The rules were tuned on these
 * articles, so their score is a regression check, not an accuracy figure: that comes from
 * `npm run eval -- --real`, the real pages of tests/realset/ (see run-real.ts); add
 * `--explain ID,ID` to see why ingest chose those pages' dates and meetings, and `--batch PREFIX`
 * to score one batch of pages alone.
 */
import { parseArgs } from 'node:util';
import { runRealSet } from './run-real.ts';
import { evalFiles, evaluate, expected, fields, ingestRaw, readEvalArticle, show, type Field } from './evaluate.ts';

const usage = `usage: npm run eval [-- --articles N]
       npm run eval -- --real [--test-misses] [--explain ID,ID] [--batch PREFIX,PREFIX]`;
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        articles: { type: 'string', default: '10000' },
        real: { type: 'boolean', default: false },
        'test-misses': { type: 'boolean', default: false },
        explain: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(usage);
  process.exit();
}
if (!/^\d+$/.test(values.articles)) {
  console.error(`--articles takes a whole number of articles, not "${values.articles}"\n${usage}`);
  process.exit(2);
}
if (values.real) {
  if (!runRealSet(values['test-misses'], values.explain?.split(',') ?? [], values.batch?.split(',') ?? [])) process.exitCode = 1;
  process.exit();
}
const hits = Object.fromEntries(fields.map((field) => [field, 0])) as Record<Field, number>;
const misses: string[] = [];
let crashes = 0;
let named = 0;
let namedRight = 0;

for (const name of evalFiles) {
  try {
    for (const verdict of evaluate(name)) {
      if (verdict.right) hits[verdict.field] += 1;
      else misses.push(`${name}: ${verdict.field} ${show(verdict.got)}, expected ${show(verdict.want)}`);
      if (verdict.field === 'outlet' && verdict.want !== null) {
        named += 1;
        if (verdict.right) namedRight += 1;
      }
    }
  } catch (error) {
    crashes += 1;
    misses.push(`${name}: CRASH ${(error as Error).message.split('\n')[0]}`);
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`.padStart(6);
console.log(
  `regression set (written to the patterns, not an accuracy figure): ${evalFiles.length} articles, ${crashes} crashed\n`,
);
for (const field of fields)
  console.log(`${field.padEnd(10)} ${percent(hits[field], evalFiles.length)}  (${hits[field]}/${evalFiles.length})`);
console.log(`${'outlet*'.padEnd(10)} ${percent(namedRight, named)}  (${namedRight}/${named}, where the labels name one)`);
console.log(misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : '\nno misses');

const total = Number(values.articles);
const inputs = evalFiles.filter((name) => expected[name]).map((name) => ({ name, raw: readEvalArticle(name) }));
if (total > 0 && inputs.length > 0) {
  const started = performance.now();
  for (let i = 0; i < total; i += 1) ingestRaw(inputs[i % inputs.length]!.name, inputs[i % inputs.length]!.raw);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nthroughput: ${total} articles through the pipeline in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} per second)`,
  );
}
