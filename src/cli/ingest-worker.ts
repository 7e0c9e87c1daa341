/**
 * One ingest worker thread (src/cli/ingest.ts runs one per core): reads a raw file and analyses
 * it. Comparing with other articles and writing happen in the main thread, in input order.
 */
import { analyseArticle, type AnalysedArticle, type IngestContext } from '../lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../lib/ingest/load-context.ts';
import { rawPathOf } from '../lib/ingest/raw-path.ts';
import { readRaw } from '../lib/ingest/read-raw.ts';

/** Files to analyse, and the content folder they go into. */
export interface AnalyseTask {
  files: string[];
  root: string;
  /**
   * Where the worker says what it is doing, for the main thread's watchdog: a Float64Array of
   * [when the current file was started (ms since the epoch; 0 when idle), its index in `files`].
   */
  progress: SharedArrayBuffer;
}

/** What the main thread needs of an analysed file. */
export interface AnalysedFile {
  analysed: AnalysedArticle;
  checksum: string;
  /** The raw file's path under content/, and its sidecar's on disk, if any. */
  rawPath: string;
  sidecarFile: string | null;
}

/** One file's analysis, or why it failed: a bad file must not lose the others in its batch. */
export type AnalyseOutcome = { file: string; result: AnalysedFile } | { file: string; error: unknown };

let context: IngestContext | undefined;

/** Analyses a batch of files (src/cli/ingest.ts says why batches). */
export default function analyseFiles({ files, root, progress }: AnalyseTask): AnalyseOutcome[] {
  const known = (context ??= loadIngestContext(root));
  const doing = new Float64Array(progress);
  const outcomes = files.map((file, index) => {
    doing[1] = index;
    doing[0] = Date.now();
    try {
      return { file, result: analyseFile(file, root, known) };
    } catch (error) {
      return { file, error };
    }
  });
  doing[0] = 0;
  return outcomes;
}

function analyseFile(file: string, root: string, context: IngestContext): AnalysedFile {
  const raw = readRaw(file);
  const rawPath = rawPathOf(root, raw.file);
  const analysed = analyseArticle(
    {
      file,
      text: raw.text,
      checksum: raw.checksum,
      raw: rawPath,
      sidecar: raw.sidecar,
      page: raw.page,
      reference: raw.reference,
    },
    context,
  );
  return { analysed, checksum: raw.checksum, rawPath, sidecarFile: raw.sidecarFile };
}
