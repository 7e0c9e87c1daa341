/**
 * An entry's markdown body as HTML, rendered when its page is built.
 *
 * Entries are loaded without their bodies (src/entry-loader.ts), so pages render them here with
 * Sätteri, the processor behind Astro's default markdown, with Astro's defaults: GitHub flavoured markdown,
 * smart punctuation and heading ids; raw HTML is shown as text and only safe addresses are linked.
 */
import { readFile } from 'node:fs/promises';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { safeMarkdownPlugin } from './safety/safe-markdown.ts';

const features = { gfm: true, smartPunctuation: true, frontmatter: true };
// Subheadings get the ids Astro gives them, so a link to a section of an article keeps working;
// bodies hold strangers' text, so no raw HTML or script address reaches the page.
const hastPlugins = [satteriHeadingIdsPlugin(), safeMarkdownPlugin()];

/** HTML of a markdown text; a frontmatter block at its top is skipped. */
export async function renderMarkdown(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { features, hastPlugins })).html;
}

/**
 * HTML of the body of the entry file at `path`. Read asynchronously: pages render several at a
 * time, and their reads then wait on the disk together rather than one after another.
 */
export async function renderEntryFile(path: string): Promise<string> {
  return renderMarkdown(await readFile(path, 'utf8'));
}
