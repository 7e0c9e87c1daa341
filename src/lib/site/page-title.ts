/** The `<title>` of a page: short enough for a browser tab and a search result (70 characters). */
const maximumLength = 70;

/** "Headline · Site", or the headline alone when that is too long, cut at a word when even that is. */
export function pageTitle(title: string, siteTitle: string): string {
  if (title === siteTitle) return title;
  const withSite = `${title} · ${siteTitle}`;
  if (withSite.length <= maximumLength) return withSite;
  if (title.length <= maximumLength) return title;
  return `${title
    .slice(0, maximumLength)
    .replace(/\s+\S*$/, '')
    .replace(/[\s,;:–-]+$/, '')}…`;
}
