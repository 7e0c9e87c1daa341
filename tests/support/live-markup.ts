/**
 * What in a piece of HTML could run or call out on our origin: script elements, `on*` event
 * attributes, and addresses that are not http(s), mailto or relative. Used by the safety tests
 * and the fuzz run on everything ingest and the renderer put out.
 */
import { parseHTML } from 'linkedom';
import { isSafeUrl } from '../../src/lib/safety/safe-url.ts';

const addressAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background'];
// Elements that load or run something by being there; others are live only through attributes, checked below.
const activeElements = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'applet']);

/**
 * Each live thing in `html`, described; empty when the HTML is inert. `ownScripts` are script
 * sources of the site's own that a whole page may load.
 */
export function findLiveMarkup(html: string, ownScripts: readonly string[] = []): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script') {
      const type = element.getAttribute('type');
      const src = element.getAttribute('src');
      if (type === 'application/ld+json' && !src) continue;
      if (src && ownScripts.includes(src)) continue;
    }
    if (activeElements.has(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (addressAttributes.includes(name.toLowerCase()) && !isSafeUrl(element.getAttribute(name) ?? '')) {
        found.push(`<${tag} ${name}="${element.getAttribute(name)}">`);
      }
    }
  }
  return found;
}
