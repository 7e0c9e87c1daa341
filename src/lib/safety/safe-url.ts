/**
 * Which addresses a page of ours may link to or load. Article text and addresses come from
 * strangers: a `javascript:`, `data:` or `vbscript:` address runs on our origin when clicked, so
 * only web and mail addresses, and addresses within the page or the site, are kept.
 */

/** Schemes a link may use. */
export const safeSchemes = /^(?:https?|mailto)$/i;

/** Schemes an address written in an entry's frontmatter may use. */
export const webSchemes = /^https?$/;

/**
 * True when `address` is safe as a link or image source: http(s) or mailto, or a relative
 * address (`/summits/…`, `#note-1`) that stays on the site. Browsers ignore tabs, newlines and
 * leading control characters in a scheme (`java\tscript:`), so those are removed before judging.
 */
export function isSafeUrl(address: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = address.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([^/?#]*?):/.exec(squeezed);
  return scheme === null || safeSchemes.test(scheme[1]!);
}
