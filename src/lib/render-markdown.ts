/**
 * An entry's markdown body as HTML, rendered when its page is built.
 *
 * Entries are loaded without their bodies (src/entry-loader.ts), so pages render them here with
 * Sätteri, the processor behind Astro's default markdown, with Astro's defaults: GitHub flavoured markdown,
 * smart punctuation and heading ids.
 */
import { readFileSync } from 'node:fs';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';

const features = { gfm: true, smartPunctuation: true, frontmatter: true };
// Subheadings get the ids Astro gives them, so a link to a section of an article keeps working.
const hastPlugins = [satteriHeadingIdsPlugin()];

/** HTML of a markdown text; a frontmatter block at its top is skipped. */
export async function renderMarkdown(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { features, hastPlugins })).html;
}

/** HTML of the body of the entry file at `path`. */
export function renderEntryFile(path: string): Promise<string> {
  return renderMarkdown(readFileSync(path, 'utf8'));
}
