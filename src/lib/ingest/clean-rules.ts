/**
 * The cleaning rules: what page chrome looks like in scraped text. Each rule names the kind
 * of chrome it removes, which the entry records, and is tested on a fixture.
 */

/** Removes a whole block (a line of the raw text) that matches. */
export interface BlockRule {
  kind: string;
  pattern: RegExp;
}

/** Removes the matching block and everything after it: teaser lists, comment sections. */
export type TailRule = BlockRule;

/** Removes the matching sentences from inside a block. */
export type SentenceRule = BlockRule;

/** Removes the matching words from inside a block. */
export type InlineRule = BlockRule;

export const blockRules: readonly BlockRule[] = [
  // A scraper's `date 2024-07-04` field: dating reads it from the raw text; it is not the title.
  { kind: 'date-field', pattern: /^date\s+\d{4}-\d{2}(?:-\d{2})?$/ },
  {
    kind: 'navigation',
    pattern:
      /^(?:home|back|menu|all news|news|latest|breaking news|home back|accessibility links|skip to (?:main )?(?:content|navigation|search))$/i,
  },
  { kind: 'icon-font', pattern: /(?:\b[\w-]*icon\b[^\n]*){6,}/i },
  { kind: 'crawl-timestamp', pattern: /^[\w.-]+\.[a-z]{2,}\s+\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i },
  { kind: 'placeholder-byline', pattern: /^by\s+(?:editor|admin|staff|web ?desk|news ?desk|the editorial team)$/i },
  { kind: 'comment-form', pattern: /^(?:leave a reply|leave a comment|\d+ comments?|post a comment)$/i },
  { kind: 'subscribe', pattern: /^(?:subscribe(?: now)?|sign up for (?:our|the) newsletter.*)$/i },
  // An ad slot's label, which a page without a heading line would otherwise give as its title.
  {
    kind: 'advertisement',
    pattern:
      /^(?:advertisement|advertising|sponsored|(?:story|article) continues below(?: advertisement)?|continue reading below|scroll to continue with content)$/i,
  },
  {
    kind: 'push-notifications',
    pattern: /^(?:stay up to date with notifications from .{1,40}|notifications can be managed in browser preferences\.?)$/i,
  },
  // "— AFP News Agency (@AFP) September 2, 2025": the byline of an embedded tweet, dated by the tweet.
  { kind: 'embedded-tweet', pattern: /^[—–-]\s*[^()]{1,60}\(@\w+\)/ },
  { kind: 'copyright', pattern: /^(?:copyright|©)\s*\d{4}\b.*$/i },
  {
    kind: 'share-buttons',
    pattern:
      /^(?:share(?: this(?: article| story)?)?:?\s*)?(?:(?:facebook|twitter|x|whatsapp|telegram|email|linkedin|reddit|copy link)\s*){2,}$/i,
  },
  { kind: 'cookie-banner', pattern: /\b(?:we use cookies|cookie (?:policy|settings)|accept (?:all )?cookies)\b/i },
  // A caption ends in a photo credit: "… on Wednesday. Photo by Sputnik/EPA" or "… 2024 © Name / Agency",
  // or in the image's width and upload day: "… March 21, 2023 - Sputnik Africa, 1920, 16.10.2023".
  // So does one that says it is one: "In this photo released by Sputnik, …", "In this pool photo …".
  {
    kind: 'photo-caption',
    pattern:
      /(?:\.\s*(?:Photo|Photograph|Image)(?: by|:)\s+[^.]+|\s©\s*[^.]*)$|^In this (?:[\w-]+ ){0,2}(?:photo|photograph|image|picture)\b|(?:^|\s)[-–]\s[\p{L} ]{2,40},\s*\d{3,4},\s*\d{2}\.\d{2}\.\d{4}$/u,
  },
];

export const tailRules: readonly TailRule[] = [
  {
    kind: 'teasers',
    pattern:
      /^(?:people are also reading|you may also like|more related stories:?|related (?:stories|articles|news):?|read more:?|recommended(?: for you)?:?)$/i,
  },
];

export const sentenceRules: readonly SentenceRule[] = [
  {
    kind: 'self-promotion',
    pattern: /^(?:Head over to \S+ for more|Watch this (?:clip|video)\b|This video is from\b|Follow us on\b)/,
  },
  { kind: 'source-list', pattern: /^Sources include:/ },
];

export const inlineRules: readonly InlineRule[] = [
  { kind: 'related-link', pattern: /\s*\(Related: [^)]*\)/g },
  { kind: 'tweet-link', pattern: /\s*pic\.twitter\.com\/\w+/g },
];
