import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Folder the site is built from: `$SUMMITRY_CONTENT`, or `content/` in the working directory. */
export function contentDir(): string {
  return resolve(process.env['SUMMITRY_CONTENT'] ?? 'content');
}

/** Ids of the markdown entries under `dir`, as Astro's glob loader names them (`2024/slug`). */
export function listEntryIds(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  return new Set(files.map((file) => entryIdOf(dir, join(dir, file))));
}

/** The id of the entry file at `path` under `dir`: `<dir>/2024/slug.md` → `2024/slug`. */
export function entryIdOf(dir: string, path: string): string {
  return relative(dir, path).slice(0, -'.md'.length).split(sep).join('/');
}

/** The file of the entry `id` under `dir`; the reverse of `entryIdOf`. */
export function entryPathIn(dir: string, id: string): string {
  return join(dir, `${id}.md`);
}

/** The file of one entry: `entryFile('articles', '2024/slug')` → `<content>/articles/2024/slug.md`. */
export function entryFile(collection: string, id: string): string {
  return entryPathIn(join(contentDir(), collection), id);
}
