/**
 * The real development set: public pages about Putin–Xi meetings (and some about none), labelled
 * by hand in tests/realset/manifest.tsv. Their texts are not ours to publish, so they live in the
 * ignored folder tests/realset/cache/; the manifest says how to find each page again.
 *
 * The set was split once, by site, into a tuning half (read it, improve ingest on it) and a test
 * half (only scored; its misses are read by kind, never turned into a rule for one page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainChoice } from '../../src/lib/ingest/explain-choice.ts';
import { analyseArticle, ingestArticle, type IngestContext } from '../../src/lib/ingest/ingest-article.ts';
import { outletByAddress } from '../../src/lib/ingest/recognize-outlet.ts';

/** One labelled page. */
export interface RealPage {
  id: string;
  half: 'tuning' | 'test';
  url: string;
  /** The query that finds the page among stored public pages. */
  find: string;
  site: string;
  outlet: string;
  agency: string | null;
  author: string | null;
  /** `YYYY-MM-DD`, or null when the page cannot be dated. */
  published: string | null;
  /** stamp, dateline, url, text or none: how an editor knows the date. */
  datedBy: string;
  estimated: boolean | null;
  /** Registry id, or null for a page about no meeting. */
  meeting: string | null;
  people: string[];
  kind: string;
  tense: string;
  note: string;
}

/** The fields scored on real pages. */
export const realFields = ['meeting', 'published', 'estimated', 'outlet', 'agency', 'author', 'people'] as const;
export type RealField = (typeof realFields)[number];

/** One field of one page: what ingest found, what the label says, and whether they agree. */
export interface RealVerdict {
  field: RealField;
  got: string;
  want: string;
  right: boolean;
}

/**
 * An estimated date counts as right within this many days of the editor's estimate. Where the
 * editor could not date a page, ingest is right to say it cannot, or to offer an estimate
 * flagged for review; a firm date there is wrong.
 */
export const estimateToleranceDays = 3;

const root = join(import.meta.dirname, '..', 'realset');
export const manifestPath = join(root, 'manifest.tsv');
export const cacheFolder = join(root, 'cache');

const columns = [
  'id',
  'half',
  'url',
  'find',
  'site',
  'outlet',
  'agency',
  'author',
  'published',
  'dated_by',
  'estimated',
  'meeting',
  'people',
  'kind',
  'tense',
  'note',
] as const;

/** Reads the manifest; throws naming the line when a row does not have every column. */
export function readManifest(path = manifestPath): RealPage[] {
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  if (header !== columns.join('\t')) throw new Error(`${path}: the header must be: ${columns.join(' ')}`);
  return rows.map((row, index) => {
    const cells = row.split('\t');
    if (cells.length !== columns.length)
      throw new Error(`${path}:${index + 2}: ${cells.length} columns where ${columns.length} are expected`);
    const cell = Object.fromEntries(columns.map((column, i) => [column, cells[i]!.trim()])) as Record<
      (typeof columns)[number],
      string
    >;
    const half = cell.half;
    if (half !== 'tuning' && half !== 'test') throw new Error(`${path}:${index + 2}: half must be tuning or test`);
    return {
      id: cell.id,
      half,
      url: cell.url,
      find: cell.find,
      site: cell.site,
      outlet: cell.outlet,
      agency: cell.agency || null,
      author: cell.author || null,
      published: cell.published || null,
      datedBy: cell.dated_by,
      estimated: cell.estimated === '' ? null : cell.estimated === 'true',
      meeting: cell.meeting === 'none' || cell.meeting === '' ? null : cell.meeting,
      people: cell.people ? cell.people.split(',').sort() : [],
      kind: cell.kind,
      tense: cell.tense,
      note: cell.note,
    };
  });
}

/** Which half a site's pages go to: fixed by the site's name alone, so a site never straddles the halves. */
export function halfOf(site: string): 'tuning' | 'test' {
  return createHash('sha256').update(site).digest()[0]! % 2 === 0 ? 'tuning' : 'test';
}

/** The batch a page was added in: its id without the number ("ax" for ax01). */
export function batchOf(id: string): string {
  return id.replace(/\d+$/, '');
}

