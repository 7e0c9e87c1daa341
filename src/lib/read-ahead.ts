/**
 * Many files read in order, with several reads in flight: files not in the page cache (a fresh
 * clone, or files last touched minutes ago) then wait on the disk together, not one by one.
 */
import { readFile } from 'node:fs/promises';

/** Each item with the text of its file, in the order given, keeping up to `window` reads ahead. */
export async function* readAhead<T>(
  items: Iterable<T>,
  pathOf: (item: T) => string,
  window = 32,
): AsyncGenerator<{ item: T; text: string }> {
  const pending: Promise<{ item: T; text: string }>[] = [];
  const start = (item: T) => {
    const read = readFile(pathOf(item), 'utf8').then((text) => ({ item, text }));
    // A read that fails before its turn is reported at its turn, not as an unhandled rejection.
    read.catch(() => {});
    pending.push(read);
  };
  for (const item of items) {
    start(item);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
