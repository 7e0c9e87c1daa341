/** Facts read from the body's tree at ingest time and stored in frontmatter: excerpt and quotations. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { splitSentences } from './sentences.ts';

const excerptLength = 280;
const minimumQuotationWords = 6;
const maximumQuotations = 6;
const quotationPattern = /“([^“”]+)”|"([^"]+)"/g;

/** The paragraphs' plain text, in order. */
function paragraphs(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'paragraph', (node) => {
    texts.push(toString(node));
  });
  return texts;
}

/** The opening sentences, up to about 280 characters, cut at a sentence or a word. */
export function findExcerpt(tree: Root): string {
  let excerpt = '';
  for (const sentence of paragraphs(tree).flatMap(splitSentences)) {
    if ((excerpt + ' ' + sentence).trim().length > excerptLength) break;
    excerpt = `${excerpt} ${sentence}`.trim();
  }
  if (excerpt !== '') return excerpt;
  const first = paragraphs(tree)[0] ?? '';
  return `${first.slice(0, excerptLength).replace(/\s+\S*$/, '')}…`;
}

/** Direct quotations of six words or more, in order of appearance. */
export function findQuotations(tree: Root): string[] {
  const found: string[] = [];
  for (const text of paragraphs(tree)) {
    for (const match of text.matchAll(quotationPattern)) {
      const quotation = (match[1] ?? match[2] ?? '').trim().replace(/[,.;:]+$/, '');
      if (quotation.split(/\s+/).length >= minimumQuotationWords && !found.includes(quotation)) found.push(quotation);
    }
  }
  return found.slice(0, maximumQuotations);
}
