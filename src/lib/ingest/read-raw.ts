/** Reading a raw article and its sidecar, refusing input that is not article text. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, dirname } from 'node:path';
import yaml from 'js-yaml';
import { sha256 } from '../entry-file.ts';
import { sidecarSchema, type Sidecar } from '../schema.ts';
import { describeIssues } from '../validation-message.ts';
import { readHtml, type PageFacts } from './read-html.ts';

/** A raw file as read, before ingest. */
export interface RawFile {
  file: string;
  bytes: Buffer;
  text: string;
  checksum: string;
  sidecar: Sidecar;
  /** The sidecar's path, when there is one. */
  sidecarFile: string | null;
  /** What an HTML page's markup says about itself; null for text input. */
  page: PageFacts | null;
}

const maximumBytes = 2 * 1024 * 1024;
const minimumWords = 40;
const textExtensions = new Set(['.txt', '.md']);
const htmlExtensions = new Set(['.html', '.htm']);

/** The sidecar that belongs to a raw file: `<name>.meta.yml` beside it. */
export function sidecarPathOf(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.meta.yml`);
}

/** Reads a raw article; throws one clear sentence when the file cannot be an article. */
export function readRaw(file: string): RawFile {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const extension = extname(file).toLowerCase();
  if (!textExtensions.has(extension) && !htmlExtensions.has(extension)) {
    throw new Error(`${file}: ingest reads .txt, .md and .html files; save the article as one of those`);
  }
  const size = statSync(file).size;
  if (size > maximumBytes)
    throw new Error(`${file}: ${Math.round(size / 1024)} KB is too large for one article (limit 2 MB); split it`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error(`${file}: binary data, not text; save the article as UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8; re-save it as UTF-8 text`);
  }
  let page: PageFacts | null = null;
  if (htmlExtensions.has(extension)) {
    try {
      ({ text, facts: page } = readHtml(text));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}; is it an article page?`, { cause: error });
    }
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < minimumWords)
    throw new Error(`${file}: ${words === 0 ? 'empty' : `only ${words} words`}, too short to be an article`);
  const sidecarFile = sidecarPathOf(file);
  return { file, bytes, text, checksum: sha256(bytes), page, ...readSidecar(sidecarFile) };
}

function readSidecar(file: string): { sidecar: Sidecar; sidecarFile: string | null } {
  if (!existsSync(file)) return { sidecar: {}, sidecarFile: null };
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  const result = sidecarSchema().safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues, 'sidecar fields'));
  return { sidecar: result.data, sidecarFile: file };
}
