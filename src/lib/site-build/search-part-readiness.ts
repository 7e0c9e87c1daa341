/**
 * Which search parts are whole while Astro is still building. Astro renders the article pages
 * first, year by year, and they are most of the site: a year's part can be indexed as soon as
 * its last page is written, while Astro renders the rest, instead of after it. Only article parts
 * are tracked; the meetings' part is small and its pages come late.
 */
import { searchPartOf } from './search-parts.ts';

/** Counts written pages against the pages each part will have. */
export interface SearchPartReadiness {
  /**
   * Takes a page Astro has written or reused (`articles/2024/slug/index.html`, with or without a
   * leading slash) and returns its part when that page was the part's last one still to come.
   */
  written(page: string): string | null;
}

/** Readiness for a site whose articles have these entry ids (`2024/slug`). */
export function searchPartReadiness(articleIds: Iterable<string>): SearchPartReadiness {
  const partOfPage = new Map<string, string>();
  const toCome = new Map<string, number>();
  for (const id of articleIds) {
    const page = `articles/${id}/index.html`;
    const part = searchPartOf(page);
    if (!part) continue;
    partOfPage.set(page, part);
    toCome.set(part, (toCome.get(part) ?? 0) + 1);
  }
  return {
    written(page) {
      const path = page.replace(/^\/+/, '');
      const part = partOfPage.get(path);
      // Deleting the page makes a second report of it count once.
      if (!part || !partOfPage.delete(path)) return null;
      const left = toCome.get(part)! - 1;
      toCome.set(part, left);
      return left === 0 ? part : null;
    },
  };
}
