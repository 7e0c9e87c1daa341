/**
 * One address per article, so a page reached by a tracking link, an AMP copy or a mobile host is
 * fetched once. normalize-url does the URL hygiene; the publishing habits are ours.
 */
import normalizeUrl from 'normalize-url';
import { hostOf } from '../web-address.ts';

/** Query parameters that track a click and never choose the page. */
const trackingParameters = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|ncid|smid|taid|ref_src|at_medium|at_campaign|at_custom\d)$/i,
  /^(amp|outputType)$/i,
];

/** Hosts that serve the same article in another dress: `m.`, `mobile.`, `amp.`. */
const mirrorHostPrefix = /^(?:m|mobile|amp)\./i;

/** The address an article is known by: tracking parameters, fragments, AMP paths and mirror hosts gone. */
export function canonicalAddress(address: string): string {
  const normalized = new URL(
    normalizeUrl(address, {
      removeQueryParameters: trackingParameters,
      stripHash: true,
      stripWWW: false,
      removeTrailingSlash: true,
      sortQueryParameters: true,
    }),
  );
  normalized.hostname = normalized.hostname.replace(mirrorHostPrefix, '');
  normalized.pathname = normalized.pathname.replace(/\/amp(?:\.html)?$/i, '').replace(/\/amp\//i, '/') || '/';
  return normalized.href;
}

/** The site part of a host, for comparing addresses: "www.", "m." and "amp." do not make another site. */
export function siteOf(address: string): string {
  return (hostOf(address) ?? '').replace(mirrorHostPrefix, '');
}

/**
 * The page's own `<link rel="canonical">`, made canonical, when it points into the same site; a
 * page naming another site's address as its own is a copy, and stays under the address we found.
 */
export function canonicalLinkOf(html: string, pageAddress: string): string | null {
  const head = html.slice(0, 200_000);
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?canonical\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!value) return null;
    try {
      const resolved = new URL(value.replaceAll('&amp;', '&'), pageAddress).href;
      if (!/^https?:/.test(resolved) || siteOf(resolved) !== siteOf(pageAddress)) return null;
      return canonicalAddress(resolved);
    } catch {
      return null;
    }
  }
  return null;
}
