/** What a block of article text is, from the markdown marker it starts with (HTML and .md input keep them). */
export type BlockKind = 'heading' | 'quote' | 'item' | 'paragraph';

const markers: readonly [BlockKind, RegExp][] = [
  ['heading', /^#{1,6}\s+/],
  ['quote', /^>\s?/],
  ['item', /^(?:[-*+]|\d+[.)])\s+/],
];

/** The block's kind and its text without the marker. */
export function readBlock(block: string): { kind: BlockKind; text: string } {
  for (const [kind, marker] of markers) if (marker.test(block)) return { kind, text: block.replace(marker, '') };
  return { kind: 'paragraph', text: block };
}

/** The block's text without its marker. */
export function blockText(block: string): string {
  return readBlock(block).text;
}
