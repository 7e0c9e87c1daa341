import { readFileSync } from 'node:fs';
import { cleanText } from '../src/lib/ingest/clean.ts';
import { extractTitle } from '../src/lib/ingest/extract-title.ts';
import { placeSentences } from '../src/lib/ingest/sentences.ts';
import { findReferences } from '../src/lib/ingest/match-summit.ts';
import { loadIngestContext } from '../src/lib/ingest/load-context.ts';
const ctx = loadIngestContext('content');
const c = cleanText(readFileSync(process.argv[2]!, 'utf8'));
const t = extractTitle(c.blocks);
for (const r of findReferences(placeSentences(t.derived ? null : t.title, t.rest), ctx.meetings, ctx.lexicon)) {
  console.log(
    r.sentence.placement,
    r.sentence.text.slice(0, 80),
    JSON.stringify({ rec: r.cues.recent, bg: r.cues.background, fut: r.cues.future, wd: [...r.cues.weekdays] }),
    [...r.candidates].map(([m, s]) => m.id + ':' + s).join(' '),
  );
}
