/** The ingest context, read from the content collections on disk with the site's schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEntryIds } from '../content-dir.ts';
import { loadEntries } from '../load-entries.ts';
import { outletSchema, personSchema, summitSchema } from '../schema.ts';
import { site } from '../../site.config.ts';
import { parseKnownFor } from '../registry/known-for.ts';
import { parseNewsSites } from '../registry/news-sites.ts';
import { buildLexicon } from './cues.ts';
import type { IngestContext } from './ingest-article.ts';

/** Every name an outlet goes by, which a byline of that name is not a person's. */
export function agencyNamesOf(outlets: readonly { name: string; shortName?: string | undefined }[]): string[] {
  return outlets.flatMap((outlet) => [outlet.name, ...(outlet.shortName ? [outlet.shortName] : [])]);
}

/** Loads summits, outlets and people from `root`. */
export function loadIngestContext(root: string): IngestContext {
  const summits = loadEntries(join(root, 'summits'), summitSchema()).map(({ id, data }) => ({ id, ...data }));
  const knownForFile = join(root, 'registry', 'known-for.tsv');
  const knownFor = existsSync(knownForFile)
    ? parseKnownFor(readFileSync(knownForFile, 'utf8'), knownForFile, new Set(summits.map((summit) => summit.id)))
    : new Map<string, string[]>();
  const meetings = summits.map((summit) => ({ ...summit, knownFor: knownFor.get(summit.id) ?? [] }));
  const outlets = loadEntries(join(root, 'outlets'), outletSchema()).map(({ id, data }) => ({ id, ...data }));
  const people = loadEntries(join(root, 'people'), personSchema()).map(({ id, data }) => ({ id, ...data }));
  const directory = join(root, 'registry', 'news-sites.tsv');
  const newsSites = existsSync(directory) ? parseNewsSites(readFileSync(directory, 'utf8'), directory) : [];
  return {
    meetings,
    lexicon: buildLexicon(
      meetings,
      people.filter((person) => site.leaders.includes(person.id)).map((person) => [person.name, ...person.aliases]),
    ),
    outlets,
    agencyNames: agencyNamesOf(outlets),
    people,
    newsSites,
    ids: {
      summits: new Set(meetings.map((meeting) => meeting.id)),
      outlets: new Set(outlets.map((outlet) => outlet.id)),
      people: new Set(people.map((person) => person.id)),
      articles: listEntryIds(join(root, 'articles')),
    },
  };
}
