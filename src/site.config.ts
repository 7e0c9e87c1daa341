/** Site-wide settings: everything a page needs that is not content. */
export interface SiteConfig {
  /** Name shown in the header, titles and feeds. */
  title: string;
  /** One-sentence description for meta tags and feeds. */
  description: string;
  /** Canonical origin of the deployed site, without a trailing slash. */
  url: string;
  /** IANA timezone every date on the site is shown in, whatever the build machine's zone. */
  timezone: string;
  /** BCP 47 language tag of the pages. */
  locale: string;
  /** The two leaders whose meetings the site tracks, as people entry ids. */
  leaders: readonly [string, string];
}

export const site: SiteConfig = {
  title: 'Summitry',
  description: 'Every meeting of Vladimir Putin and Xi Jinping since 2013, and what the world’s outlets wrote about each.',
  url: 'https://summitry.example.org',
  // Dates in the content are calendar days stored as UTC midnight, so UTC shows them unshifted.
  timezone: 'UTC',
  locale: 'en-GB',
  leaders: ['vladimir-putin', 'xi-jinping'],
};
