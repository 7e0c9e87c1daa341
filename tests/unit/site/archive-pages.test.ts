import { describe, expect, it } from 'vitest';
import { archivePages } from '../../../src/lib/site/archive-pages.ts';

/** Articles 1…n, newest first. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('archivePages', () => {
  it('keeps a list of up to 40 on its front page alone', () => {
    expect(archivePages(newestFirst(0))).toEqual([{ number: 0, items: [], newer: null, older: null, first: 1, last: 0 }]);
    const [front, ...archive] = archivePages(newestFirst(40));
    expect(front!.items).toHaveLength(40);
    expect(archive).toEqual([]);
  });

  it('puts the oldest twenty on archive page 1 once the list passes 40, and links the pages both ways', () => {
    const [front, first] = archivePages(newestFirst(41));
    expect(front).toMatchObject({ number: 0, older: 1, newer: null, first: 21, last: 41 });
    expect(front!.items).toEqual(newestFirst(41).slice(0, 21));
    expect(first).toMatchObject({ number: 1, newer: 0, older: null, first: 1, last: 20 });
    expect(first!.items).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('leaves every archive page as it was when a newer article arrives', () => {
    const before = archivePages(newestFirst(103));
    const after = archivePages(newestFirst(104));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.items).toHaveLength(24);
    expect(before.map((page) => [page.number, page.newer, page.older])).toEqual([
      [0, null, 4],
      [1, 2, null],
      [2, 3, 1],
      [3, 4, 2],
      [4, 0, 3],
    ]);
  });

  it('moves the front page’s older twenty to a new archive page once the newest page fills', () => {
    const before = archivePages(newestFirst(60));
    const after = archivePages(newestFirst(61));
    expect(before.map((page) => page.items.length)).toEqual([40, 20]);
    expect(after.map((page) => page.items.length)).toEqual([21, 20, 20]);
    expect(after[1]).toEqual({ ...before[1], newer: 2 });
    expect(after[2]!.items).toEqual(before[0]!.items.slice(20));
  });
});
