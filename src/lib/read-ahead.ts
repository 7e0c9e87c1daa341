/**
 * Many files read in order, with several reads in flight: files not in the page cache (a fresh
 * clone, or files last touched minutes ago) then wait on the disk together, not one by one.
 */
import { readFile } from 'node:fs/promises';
import { inOrderAhead } from './in-order-ahead.ts';

/** Each item with the text of its file, in the order given, keeping up to `window` reads ahead. */
export function readAhead<T>(
  items: Iterable<T>,
  pathOf: (item: T) => string,
  window = 32,
): AsyncGenerator<{ item: T; text: string }> {
  return inOrderAhead(items, (item) => readFile(pathOf(item), 'utf8').then((text) => ({ item, text })), window);
}
