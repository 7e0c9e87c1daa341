/**
 * The name of a site the outlets collection does not know yet, for a proposed outlet entry.
 * Pages state it in their metadata (og:site_name); failing that, the text usually spells the
 * site's own name somewhere (a masthead, a copyright line, "told Eagle News"), and the address
 * spells the same letters without the spaces, so the two together give "Eagle News" for
 * eaglenews.ph. Failing both, the address split into common words names it ("The China
 * Project"), and one that does not split is its own name ("Hotsrq").
 */
import { createRequire } from 'node:module';
import type { NewsSiteData, OutletKind } from '../schema.ts';
import { slugify } from '../slugify.ts';
import { escapeForPattern } from './phrase-pattern.ts';

/** A site named for a proposed outlet entry. */
export interface SiteName {
  /** Outlet id the entry would take. */
  id: string;
  name: string;
  /** Home page: the address's origin. */
  url: string;
  /** Where the name came from, for the editor's review note. */
  source: 'the news-site directory' | 'page metadata' | 'the text' | 'the address';
  /** What the directory says of the outlet, when it lists the site. */
  country?: string | null;
  kind?: OutletKind;
}

/** The site at `url` as the news-site directory names it. */
export function siteFromDirectory(url: string, row: NewsSiteData): SiteName {
  return { ...named(row.name, new URL(url).origin, 'the news-site directory'), country: row.country, kind: row.kind };
}

// Second-level labels that are not the site's name (news.example.co.uk, example.com.au).
const genericLabels = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'news', 'go', 'or', 'ne']);
const hostPrefixes = /^(www\d?|m|amp|mobile|en|english|edition|eng|news)\./;
const siteNameLength = 60;

/** The registrable part of a host, as letters only: "www.eaglenews.ph" → "eaglenews". */
export function siteLabel(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.replace(hostPrefixes, '').split('.');
  // A short label before a country's code is a registry's, not the site's: example.in.ua, example.com.au.
  const suffix = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
  const named = labels.slice(0, -suffix).filter((label) => !genericLabels.has(label));
  const site = named.at(-1) ?? labels[0] ?? null;
  // On a blogging platform the blog is the site: russiainblogs.blogspot.com.
  return site && platforms.has(site) && named.length > 1 ? named.at(-2)!.replace(slotSuffix, '') : site;
}

const platforms = new Set([
  'blogspot',
  'wordpress',
  'substack',
  'medium',
  'livejournal',
  'tumblr',
  'weebly',
  'wixsite',
  // Hosts that serve a site under their own name: americancourant.pages.dev, example.netlify.app.
  'pages',
  'netlify',
  'vercel',
  'github',
  'herokuapp',
  'azurewebsites',
  'firebaseapp',
]);
// "devdiscourse-testslot.azurewebsites.net": a hosting slot's suffix is not part of the site's name.
const slotSuffix = /-(?:testslot|staging|slot\d*|dev|prod|test)$/;

/** Names the site behind `url` from the page's stated name, the text, or the address. */
export function nameSite(url: string, text: string, siteName: string | null): SiteName | null {
  const host = hostOf(url);
  const label = siteLabel(url);
  if (!host || !label) return null;
  const origin = new URL(url).origin;
  const stated = siteName?.trim();
  if (stated && stated.length <= siteNameLength && /\p{L}/u.test(stated)) return named(stated, origin, 'page metadata');
  const spelled = spelledInText(label, text) ?? mastheadOf(label, text);
  if (spelled) return named(spelled, origin, 'the text');
  // A top-level domain that is a word belongs to the name: mettisglobal.news is "Mettis Global News".
  const tld = host.split('.').at(-1)!;
  const ending = wordDomains.has(tld) ? ` ${capitalised(tld)}` : '';
  return named(`${nameOfLabel(label)}${ending}`, origin, 'the address');
}

const wordDomains = new Set(['news', 'tv', 'media', 'online', 'live', 'today', 'press', 'radio', 'post', 'times']);

