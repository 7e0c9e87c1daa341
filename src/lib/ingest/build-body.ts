/**
 * The entry body as markdown: cleaned blocks become an mdast tree (subheadings and paragraphs)
 * that remark-stringify writes, so scraped text is escaped and every body is normalised.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const maxSubheadingWords = 12;

/** A short line that does not end like prose: a subheading between paragraphs. */
export function isSubheading(block: string): boolean {
  return block.split(/\s+/).length <= maxSubheadingWords && !/[.!?:;,"”'’)]$/.test(block);
}

/** Builds the body's tree from the article's blocks. */
export function buildBodyTree(blocks: readonly string[]): Root {
  const children = blocks.map((block, index): Heading | Paragraph => {
    const text = { type: 'text' as const, value: block };
    // The first block introduces the article: even when short it is a standfirst, not a heading.
    return index > 0 && index < blocks.length - 1 && isSubheading(block)
      ? { type: 'heading', depth: 2, children: [text] }
      : { type: 'paragraph', children: [text] };
  });
  return { type: 'root', children };
}

/** Writes a tree as markdown. */
export function stringifyBody(tree: Root): string {
  return unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).stringify(tree);
}
