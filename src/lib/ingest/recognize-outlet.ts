/**
 * The outlet whose page an article is, and the agency its copy came from. The page's address
 * (or its stated site name) names the outlet; a credit in the text (an agency dateline,
 * "— Xinhua", a marker an outlet entry lists) names the agency when it is another outlet, and
 * the outlet itself when there is no address; an editor's sidecar overrides both. A site the
 * outlets collection does not know gets a proposed entry, named from the page, so every
 * article names its source.
 */
import type { NewsSiteData, OutletData } from '../schema.ts';
import { newsSiteOf } from '../registry/news-sites.ts';
import { nameSite, siteFromDirectory, type SiteName } from './name-site.ts';
import { escapeForPattern } from './phrase-pattern.ts';
import { hostOf } from '../web-address.ts';

/** An outlet entry as recognition needs it. */
export type KnownOutlet = Pick<OutletData, 'name' | 'url' | 'kind' | 'markers'> & {
  id: string;
  shortName?: string | undefined;
  /** Other hosts it publishes under. */
  sites?: readonly string[];
};

/** What the editor said about the outlet in a sidecar. */
export interface OutletHints {
  outlet?: string | undefined;
  agency?: string | undefined;
  url?: string | undefined;
  /** The site name an HTML page states (og:site_name). */
  siteName?: string | undefined;
}

/** The recognized outlets and how. */
export interface OutletRecognition {
  outlet: string | null;
  agency: string | null;
  /** An outlet entry to create for a site the collection does not know; `outlet` names it. */
  proposed: SiteName | null;
  review: string[];
}

/**
 * Recognizes the publishing outlet and the agency it copied. A site with no outlet entry is named
 * from the news-site directory when it lists the site, else from the page.
 */
export function recognizeOutlet(
  raw: string,
  hints: OutletHints,
  outlets: readonly KnownOutlet[],
  directory: readonly NewsSiteData[] = [],
): OutletRecognition {
  const byCredit = outletByCredit(raw, outlets);
  const knownSite =
    (hints.url ? outletByAddress(hints.url, outlets) : null) ?? (hints.siteName ? outletByName(hints.siteName, outlets) : null);
  const listed = !knownSite && hints.url ? newsSiteOf(hints.url, directory) : null;
  const named =
    knownSite || !hints.url
      ? null
      : listed
        ? siteFromDirectory(hints.url, listed)
        : nameSite(hints.url, raw, hints.siteName ?? null);
  const namedKnown = named ? (outletByName(named.name, outlets) ?? outlets.find((o) => o.id === named.id)?.id ?? null) : null;
  const proposed = named && !namedKnown ? named : null;
  const site = knownSite ?? namedKnown ?? proposed?.id ?? null;
  const review: string[] = [];
  const outlet = hints.outlet ?? site ?? byCredit;
  // A lead that attributes the story ("…, RIA Novosti reports") names whose copy it is, never whose page.
  const attributed = byCredit ? null : outletByLeadAttribution(raw, outlets, outlet);
  const agency = hints.agency ?? (byCredit !== outlet ? byCredit : null) ?? attributed;
  if (hints.agency && byCredit && byCredit !== outlet && hints.agency !== byCredit) {
    review.push(`The sidecar says the copy came from ${hints.agency} but the text credits ${byCredit}: check which wrote it.`);
  }
  if (!outlet) {
    review.push(
      'Outlet unknown: the text credits no outlet and there is no address or sidecar; add `outlet:` to a sidecar (or markers to an outlet entry) and ingest again.',
    );
  } else if (!agency && outlets.find((known) => known.id === outlet)?.kind === 'aggregator') {
    review.push(
      `${outlet} is an aggregator and the text credits no agency: if you know whose story it is, add \`agency:\` to a sidecar and ingest again.`,
    );
  }
  const usesProposal = proposed !== null && outlet === proposed.id;
  if (usesProposal) {
    review.push(
      `${proposed.name} is a new outlet, named from ${proposed.source}: check content/outlets/${proposed.id}.md (name, kind, country, affiliation).`,
    );
  }
  return { outlet, agency, proposed: usesProposal ? proposed : null, review };
}

const monthStart = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

// Credits built from each outlet's names, as real pages print them: "(Reuters)", "/TASS/",
// "— Xinhua" closing a paragraph, "Source: TASS", a credit in a dateline's brackets. A name
// inside other words ("Reuters video") is a photo or video credit, not the story's.
interface CreditFinder {
  /** Every outlet name at once, to find the few lines that may hold a credit. */
  names: RegExp;
  /** Each outlet's credit forms. */
  forms: Map<KnownOutlet, RegExp>;
  /** Each wire agency's attribution phrases ("RIA Novosti reports", "according to TASS"). */
  attributions: Map<KnownOutlet, RegExp>;
  /** Each outlet's credit closing the story: "…to ease trade tensions.(PTI)". */
  closings: Map<KnownOutlet, RegExp>;
}

