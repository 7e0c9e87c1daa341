/** Words readers see for the data model's codes. */
import type { DatingMethod, SummitKind, affiliations, hosts, outletKinds } from './schema.ts';

/** A meeting kind in words. */
export const kindLabels: Record<SummitKind, string> = {
  'state-visit': 'State visit',
  'bilateral-visit': 'Visit',
  'multilateral-sideline': 'Summit sideline',
  'video-call': 'Video call',
  'phone-call': 'Phone call',
  other: 'Joint ceremony',
};

/** Who hosted, in words. */
export const hostLabels: Record<(typeof hosts)[number], string> = {
  russia: 'Hosted by Russia',
  china: 'Hosted by China',
  'third-country': 'Third country',
  virtual: 'Remote',
};

/** Outlet kinds in words. */
export const outletKindLabels: Record<(typeof outletKinds)[number], string> = {
  'wire-agency': 'Wire agency',
  'state-broadcaster': 'State broadcaster',
  broadcaster: 'Broadcaster',
  newspaper: 'Newspaper',
  'news-website': 'News website',
  blog: 'Blog',
  aggregator: 'Aggregator',
  unknown: 'Kind not known yet',
};

/** Outlet affiliations in words. */
export const affiliationLabels: Record<(typeof affiliations)[number], string> = {
  'state-owned': 'State-owned',
  'state-affiliated': 'State-affiliated',
  independent: 'Independent of the state',
  unknown: 'Affiliation unknown',
};

/** How a date was known, as the end of "dated by …". */
export const datingLabels: Record<DatingMethod, string> = {
  metadata: 'the page’s date field',
  feed: 'the site’s feed',
  byline: 'the byline',
  dateline: 'the dateline',
  url: 'the address of the page',
  relative: 'a relative phrase in the text',
  inferred: 'the date of the meeting',
  editor: 'the editor',
};