/** The cached text of a page, or null when the cache does not hold it. */
export function cachedText(page: RealPage): string | null {
  const path = join(cacheFolder, `${page.id}.txt`);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Folds a name for comparison: case, punctuation, a leading "the" and spacing do not count. */
function foldName(name: string | null): string {
  return (name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/\.$/, '') : '';
  } catch {
    return '';
  }
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The page as ingest receives it: its text, and its address in a sidecar. */
function rawPageOf(page: RealPage, text: string) {
  const checksum = createHash('sha256').update(text).digest('hex');
  return { file: `${page.id}.txt`, text, checksum, raw: `raw/${page.id}.txt`, sidecar: { url: page.url } };
}

/** Why ingest chose the page's date and meeting, beside what the labels say. */
export function explainRealPage(page: RealPage, text: string, context: IngestContext): string[] {
  const analysed = analyseArticle(rawPageOf(page, text), context);
  const want = `${page.published ?? 'none'}${page.estimated ? '~' : ''} × ${page.meeting ?? 'none'}`;
  return [
    `${page.id} ${page.url}`,
    `  labelled ${want} (${page.note})`,
    ...explainChoice(analysed.frontmatter, analysed.weighed),
  ];
}

/** Ingests one page as a new user would (its text, and its address in a sidecar) and scores each field. */
export function scoreRealPage(page: RealPage, text: string, context: IngestContext): RealVerdict[] {
  const { frontmatter, proposedOutlet } = ingestArticle(rawPageOf(page, text), context);
  const nameOf = (id: unknown): string | null => {
    if (typeof id !== 'string') return null;
    if (proposedOutlet?.id === id) return proposedOutlet.name;
    const outlet = context.outlets.find((known) => known.id === id);
    return outlet?.name ?? id;
  };
  const namesOf = (id: unknown): string[] => {
    const outlet = context.outlets.find((known) => known.id === id);
    return [nameOf(id), outlet?.shortName ?? null].filter((name): name is string => name !== null);
  };
  const publisher = frontmatter['outlet'];
  const agency = frontmatter['agency'];
  const published = frontmatter['published'] instanceof Date ? frontmatter['published'].toISOString().slice(0, 10) : null;
  const estimated = frontmatter['estimated'] === true;
  const people = [...(frontmatter['people'] as string[])].sort();

  const publishedRight =
    page.published === null
      ? published === null || estimated
      : page.estimated
        ? published !== null && daysBetween(published, page.published) <= estimateToleranceDays
        : published === page.published;
  const shownDate = published === null ? 'none' : `${published}${estimated ? '~' : ''}`;
  const wantDate = page.published === null ? 'none' : `${page.published}${page.estimated ? '~' : ''}`;
  const urlOf = (id: unknown) =>
    proposedOutlet && proposedOutlet.id === id
      ? proposedOutlet.url
      : (context.outlets.find((known) => known.id === id)?.url ?? null);
  // An editor who found no name wrote the site's address ("hotsrq.com"); an entry on that site names it too.
  const onSite = (id: unknown, address: string) =>
    /^[\w.-]+\.[a-z]{2,}$/i.test(address) && new RegExp(`(^|\\.)${address.replace(/\./g, '\\.')}$`, 'i').test(hostOf(urlOf(id)));
  const sameName = (id: unknown, want: string | null) =>
    want === null ? id === null : namesOf(id).some((name) => foldName(name) === foldName(want)) || onSite(id, want);
  // The outlet field names an entry, not a spelling: an editor's entry for the page's own site is the
  // outlet an editor would file the page under, whatever name the label spells ("Sputnik" for
  // "Sputnik International" on sputniknews.com). A proposed entry must still get the name right.
  const knownForPage = (id: unknown) => {
    const known = context.outlets.find((outlet) => outlet.id === id && proposedOutlet?.id !== id);
    return known !== undefined && outletByAddress(page.url, [known]) === known.id;
  };

  return [
    {
      field: 'meeting',
      got: String(frontmatter['summit'] ?? 'none'),
      want: page.meeting ?? 'none',
      right: (frontmatter['summit'] ?? null) === page.meeting,
    },
    { field: 'published', got: shownDate, want: wantDate, right: publishedRight },
    {
      field: 'estimated',
      got: published === null ? 'no date' : String(estimated),
      want: String(page.estimated),
      right: page.estimated === null || (published === null ? page.estimated : estimated === page.estimated),
    },
    {
      field: 'outlet',
      got: String(nameOf(publisher)),
      want: page.outlet,
      right: sameName(publisher, page.outlet) || knownForPage(publisher),
    },
    { field: 'agency', got: String(nameOf(agency)), want: String(page.agency), right: sameName(agency, page.agency) },
    {
      field: 'author',
      got: String(frontmatter['author'] ?? null),
      want: String(page.author),
      right: foldName(frontmatter['author'] as string | null) === foldName(page.author),
    },
    { field: 'people', got: people.join(','), want: page.people.join(','), right: people.join(',') === page.people.join(',') },
  ];
}
