/** The labelled evaluation set and how one article's ingest is scored against its labels. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { context } from '../support/seeds.ts';
import { readRaw, type RawFile } from '../../src/lib/ingest/read-raw.ts';

/** What an article's labels say ingest should find. */
export interface Expected {
  /** The site whose page it is. */
  outlet: string | null;
  /** The agency a copy came from; left out when the outlet wrote it. */
  agency?: string | null;
  published: Date | null;
  datedBy: string | null;
  estimated: boolean;
  summit: string | null;
  people: string[];
}

/** The fields scored. */
export const fields = ['outlet', 'agency', 'published', 'datedBy', 'estimated', 'summit', 'people'] as const;
export type Field = (typeof fields)[number];

/** One field of one article: what ingest found and what the label says. */
export interface Verdict {
  field: Field;
  got: unknown;
  want: unknown;
  right: boolean;
}

const folder = join(import.meta.dirname, 'articles');
export { context };

export const expected = yaml.load(readFileSync(join(import.meta.dirname, 'expected.yml'), 'utf8')) as Record<string, Expected>;
export const evalFiles = readdirSync(folder)
  .filter((name) => /\.(txt|md|html)$/.test(name))
  .sort();

/** Reads one article of the set with its sidecar. */
export function readEvalArticle(name: string): RawFile {
  return readRaw(join(folder, name));
}

/** Ingests a raw article without writing anything. */
export function ingestRaw(name: string, raw: RawFile) {
  return ingestArticle(
    { file: name, text: raw.text, checksum: raw.checksum, raw: `raw/${name}`, sidecar: raw.sidecar, page: raw.page },
    context,
  );
}

/** Shows a value as the labels write it. */
export function show(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
}

/** Scores one article; throws if ingest fails on it. */
export function evaluate(name: string): Verdict[] {
  const want = expected[name];
  if (!want) throw new Error(`${name}: no labels in expected.yml`);
  const { frontmatter } = ingestRaw(name, readEvalArticle(name));
  return fields.map((field) => {
    const got = frontmatter[field];
    const wanted = want[field] ?? null;
    const right =
      field === 'people' ? show([...(got as string[])].sort()) === show([...want.people].sort()) : show(got) === show(wanted);
    return { field, got, want: wanted, right };
  });
}
