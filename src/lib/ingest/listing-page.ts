/**
 * Whether an address is a site's list of stories (a tag, category or archive-by-topic page)
 * rather than one story: its date is the newest teaser's or the site's date bar, and the meeting
 * its top teaser names is that story's, not the page's.
 */
const listingPath = /\/(?:tags?|category|categories)\/[^?#]*$/i;
const listingQuery = /[?&](?:tag|cat|category)=/i;
/** A story filed by day under a tag folder is still a story. */
const storyDay = /\/20\d\d\/\d\d\/\d\d\//;

export function isListingAddress(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return !storyDay.test(pathname) && (listingPath.test(pathname) || listingQuery.test(search));
  } catch {
    return false;
  }
}
