/**
 * `npm run eval -- --real [--test-misses] [--explain ID,ID] [--batch PREFIX,PREFIX]`: scores ingest on
 * the real development set (tests/realset/), each half apart. Misses are listed for the tuning half;
 * the test half's are only counted by field and page kind unless --test-misses asks to read them.
 * --batch scores only the pages whose ids carry those prefixes (`ax` for ax01, ax02, …): a new
 * batch is scored so, unseen, before any rule is made from it.
 */
import { relative } from 'node:path';
import { context } from './evaluate.ts';
import {
  batchOf,
  cacheFolder,
  cachedText,
  explainRealPage,
  manifestPath,
  readManifest,
  realFields,
  scoreRealPage,
  type RealField,
  type RealPage,
} from './real-set.ts';

interface HalfScore {
  pages: number;
  crashes: number;
  hits: Record<RealField, number>;
  scored: Record<RealField, number>;
  misses: string[];
  missesByKind: Map<string, number>;
}

/** Scores the cached pages of the set and prints a table per half; returns false when no page is cached. */
export function runRealSet(showTestMisses: boolean, explain: readonly string[] = [], batches: readonly string[] = []): boolean {
  const pages = readManifest().filter((page) => batches.length === 0 || batches.includes(batchOf(page.id)));
  const cached = pages.flatMap((page) => {
    const text = cachedText(page);
    return text === null ? [] : [{ page, text }];
  });
  const missing = pages.length - cached.length;
  if (missing > 0) {
    console.log(
      `${missing} of ${pages.length} pages are not in ${relative(process.cwd(), cacheFolder)}/. To fill it: each row of ` +
        `${relative(process.cwd(), manifestPath)} gives a query (column "find") that finds the page among the stored ` +
        `public pages (the search tool's "pages" corpus); save the text of the result whose address is the row's "url", ` +
        `exactly as returned, as ${relative(process.cwd(), cacheFolder)}/<id>.txt.\n`,
    );
  }
  if (cached.length === 0) return false;
  if (explain.length > 0) {
    for (const { page, text } of cached.filter(({ page }) => explain.includes(page.id)))
      console.log(explainRealPage(page, text, context).join('\n'));
    return true;
  }
  for (const half of ['tuning', 'test'] as const) {
    const inHalf = cached.filter(({ page }) => page.half === half);
    if (inHalf.length > 0) printHalf(half, scoreHalf(inHalf), half === 'tuning' || showTestMisses);
  }
  return true;
}

function scoreHalf(pages: readonly { page: RealPage; text: string }[]): HalfScore {
  const zero = () => Object.fromEntries(realFields.map((field) => [field, 0])) as Record<RealField, number>;
  const score: HalfScore = { pages: pages.length, crashes: 0, hits: zero(), scored: zero(), misses: [], missesByKind: new Map() };
  for (const { page, text } of pages) {
    try {
      for (const verdict of scoreRealPage(page, text, context)) {
        // The estimated flag is only asked of pages an editor could date.
        if (verdict.field === 'estimated' && page.estimated === null) continue;
        score.scored[verdict.field] += 1;
        if (verdict.right) {
          score.hits[verdict.field] += 1;
          continue;
        }
        score.misses.push(
          `${page.id} ${page.site} [${page.kind}, ${page.tense}] ${verdict.field}: got ${verdict.got}, want ${verdict.want}`,
        );
        const key = `${verdict.field} × ${page.kind}`;
        score.missesByKind.set(key, (score.missesByKind.get(key) ?? 0) + 1);
      }
    } catch (error) {
      score.crashes += 1;
      score.misses.push(`${page.id} ${page.site}: CRASH ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return score;
}

function printHalf(half: string, score: HalfScore, showMisses: boolean): void {
  console.log(`${half} half: ${score.pages} pages, ${score.crashes} crashed`);
  for (const field of realFields) {
    const { [field]: hit } = score.hits;
    const { [field]: of } = score.scored;
    console.log(`  ${field.padEnd(10)} ${((100 * hit) / Math.max(of, 1)).toFixed(1).padStart(5)}%  (${hit}/${of})`);
  }
  const byKind = [...score.missesByKind].sort((a, b) => b[1] - a[1]);
  if (byKind.length) console.log(`  misses by field × page kind: ${byKind.map(([key, n]) => `${key} ${n}`).join(', ')}`);
  if (showMisses && score.misses.length) console.log(`  misses:\n    ${score.misses.join('\n    ')}`);
  console.log('');
}