const creditFinders = new WeakMap<readonly KnownOutlet[], CreditFinder>();

function creditsOf(outlets: readonly KnownOutlet[]): CreditFinder {
  const known = creditFinders.get(outlets);
  if (known) return known;
  const forms = new Map<KnownOutlet, RegExp>();
  const attributions = new Map<KnownOutlet, RegExp>();
  const closings = new Map<KnownOutlet, RegExp>();
  for (const outlet of outlets) {
    const names = [outlet.name, outlet.shortName].filter((name): name is string => Boolean(name));
    const name = `(?:${names.map(escapeForPattern).join('|')})`;
    const credits = [
      ...outlet.markers.map(escapeForPattern),
      // "(Reuters) -", "(AFP) June 19, 2017", "(Xinhua) 17:20": a dateline's credit, not a gloss ("Central Television (CCTV)").
      `\\(${name}\\)[ \\t]*(?:[-–—]{1,2}|:|\\d|${monthStart})`,
      // "Beijing (AFP)", "MOSCOW (Reuters)": a place of one to three words, then the credit.
      `^[ \\t]*[A-Z][\\w.'-]*(?:[ \\t]+[A-Z][\\w.'-]*){0,2},?[ \\t]*\\(${name}\\)`,
      // "SAINT-PETERSBURG, June 21 AFP -"
      `^[ \\t]*[A-Z][A-Z .'-]+,[^\\n]{0,30}?\\d{1,2}[ \\t]+${name}[ \\t]*[-–—]`,
      // "/TASS/" after a dateline; "Druzhnin/Sputnik/EPA" is a photo credit.
      `(?:^|[\\s.,])/[ \\t]*${name}[ \\t]*/`,
      // A line of its own: "— Xinhua" closing the story, "Reuters |", ">> Reuters", "(APP)" or "By AFP".
      `^[ \\t]*(?:[—–-]{1,2}|>>|»|By)?[ \\t]*\\(?${name}\\)?[.·•]?[ \\t]*\\|?[ \\t]*$`,
      // Euronews' "Agencies • Reuters"; a video's headline signed "… | AFP".
      `^[ \\t]*Agencies[ \\t]*[•·,/][ \\t]*${name}[ \\t]*$|^[^\\n|]{20,}[ \\t]\\|[ \\t]*${name}[ \\t]*$`,
      // "Source: TASS" and "Source: Reuters/ic" (an editor's initials), but not a photo's "Source: Sputnik/Sergey Bobylev".
      `\\b[Ss]ource[ \\t]*:[ \\t]*(?:[\\w'’-]+[ \\t]+){0,4}?(?:news )?agency[ \\t]+${name}\\b|\\b[Ss]ource[ \\t]*:[ \\t]*${name}\\b(?![ \\t]*/(?![a-z]{1,4}\\b))`,
      // "By Reuters   March 20, 2023 | 06:07 pm": a byline that names the agency, then its stamp.
      `^[ \\t]*By[ \\t]+${name}(?=[ \\t]*(?:[|,]|[ \\t]{2}|\\d|${monthStart}))`,
      // "By Xu Wei and Ren Qi ( China Daily )": the paper whose writers they are, after the byline.
      `^[^\\n]*\\bBy[ \\t]+[^()\\n]{2,80}\\([ \\t]*${name}[ \\t]*\\)?[ \\t]*$`,
      // Chinese papers open "Xinhua News Agency, Beijing, December 31 —"; portals "Beijing, China | Xinhua | …".
      `^[ \\t]*${name},[ \\t]*[A-Z][\\w .'-]*,[ \\t]*${monthStart}`,
      `^[ \\t]*[A-Z][\\w.'-]*(?:[ \\t]+[A-Z][\\w.'-]*)*(?:,[ \\t]*[A-Z][\\w.'-]*(?:[ \\t]+[A-Z][\\w.'-]*)*)?[ \\t]*\\|[ \\t]*${name}[ \\t]*\\|`,
      // A video page's "Video Credit: AFP English" is whose footage and story it is.
      `^[ \\t]*Video [Cc]redit[ \\t]*:[ \\t]*${name}\\b`,
      // "…, writes UNN with reference to Xinhua."
      `\\bwith reference to[ \\t]+${name}\\b`,
      // A credit in brackets after a dateline: "MOSCOW (UrduPoint News / Sputnik - 08th May, 2020)",
      // "Samarkand, Uzbekistan, Sept 15 (APP - UrduPoint …)".
      `^[ \\t]*(?:[A-Z][A-Z .'-]+|[A-Z][\\w .'-]*,(?:[ \\t]*[A-Z][\\w'-]*,)?(?:[ \\t]*${monthStart}[a-z]*\\.?[ \\t]+\\d{1,2})?)[ \\t]*\\([^()\\n]*\\b${name}\\b[^()\\n]*\\)`,
    ];
    forms.set(outlet, new RegExp(credits.join('|')));
    closings.set(outlet, new RegExp(`[.!?"”][ \\t]*\\(${name}\\)[ \\t]*$`));
    if (outlet.kind === 'wire-agency') {
      // Translations print the agency in capitals: "…, REUTERS writes".
      const anyCase = `(?:${[...new Set(names.flatMap((known) => [known, known.toUpperCase()]))].map(escapeForPattern).join('|')})`;
      attributions.set(
        outlet,
        new RegExp(
          `\\b${anyCase}(?:\\s+news agency)?\\s+(?:reports?|reported|said|writes)\\b|\\b(?:report(?:s|ed),?\\s+(?:citing\\s+)?|writes\\s+)${anyCase}\\b|\\b[Aa]ccording to\\s+${anyCase}\\b|\\btold\\s+${anyCase}\\b` +
            // "was quoted by Russia's state news agency TASS as saying", "as reported by Reuters"
            `|\\b(?:quoted|reported) by\\s+(?:[\\w'’-]+\\s+){0,5}?${anyCase}\\b`,
        ),
      );
    }
  }
  const all = outlets
    .flatMap((outlet) => [outlet.name, outlet.shortName, ...outlet.markers])
    .filter((name): name is string => Boolean(name));
  const built = { names: new RegExp(all.map(escapeForPattern).join('|') || '(?!)', 'g'), forms, attributions, closings };
  creditFinders.set(outlets, built);
  return built;
}

