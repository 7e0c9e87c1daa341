/**
 * The search index in parts, so a rebuild indexes again only the parts whose pages changed:
 * meetings in one part, articles in one part per year folder. The search page loads the
 * meetings' part and merges the others (Pagefind's `mergeIndex`), with the same filters.
 */
import { createHash } from 'node:crypto';
import { primarySearchPart, searchIndexPath } from '../site/paths.ts';
import type { FileStamp } from './output-files.ts';

/** Where the parts live in the built site, each in a folder of its own. */
export const searchIndexFolder = searchIndexPath.replaceAll('/', '');
/** The list of parts the search page merges, at the site's root. */
export const searchPartsFile = 'search-parts.json';

/** Whether a built file is the search index's, which the build writes and prunes itself, after Astro. */
export function isSearchIndexFile(path: string): boolean {
  return path.startsWith(`${searchIndexFolder}/`) || path === searchPartsFile;
}

/** The part a built file belongs to, or null when it is not searchable. */
export function searchPartOf(path: string): string | null {
  if (/^summits\/[^/]+\/index\.html$/.test(path)) return primarySearchPart;
  const article = /^articles\/([^/]+)\/.+\/index\.html$/.exec(path);
  return article ? `articles-${article[1]}` : null;
}

/** The folder a part's pages are in, under the site's folder. */
export function searchPartFolder(part: string): string {
  return part === primarySearchPart ? 'summits' : `articles/${part.slice('articles-'.length)}`;
}

/** The pages of a part, as a glob under the site's folder. */
export function searchPartGlob(part: string): string {
  return part === primarySearchPart ? 'summits/*/index.html' : `articles/${part.slice('articles-'.length)}/**/index.html`;
}

/** Each part's pages, and a fingerprint that changes when any page of it is written, added or removed. */
export function searchParts(
  files: ReadonlyMap<string, FileStamp>,
  indexerVersion: string,
): Map<string, { pages: string[]; fingerprint: string }> {
  const pagesByPart = new Map<string, string[]>();
  for (const path of [...files.keys()].sort()) {
    const part = searchPartOf(path);
    if (part) (pagesByPart.get(part) ?? pagesByPart.set(part, []).get(part)!).push(path);
  }
  return new Map(
    [...pagesByPart].map(([part, pages]) => {
      const hash = createHash('sha256').update(indexerVersion);
      for (const page of pages) {
        const { mtimeMs, size } = files.get(page)!;
        hash.update(`\n${page}\0${mtimeMs}\0${size}`);
      }
      return [part, { pages, fingerprint: hash.digest('base64url') }];
    }),
  );
}

/** The bundle paths the search page loads, the primary part first. */
export function searchBundlePaths(parts: Iterable<string>): string[] {
  const names = [...parts].sort(
    (a, b) => Number(b === primarySearchPart) - Number(a === primarySearchPart) || a.localeCompare(b),
  );
  return names.map((part) => `${searchIndexPath}${part}/`);
}