/** "thechinaproject" → "The China Project", "theduran" → "The Duran", "bimba-news" → "Bimba News", "hotsrq" → "Hotsrq". */
function nameOfLabel(label: string): string {
  const words = wordsOf(label);
  if (words) return words;
  const rest = label.slice(3);
  if (label.startsWith('the') && rest.length >= 4) return `The ${nameOfLabel(rest)}`;
  // "bimba-news" → "Bimba News": a hyphen stands for a space.
  return label
    .split('-')
    .map((part) => wordsOf(part) ?? capitalised(part))
    .join(' ');
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Words joining a name's parts ("Russia in Blogs"), kept in lower case.
const joiningWords = new Set(['and', 'in', 'of', 'on', 'for']);
/** Words more common than this rank (of wordsninja's 126,000) are taken for words of a name. */
const commonWordRank = 30_000;
/** Three-letter pieces must be far commoner: "nan hai" and "tbs news" are not names. */
const commonShortWordRank = 5_000;
const rankOf = (word: string) => dictionary?.rank.get(word) ?? Infinity;
let dictionary: { split: (text: string) => string[]; rank: Map<string, number> } | null = null;

/**
 * The address's name split into common words, "thechinaproject" → "The China Project", or null
 * when it does not split cleanly ("hotsrq" is "hot sr q").
 * The word list loads on the first unknown site.
 */
function wordsOf(label: string): string | null {
  dictionary ??= loadDictionary();
  const words = label.split('-').flatMap((part) => dictionary!.split(part));
  const word = (piece: string, index: number) =>
    (index === 0 && piece === 'the') ||
    (index > 0 && joiningWords.has(piece)) ||
    (piece.length >= 3 && rankOf(piece) < (piece.length === 3 ? commonShortWordRank : commonWordRank));
  if (words.length < 2 || !words.every(word)) return null;
  return words
    .map((piece, index) => (index > 0 && joiningWords.has(piece) ? piece : piece.charAt(0).toUpperCase() + piece.slice(1)))
    .join(' ');
}

function loadDictionary() {
  const require = createRequire(import.meta.url);
  const WordsNinja = require('wordsninja') as new () => { loadDictionary(): unknown; splitSentence(text: string): string[] };
  const ninja = new WordsNinja();
  // It fills its table before the promise it returns resolves: the table is ready on return.
  void ninja.loadDictionary();
  const list = require('wordsninja/words-en.json') as string[];
  return { split: (text: string) => ninja.splitSentence(text), rank: new Map(list.map((word, index) => [word, index])) };
}

function named(name: string, url: string, source: SiteName['source']): SiteName {
  return { id: slugify(name, 40) || 'site', name, url, source };
}

/**
 * The words in `text` that spell `label` with spaces or punctuation between them, such as
 * "Eagle News" for "eaglenews": the site's own way of writing its name. A run that starts in the
 * middle of a word does not count; one glued to the next word by a capital ("Iran PressEurope")
 * does, since pages lose the space between a masthead and the next line.
 */
function spelledInText(label: string, text: string): string | null {
  if (label.length < 4) return null;
  // Each letter in both cases by hand: under the `i` flag `\p{Ll}` would match capitals too.
  const letters = [...label].map((letter) =>
    /[a-z]/.test(letter) ? `[${letter}${letter.toUpperCase()}]` : escapeForPattern(letter),
  );
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${letters.join("[\\s.'’&-]?")}(?![\\p{Ll}\\p{N}])(?:\\s+(?:${nameEndings}))*`,
    'gu',
  );
  // The fullest form the page prints: "Mettis Global News" over a bare "Mettis Global".
  const found = [...text.matchAll(pattern)]
    .map((match) => match[0])
    .filter((form) => form !== form.toLowerCase())
    .sort((a, b) => b.length - a.length)[0];
  // All lower case is the address itself written in the text, not a name; "webangah News Agency"
  // is the name with the address's letters in front.
  return found ? capitalised(found) : null;
}

// "tfiglobalnews" → "tfiglobal", "dhakaprokash24" → "dhakaprokash": an address often adds a word
// or a number the masthead leaves off.
const addressSuffix = /^([a-z]{5,}?)(?:news|online|eng|mag|daily|tv|\d{1,4})$/;

/**
 * The masthead that spells the address without its suffix ("TFIGlobal" on tfiglobalnews.com):
 * only as a line of its own, since the shorter letters may be a word of the story too.
 */
function mastheadOf(label: string, text: string): string | null {
  const core = addressSuffix.exec(label)?.[1];
  if (!core || (dictionary ??= loadDictionary()).rank.has(core)) return null;
  const lines = text.split('\n', mastheadLines).map((line) => line.trim());
  const name = lines.map((line) => spelledInText(core, line)).find((form) => form !== null && lines.includes(form));
  return name ?? null;
}
const mastheadLines = 30;

/** Words a site's name may go on with after the address's letters: "Mettis Global News", "Webangah News Agency". */
const nameEndings = 'News|Agency|TV|Television|Radio|Times|Post|Daily|Online|Media|Network|Today';

function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    // "rumble.com." is the same host as "rumble.com".
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}