const leadingDateField = /^\s*date \S+[ \t]*/;

/**
 * The outlet credited first in the text. Credits name their outlet, so only the lines where a
 * name stands are read for one: most of an article names none.
 */
function outletByCredit(page: string, outlets: readonly KnownOutlet[]): string | null {
  const { names, forms, closings } = creditsOf(outlets);
  // A saved page's leading "date 2022-02-09 " field is not part of the line it opens.
  const raw = page.replace(leadingDateField, '');
  const lines = new Set<number>();
  for (const found of raw.matchAll(names)) lines.add(raw.lastIndexOf('\n', found.index) + 1);
  for (const start of [...lines].sort((a, b) => a - b)) {
    const end = raw.indexOf('\n', start);
    const line = raw.slice(start, end === -1 ? undefined : end);
    const credited = outlets
      .map((outlet) => ({ outlet, at: forms.get(outlet)!.exec(line)?.index ?? -1 }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (credited) return credited.outlet.id;
  }
  // The same "(AP)" closing a paragraph higher up is more often a photo caption's.
  const text = raw.trimEnd();
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  return outlets.find((outlet) => closings.get(outlet)!.test(lastLine))?.id ?? null;
}

/** The outlet a page's stated site name names. */
export function outletByName(siteName: string, outlets: readonly KnownOutlet[]): string | null {
  const name = siteName.trim().toLowerCase();
  return outlets.find((outlet) => [outlet.name, outlet.shortName].some((known) => known?.toLowerCase() === name))?.id ?? null;
}

/** The outlet whose home page, or another site it lists, is the address's site or above it. */
export function outletByAddress(url: string, outlets: readonly KnownOutlet[]): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const sameSite = (site: string | null) => site !== null && (host === site || host.endsWith(`.${site}`));
  return outlets.find((outlet) => [outlet.url ? hostOf(outlet.url) : null, ...(outlet.sites ?? [])].some(sameSite))?.id ?? null;
}

/**
 * The wire agency a story's opening attributes it to: "…, RIA Novosti reports", "…, reports
 * China News Service", "UNN reports citing AFP", "according to TASS" in its first three paragraphs,
 * other than the site's own. Further down the same
 * words quote an agency the story cites, not the one it copies.
 */
function outletByLeadAttribution(raw: string, outlets: readonly KnownOutlet[], site: string | null): string | null {
  const lead = raw
    .replace(/^\s*date \S+\s*/, '')
    .split(/\n\s*\n/)
    .slice(0, 3)
    .join('\n')
    .slice(0, 1000);
  // The site's own name ("UNN reports citing AFP" on UNN's site) is not whose story it is.
  for (const [outlet, attribution] of creditsOf(outlets).attributions)
    if (outlet.id !== site && attribution.test(lead)) return outlet.id;
  return null;
}
