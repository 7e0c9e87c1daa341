/**
 * Long article lists (a tag's, an outlet's, a person's) in pages that stay put. The front page
 * shows the newest articles; older ones sit on archive pages numbered from the oldest, fifty to
 * a page, so an archive page holds the same articles at the same address for good. A new
 * article changes the front page alone (and, once every fifty, the archive's newest page):
 * readers' links and bookmarks keep their articles, and a rebuild re-renders a handful of pages
 * instead of every page of a list thousands long.
 */

/**
 * Articles on each archive page. Fifty, not twenty: a reader scrolls a list faster than they page
 * through it, and at 10,000 articles the site has 2,400 pages fewer to build.
 */
export const archivePageSize = 50;

/** The fewest articles a front page shows once a list has archive pages. */
export const frontPageMinimum = 20;

/** One page of a list: the front page (number 0) or an archive page (1 holds the oldest). */
export interface ListPage<T> {
  number: number;
  /** Its articles, newest first. */
  items: T[];
  /** The page of the next newer articles (0: the front page), or null on the front page. */
  newer: number | null;
  /** The page of the next older articles, or null when there are none. */
  older: number | null;
  /** Where its articles stand in the whole list counted from the oldest, from 1. */
  first: number;
  last: number;
}

/**
 * The pages of a list given newest first. The front page holds what the full archive pages do
 * not, at least twenty (20 to 69 articles), so it never shows a lone article; a list of 69 or
 * fewer is one page.
 */
export function archivePages<T>(newestFirst: readonly T[], size = archivePageSize): ListPage<T>[] {
  const total = newestFirst.length;
  const archived = Math.max(Math.floor((total - frontPageMinimum) / size), 0);
  const front: ListPage<T> = {
    number: 0,
    items: newestFirst.slice(0, total - archived * size),
    newer: null,
    older: archived > 0 ? archived : null,
    first: archived * size + 1,
    last: total,
  };
  const archive = Array.from({ length: archived }, (_, index): ListPage<T> => {
    const number = index + 1;
    return {
      number,
      items: newestFirst.slice(total - number * size, total - index * size),
      newer: number < archived ? number + 1 : 0,
      older: number > 1 ? number - 1 : null,
      first: index * size + 1,
      last: number * size,
    };
  });
  return [front, ...archive];
}

/**
 * A list's pages as a route's static paths: each at its address (`page` is left out on the front
 * page and is the number of an archive page), with the page as the prop `listPage` and the cache
 * key `keyOf` gives it.
 */
export function archivePaths<T, Params extends object, Props extends object>(
  newestFirst: readonly T[],
  params: Params,
  props: Props,
  keyOf: (page: ListPage<T>) => string,
) {
  return archivePages(newestFirst).map((listPage) => ({
    params: { ...params, page: listPage.number === 0 ? undefined : String(listPage.number) },
    props: { ...props, listPage },
    cacheKey: keyOf(listPage),
  }));
}
