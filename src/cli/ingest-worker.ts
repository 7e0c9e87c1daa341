/**
 * One ingest worker thread (src/cli/ingest.ts runs one per core): reads a raw file and analyses
 * it. Comparing with other articles and writing happen in the main thread, in input order.
 */
import { analyseArticle, type AnalysedArticle } from '../lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../lib/ingest/load-context.ts';
import { rawPathOf } from '../lib/ingest/raw-path.ts';
import { readRaw } from '../lib/ingest/read-raw.ts';

/** A file to analyse, and the content folder it goes into. */
export interface AnalyseTask {
  file: string;
  root: string;
}

/** What the main thread needs of an analysed file. */
export interface AnalysedFile {
  analysed: AnalysedArticle;
  checksum: string;
  /** The raw file's path under content/, and its sidecar's on disk, if any. */
  rawPath: string;
  sidecarFile: string | null;
}

let context: ReturnType<typeof loadIngestContext> | undefined;

export default function analyseFile({ file, root }: AnalyseTask): AnalysedFile {
  context ??= loadIngestContext(root);
  const raw = readRaw(file);
  const rawPath = rawPathOf(root, raw.file);
  const analysed = analyseArticle(
    { file, text: raw.text, checksum: raw.checksum, raw: rawPath, sidecar: raw.sidecar, page: raw.page },
    context,
  );
  return { analysed, checksum: raw.checksum, rawPath, sidecarFile: raw.sidecarFile };
}
