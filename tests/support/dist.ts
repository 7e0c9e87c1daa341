/** The built site in dist/, page by page, for checks over the HTML. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const distRoot = join(import.meta.dirname, '..', '..', 'dist');

if (!existsSync(distRoot)) throw new Error('dist/ is missing: run `npm run build` before the site tests');

/** Every built HTML file, as a path under dist/ (`timeline/index.html`). */
export const htmlFiles = readdirSync(distRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A built page's HTML. */
export function readPage(file: string): string {
  return readFileSync(join(distRoot, file), 'utf8');
}

/** The URL path a built file is served at. */
export function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
