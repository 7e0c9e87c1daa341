/**
 * The entry body as markdown: cleaned blocks become an mdast tree (subheadings, paragraphs,
 * quotations and lists) that remark-stringify writes, so scraped text is escaped and every body
 * is normalised.
 */
import type { Blockquote, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { readBlock } from './block-kind.ts';

const maxSubheadingWords = 12;

/** A short line that does not end like prose: a subheading between paragraphs. */
export function isSubheading(block: string): boolean {
  return block.split(/\s+/).length <= maxSubheadingWords && !/[.!?:;,"”'’)]$/.test(block);
}

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const heading = (value: string): Heading => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] });
const quote = (value: string): Blockquote => ({ type: 'blockquote', children: [paragraph(value)] });
const item = (value: string): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(value)] });

/** Builds the body's tree from the article's blocks; consecutive list items form one list. */
export function buildBodyTree(blocks: readonly string[]): Root {
  const children: RootContent[] = [];
  blocks.forEach((block, index) => {
    const { kind, text } = readBlock(block);
    const previous = children.at(-1);
    if (kind === 'item') {
      if (previous?.type === 'list') previous.children.push(item(text));
      else children.push({ type: 'list', ordered: false, spread: false, children: [item(text)] } satisfies List);
    } else if (kind === 'quote') {
      children.push(quote(text));
    } else if (kind === 'heading') {
      children.push(heading(text));
    } else {
      // Plain text marks no headings: a short line between paragraphs is one, but the first
      // block introduces the article (a standfirst) and the last may be a one-line quote.
      children.push(index > 0 && index < blocks.length - 1 && isSubheading(text) ? heading(text) : paragraph(text));
    }
  });
  return { type: 'root', children };
}

/** Writes a tree as markdown. */
export function stringifyBody(tree: Root): string {
  return unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).stringify(tree);
}
