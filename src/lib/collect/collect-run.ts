/**
 * One collect run: each source's listings fetched (conditionally), every page they name that is
 * new fetched once, and each page kept only if it is about the two leaders. Saving a kept page
 * is the caller's; the run keeps the tallies and the state.
 */
import { canonicalAddress, canonicalLinkOf } from './canonical-address.ts';
import { triesPerPage, type CollectState } from './collect-state.ts';
import { decodeBody } from './decode-body.ts';
import type { FetchOutcome, Validators } from './polite-fetch.ts';
import { readListing, sectionLinks, type ListedPage } from './read-listing.ts';
import { roughTextOf } from './relevance.ts';

export interface CollectSource {
  id: string;
  feeds: readonly string[];
  sitemaps: readonly string[];
  sections: readonly string[];
}

/** What became of one source's listings and pages. */
export interface SourceTally {
  listingsFetched: number;
  notModified: number;
  listed: number;
  /** Pages fetched this run. */
  fetched: number;
  kept: number;
  irrelevant: number;
  duplicates: number;
  disallowed: number;
  failures: { address: string; reason: string }[];
}

/** A page worth keeping, as fetched. */
export interface KeptPage {
  address: string;
  /** The page's text, decoded from its own character set. */
  html: string;
  listed: ListedPage;
}

export interface CollectRun {
  sources: readonly CollectSource[];
  state: CollectState;
  fetch: (address: string, validators?: Validators) => Promise<FetchOutcome>;
  isRelevant: (text: string) => boolean;
  keep: (page: KeptPage) => void;
  onProgress?: (done: number, total: number) => void;
}

function emptyTally(): SourceTally {
  return {
    listingsFetched: 0,
    notModified: 0,
    listed: 0,
    fetched: 0,
    kept: 0,
    irrelevant: 0,
    duplicates: 0,
    disallowed: 0,
    failures: [],
  };
}

/** Runs every source at once (their hosts' queues keep it polite); returns a tally per source. */
export async function collect(run: CollectRun): Promise<Map<string, SourceTally>> {
  const tallies = new Map(run.sources.map((source) => [source.id, emptyTally()]));
  const progress = { done: 0, total: 0 };
  const step = (more: number, done: number) => {
    progress.total += more;
    progress.done += done;
    run.onProgress?.(progress.done, progress.total);
  };
  await Promise.all(
    run.sources.map(async (source) => {
      const tally = tallies.get(source.id)!;
      const listed = await listPages(source, run, tally, step);
      tally.listed = listed.length;
      const fresh = newPages(listed, run.state);
      step(fresh.length, 0);
      await Promise.all(fresh.map((page) => collectPage(page, run, tally).finally(() => step(0, 1))));
    }),
  );
  return tallies;
}

type Step = (more: number, done: number) => void;

/** Every page a source's feeds, sitemaps and sections name, each once. */
async function listPages(source: CollectSource, run: CollectRun, tally: SourceTally, step: Step): Promise<ListedPage[]> {
  const listings = [
    ...source.feeds.map((address) => ({ address, kind: 'listing' as const })),
    ...source.sitemaps.map((address) => ({ address, kind: 'listing' as const })),
    ...source.sections.map((address) => ({ address, kind: 'section' as const })),
  ];
  step(listings.length, 0);
  const pages: ListedPage[] = [];
  const read = async (address: string, kind: 'listing' | 'section', depth: number): Promise<void> => {
    const outcome = await run.fetch(address, run.state.listings[address]);
    if (outcome.kind === 'not-modified') {
      tally.notModified += 1;
      return;
    }
    if (outcome.kind !== 'fetched') {
      tally.failures.push({ address, reason: outcome.reason });
      return;
    }
    tally.listingsFetched += 1;
    const text = decodeBody(outcome.body, outcome.contentType, {
      xml: kind === 'listing' && !/json/i.test(outcome.contentType ?? ''),
    });
    try {
      if (kind === 'section') pages.push(...sectionLinks(text, outcome.url));
      else {
        const listing = readListing(text, outcome.url);
        pages.push(...listing.pages);
        // A sitemap index: one level of the sitemaps it names.
        if (depth === 0) await Promise.all(listing.sitemaps.map((child) => read(child, 'listing', 1)));
      }
      // Validators only once the listing was read: a listing that failed to parse is fetched whole next time.
      if (outcome.validators.etag || outcome.validators.lastModified) run.state.listings[address] = outcome.validators;
    } catch (error) {
      tally.failures.push({ address, reason: `not a feed or sitemap: ${(error as Error).message.slice(0, 120)}` });
    }
  };
  await Promise.all(listings.map(({ address, kind }) => read(address, kind, 0).finally(() => step(0, 1))));
  return pages;
}

/** The listed pages not seen before nor given up on, one per canonical address. */
function newPages(listed: readonly ListedPage[], state: CollectState): (ListedPage & { canonical: string })[] {
  const fresh = new Map<string, ListedPage & { canonical: string }>();
  for (const page of listed) {
    const canonical = canonicalAddress(page.url);
    if (state.seen[canonical] || fresh.has(canonical) || (state.failing[canonical] ?? 0) >= triesPerPage) continue;
    fresh.set(canonical, { ...page, canonical });
  }
  return [...fresh.values()];
}

async function collectPage(page: ListedPage & { canonical: string }, run: CollectRun, tally: SourceTally): Promise<void> {
  const { state } = run;
  const outcome = await run.fetch(page.url);
  if (outcome.kind === 'disallowed') {
    tally.disallowed += 1;
    return;
  }
  if (outcome.kind !== 'fetched') {
    state.failing[page.canonical] = (state.failing[page.canonical] ?? 0) + 1;
    tally.failures.push({ address: page.url, reason: outcome.kind === 'failed' ? outcome.reason : 'not modified' });
    return;
  }
  tally.fetched += 1;
  delete state.failing[page.canonical];
  const html = decodeBody(outcome.body, outcome.contentType);
  // The same article under another address: where a redirect ended, or the page's own canonical link.
  const aliases = [canonicalAddress(outcome.url), canonicalLinkOf(html, outcome.url)].filter(
    (address): address is string => address !== null && address !== page.canonical,
  );
  if (aliases.some((address) => state.seen[address] === 'kept' || state.seen[address] === 'duplicate')) {
    state.seen[page.canonical] = 'duplicate';
    tally.duplicates += 1;
    return;
  }
  const relevant = run.isRelevant([page.title ?? '', page.summary ?? '', roughTextOf(html)].join('\n'));
  for (const address of [page.canonical, ...aliases]) state.seen[address] = relevant ? 'kept' : 'irrelevant';
  if (!relevant) {
    tally.irrelevant += 1;
    return;
  }
  tally.kept += 1;
  run.keep({ address: outcome.url, html, listed: page });
}
