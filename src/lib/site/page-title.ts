/** The `<title>` of a page: short enough for a browser tab and a search result (70 characters). */
const maximumLength = 70;

// Characters the HTML carries as entities (Astro writes ' as &#39;), and how many characters
// longer each makes the title as written: the length a validator and a crawler count.
const entityExtra: Record<string, number> = { "'": 4, '"': 5, '&': 4, '<': 3, '>': 3 };

/** A text's length as the page's HTML writes it. */
export function writtenLength(text: string): number {
  let length = text.length;
  for (const character of text) length += entityExtra[character] ?? 0;
  return length;
}

/** "Headline · Site", or the headline alone when that is too long, cut at a word when even that is. */
export function pageTitle(title: string, siteTitle: string): string {
  if (title === siteTitle) return title;
  const withSite = `${title} · ${siteTitle}`;
  if (writtenLength(withSite) <= maximumLength) return withSite;
  if (writtenLength(title) <= maximumLength) return title;
  const fits = (text: string) => writtenLength(`${text}…`) <= maximumLength;
  let cut = '';
  for (const word of title.split(/\s+/)) {
    const longer = cut ? `${cut} ${word}` : word;
    if (!fits(longer)) break;
    cut = longer;
  }
  // One word longer than the whole title may be: cut it by characters.
  if (!cut) for (const character of title) if (fits(cut + character)) cut += character;
  return `${cut.replace(/[\s,;:–-]+$/, '')}…`;
}
