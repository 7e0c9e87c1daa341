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
  /** True for a reference: a sidecar of facts and our summary, with no article text. */
  reference: boolean;
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
  if (file.endsWith(sidecarSuffix)) return readReference(file);
  const extension = extname(file).toLowerCase();
  if (!textExtensions.has(extension) && !htmlExtensions.has(extension)) {
    throw new Error(`${file}: ingest reads .txt, .md and .html files; save the article as one of those`);
  }
  const size = statSync(file).size;
  if (size > maximumBytes)
    throw new Error(`${file}: ${Math.round(size / 1024)} KB is too large for one article (limit 2 MB); split it`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' ? 'you may not read it (check its permissions)' : `it cannot be read (${code})`;
    throw new Error(`${file}: ${reason}`, { cause: error });
  }
  if (bytes.includes(0)) throw new Error(`${file}: binary data, not text; save the article as UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8; re-save it as UTF-8 text`);
  }
  let page: PageFacts | null = null;
  let fromFrontmatter: Sidecar = {};
  if (extension === '.md' && frontmatterStart.test(text)) ({ text, facts: fromFrontmatter } = splitFrontmatter(file, text));
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
  const { sidecar, sidecarFile } = readSidecar(sidecarPathOf(file));
  // A sidecar is the editor's word on this file, so it wins over what the file says of itself.
  return {
    file,
    bytes,
    text,
    checksum: sha256(bytes),
    page,
    sidecar: { ...fromFrontmatter, ...sidecar },
    sidecarFile,
    reference: false,
  };
}

const sidecarSuffix = '.meta.yml';

/** Whether a sidecar stands alone: no article file beside it, so it is a reference. */
export function isReference(file: string): boolean {
  if (!file.endsWith(sidecarSuffix)) return false;
  const stem = file.slice(0, -sidecarSuffix.length);
  return ![...textExtensions, ...htmlExtensions].some((extension) => existsSync(`${stem}${extension}`));
}

/**
 * A reference: a sidecar with no article beside it, giving the facts of an article whose text we
 * do not hold (its address, title, outlet, date, meeting) and a summary in our own words, which
 * stands in for the text.
 */
function readReference(file: string): RawFile {
  if (!isReference(file)) throw new Error(`${file}: this is the sidecar of an article beside it; ingest the article instead`);
  const bytes = readFileSync(file);
  const { sidecar } = readSidecar(file);
  const missing = (['url', 'title', 'summary'] as const).filter((field) => sidecar[field] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${file}: a reference needs ${missing.map((field) => `\`${field}:\``).join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} (or save the article's text beside it)`,
    );
  }
  const text = `${sidecar.title}\n\n${sidecar.summary}`;
  return { file, bytes, text, checksum: sha256(bytes), page: null, sidecar, sidecarFile: null, reference: true };
}

const frontmatterStart = /^\uFEFF?---[ \t]*\r?\n/;
const frontmatterBlock = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// Other names static-site generators and exporters give the same facts.
const frontmatterAliases: Record<string, keyof Sidecar> = { date: 'published', link: 'url', source: 'url', byline: 'author' };

/**
 * A markdown file with frontmatter (exported from a blog or a notes app): the body is the
 * article, and the fields a sidecar could give (title, url, published or date, author, outlet,
 * agency) are read as its sidecar; other fields (tags, layout…) are the exporter's and are left.
 */
function splitFrontmatter(file: string, text: string): { text: string; facts: Sidecar } {
  const block = frontmatterBlock.exec(text);
  if (!block) throw new Error(`${file}: its frontmatter opens with --- but never closes; add the closing --- line`);
  let data: unknown;
  try {
    data = yaml.load(block[1]!) ?? {};
  } catch (error) {
    throw new Error(`${file}: its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: its frontmatter is not a list of fields`);
  const fields = data as Record<string, unknown>;
  if ('checksum' in fields && 'raw' in fields) {
    throw new Error(
      `${file}: this is an article entry already, not a raw article; ingest its original (${String(fields['raw'])})`,
    );
  }
  const known = new Set(Object.keys(sidecarSchema().shape));
  const picked = Object.fromEntries(
    Object.entries(fields).flatMap(([key, value]) => {
      const field = frontmatterAliases[key] ?? key;
      return known.has(field) && value !== null && value !== '' ? [[field, value instanceof Date ? isoDay(value) : value]] : [];
    }),
  );
  const result = sidecarSchema().safeParse(picked);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues, 'frontmatter fields'));
  return { text: text.slice(block[0].length), facts: result.data };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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
