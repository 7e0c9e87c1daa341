/**
 * Ingest's worker threads, with a time budget per file. A file that keeps a worker longer than
 * the budget (a page Readability chokes on) is stopped and reported; the other files of its
 * batch are analysed again, and the run goes on.
 */
import { Piscina } from 'piscina';
import type { AnalyseOutcome, AnalyseTask } from './ingest-worker.ts';

/** A pool of analysing threads; `analyse` never rejects. */
export interface AnalysePool {
  analyse(files: string[]): Promise<AnalyseOutcome[]>;
  threads: number;
  destroy(): Promise<void>;
}

/** How often the watchdog looks at the workers. */
const watchEveryMs = 250;

/** Starts `threads` workers analysing files for the content folder `root`, each file within `budgetSeconds`. */
export function startAnalysePool(root: string, threads: number, budgetSeconds: number): AnalysePool {
  const pool = new Piscina<AnalyseTask, AnalyseOutcome[]>({
    filename: new URL('./ingest-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const running = new Set<{ doing: Float64Array; stop: AbortController }>();
  const watchdog = setInterval(() => {
    for (const task of running) {
      const startedAt = task.doing[0]!;
      if (startedAt > 0 && Date.now() - startedAt > budgetSeconds * 1000) task.stop.abort();
    }
  }, watchEveryMs);

  async function analyse(files: string[]): Promise<AnalyseOutcome[]> {
    const progress = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * 2);
    const task = { doing: new Float64Array(progress), stop: new AbortController() };
    running.add(task);
    try {
      return await pool.run({ files, root, progress }, { signal: task.stop.signal });
    } catch (error) {
      if (!task.stop.signal.aborted) return files.map((file) => ({ file, error }));
      // Piscina ends the worker that was stopped; the stuck file is reported, the others redone.
      const stuck = task.doing[1]!;
      const stopped: AnalyseOutcome = {
        file: files[stuck]!,
        error: new Error(
          `${files[stuck]}: stopped after ${budgetSeconds} s (the limit per file; --time-limit sets it). Is it an article page? Save the article's text as .txt instead.`,
        ),
      };
      const [before, after] = await Promise.all([analyse(files.slice(0, stuck)), analyse(files.slice(stuck + 1))]);
      return [...before, stopped, ...after];
    } finally {
      running.delete(task);
    }
  }

  return {
    analyse: (files) => (files.length === 0 ? Promise.resolve([]) : analyse(files)),
    threads,
    async destroy() {
      clearInterval(watchdog);
      await pool.destroy();
    },
  };
}
