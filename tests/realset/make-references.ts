/**
 * `node tests/realset/make-references.ts tests/realset/summaries.tsv --out FOLDER [--content DIR]`
 *
 * Turns the real set's labelled pages about a meeting into reference sidecars (issue 12): the
 * facts an editor labelled (address, outlet, agency, author, date, meeting, people) with the
 * page's headline and a summary in our own words (from the summaries files: id, title, summary;
 * `tests/realset/summaries.tsv` holds one for each of the 315 pages about a meeting, written by
 * helper sessions from the cached texts and checked to share no run of six words with them; a
 * title starting `~` is ours, where the page printed none).
 * `npm run ingest -- FOLDER` then makes them article entries. An outlet the content does not
 * know is written as an entry named from the labels, kind and affiliation `unknown`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { loadIngestContext } from '../../src/lib/ingest/load-context.ts';
import { outletByAddress, outletByName } from '../../src/lib/ingest/recognize-outlet.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { readManifest } from '../eval/real-set.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, content: { type: 'string', default: 'content' } },
});
if (!values.out || positionals.length === 0) throw new Error('usage: make-references.ts SUMMARIES.tsv... --out FOLDER');
const out = values.out;
const content = values.content!;
mkdirSync(out, { recursive: true });

const summaries = new Map<string, { title: string; summary: string }>();
for (const file of positionals) {
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, title, summary] = line.split('\t');
    if (id && title && summary && !summary.startsWith('(no text)'))
      summaries.set(id, { title: title.replace(/^~/, ''), summary });
  }
}

const outlets = [...loadIngestContext(content).outlets];
/** The outlet entry for a labelled name on a site: by name, else by site, else a new entry. */
function outletId(name: string, url: string | null): string {
  const known = outletByName(name, outlets) ?? (url ? outletByAddress(url, outlets) : null);
  if (known) return known;
  const id = slugify(name, 60);
  const file = join(content, 'outlets', `${id}.md`);
  if (!existsSync(file)) {
    const facts = {
      name: name.trim(),
      url: url ? `https://${new URL(url).hostname}` : null,
      country: null,
      kind: 'unknown',
      affiliation: 'unknown',
      affiliationSource: null,
      markers: [],
      fromRealSet: true,
    };
    writeFileSync(
      file,
      `---\n${yaml.dump(facts, { lineWidth: -1 })}---\n\nAdded from the real set's labels: check the name, and set kind, country and affiliation.\n`,
    );
    outlets.push({ id, name: facts.name, url: facts.url, kind: 'unknown', markers: [] });
  }
  return id;
}

let written = 0;
for (const page of readManifest()) {
  const text = summaries.get(page.id);
  if (!page.meeting || !text) continue;
  const agency = page.agency?.split(',')[0]?.trim();
  const sidecar: Record<string, unknown> = {
    url: page.url,
    title: text.title,
    outlet: outletId(page.outlet, page.url),
    ...(agency ? { agency: outletId(agency, null) } : {}),
    ...(page.author ? { author: page.author } : {}),
    ...(page.published ? { published: page.published, estimated: page.estimated === true } : {}),
    summit: page.meeting,
    people: page.people,
    summary: text.summary,
  };
  writeFileSync(join(out, `realset-${page.id}.meta.yml`), yaml.dump(sidecar, { lineWidth: -1 }));
  written += 1;
}
console.log(`${written} reference sidecars in ${out}`);
