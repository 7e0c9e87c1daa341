import { describe, expect, it } from 'vitest';
import { archivePages } from '../../../src/lib/site/archive-pages.ts';

/** Articles 1…n, newest first. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('archivePages', () => {
  it('keeps a list of up to 69 on its front page alone', () => {
    expect(archivePages(newestFirst(0))).toEqual([{ number: 0, items: [], newer: null, older: null, first: 1, last: 0 }]);
    const [front, ...archive] = archivePages(newestFirst(69));
    expect(front!.items).toHaveLength(69);
    expect(archive).toEqual([]);
  });

  it('puts the oldest fifty on archive page 1 once the list reaches 70, and links the pages both ways', () => {
    const [front, first] = archivePages(newestFirst(70));
    expect(front).toMatchObject({ number: 0, older: 1, newer: null, first: 51, last: 70 });
    expect(front!.items).toEqual(newestFirst(70).slice(0, 20));
    expect(first).toMatchObject({ number: 1, newer: 0, older: null, first: 1, last: 50 });
    expect(first!.items).toEqual(newestFirst(50));
  });

  it('leaves every archive page as it was when a newer article arrives', () => {
    const before = archivePages(newestFirst(253));
    const after = archivePages(newestFirst(254));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.items).toHaveLength(54);
    expect(before.map((page) => [page.number, page.newer, page.older])).toEqual([
      [0, null, 4],
      [1, 2, null],
      [2, 3, 1],
      [3, 4, 2],
      [4, 0, 3],
    ]);
  });

  it('moves the front page’s older fifty to a new archive page once it would hold seventy', () => {
    const before = archivePages(newestFirst(119));
    const after = archivePages(newestFirst(120));
    expect(before.map((page) => page.items.length)).toEqual([69, 50]);
    expect(after.map((page) => page.items.length)).toEqual([20, 50, 50]);
    expect(after[1]).toEqual({ ...before[1], newer: 2 });
    expect(after[2]!.items).toEqual(before[0]!.items.slice(19));
  });
});
