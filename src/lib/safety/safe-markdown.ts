/**
 * A Sätteri HAST plugin that makes a rendered entry body safe whatever ingest or an editor put in
 * it. Raw HTML in the markdown is shown as the text it is, never parsed into live elements; a
 * link whose address is not http(s), mailto or relative loses the address, and such an image
 * becomes its description.
 */
import type { HastPluginDefinition } from 'satteri';
import { isSafeUrl } from './safe-url.ts';

// The attributes markdown gives an address; raw HTML never reaches the page, so no others carry one.
const addressAttributes = { a: 'href', img: 'src' } as const;

/** The plugin, for `hastPlugins`. */
export function safeMarkdownPlugin(): HastPluginDefinition {
  return {
    name: 'summitry-safe-markdown',
    raw(node, ctx) {
      ctx.replaceNode(node, { type: 'text', value: node.value });
    },
    element: {
      filter: Object.keys(addressAttributes),
      visit(node, ctx) {
        const attribute = addressAttributes[node.tagName as keyof typeof addressAttributes];
        const address = node.properties?.[attribute];
        if (address === undefined || address === null) return;
        if (typeof address === 'string' && isSafeUrl(address)) return;
        // An image with no source would show as broken; its description says what it was.
        if (node.tagName === 'img') ctx.replaceNode(node, { type: 'text', value: String(node.properties?.['alt'] ?? '') });
        else ctx.setProperty(node, attribute, null);
      },
    },
  };
}
