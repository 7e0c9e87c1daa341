/**
 * Names of raw originals under content/raw/. A name becomes part of an address on the site
 * (`/raw/<name>.txt`), so it holds only letters, digits, `.`, `_` and `-`.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';

/** What a raw file's path under content/ may be: `raw/`, then folders and a name of safe characters. */
export const rawPathPattern = /^raw\/(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)*[A-Za-z0-9][A-Za-z0-9._-]*$/;

// Long enough for any real file name, short enough for every file system and address bar.
const longestName = 120;

/**
 * A file name of safe characters, keeping its extension: `call#1.txt` is `call-1.txt`,
 * `rate%41?.txt` is `rate-41-.txt`. A name with no Latin letters or digits (`Путин.txt`) is
 * named from its own hash, so two such files do not take the same name.
 */
export function safeFileName(name: string): string {
  const extension = extname(name).replace(/[^A-Za-z0-9.]/g, '');
  const stem = name
    .slice(0, name.length - extname(name).length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '')
    .slice(0, longestName - extension.length);
  const named = /[A-Za-z0-9]/.test(stem) ? stem : `article-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  return `${named}${extension}`;
}
