/**
 * Work started ahead of its consumer, results taken in order: reads that wait on the disk, or
 * analyses on worker threads, run several at once while what follows stays in input order.
 */

/** Starts `work` for up to `window` items ahead of the consumer and yields the results in the items' order. */
export async function* inOrderAhead<T, R>(items: Iterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const start = (item: T) => {
    const result = work(item);
    // Work that fails before its turn is reported at its turn, not as an unhandled rejection.
    result.catch(() => {});
    pending.push(result);
  };
  for (const item of items) {
    start(item);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
