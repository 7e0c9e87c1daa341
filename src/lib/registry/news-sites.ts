/**
 * The news-site directory, `content/registry/news-sites.tsv`: one row per site (host, name,
 * country, kind), tab-separated so an editor can sort and diff it. Ingest names a site it has no
 * outlet entry for from here before guessing from the page or the address.
 */
import { newsSiteSchema, type NewsSiteData } from '../schema.ts';
import { hostOf } from '../web-address.ts';
import { parseRegistryTable } from './registry-table.ts';

/** The directory's columns, in order. */
export const newsSiteColumns = ['site', 'name', 'country', 'kind'] as const;

/** Parses the directory; throws naming the file, the line and the field of the first bad row. */
export function parseNewsSites(tsv: string, file: string): NewsSiteData[] {
  const rows = parseRegistryTable(tsv, file, newsSiteColumns, newsSiteSchema(), ([site, name, country, kind]) => ({
    site,
    name,
    country: country || null,
    kind,
  }));
  const seen = new Map<string, number>();
  for (const { line, data } of rows) {
    const earlier = seen.get(data.site);
    if (earlier !== undefined) {
      throw new Error(`${file} line ${line}: site ${data.site} is already on line ${earlier}; keep one row per site`);
    }
    seen.set(data.site, line);
  }
  return rows.map(({ data }) => data);
}

/**
 * The directory's row for the site at `url`: the row for its host or the nearest domain above it
 * (english.alarabiya.net before alarabiya.net; www.cbc.ca finds cbc.ca).
 */
export function newsSiteOf(url: string, directory: readonly NewsSiteData[]): NewsSiteData | null {
  const host = hostOf(url)?.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  const bySite = indexOf(directory);
  const labels = host.split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const row = bySite.get(labels.slice(start).join('.'));
    if (row) return row.name.includes(countryPlaceholder) ? forCountry(row, labels[start - 1]) : row;
  }
  return null;
}

/**
 * A row whose name has `{country}` covers one site per country, the country's code the label
 * before the domain: "Embassy of the People's Republic of China in {country}" on
 * chineseembassy.org names bb.chineseembassy.org for Barbados. Without a code it names no site.
 */
const countryPlaceholder = '{country}';
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function forCountry(row: NewsSiteData, code: string | undefined): NewsSiteData | null {
  if (!code || !/^[a-z]{2}$/.test(code)) return null;
  const country = regionNames.of(code.toUpperCase());
  return country ? { ...row, name: row.name.replace(countryPlaceholder, country) } : null;
}

// Ingest looks up every page's site in the same directory of some two thousand rows.
const indexes = new WeakMap<readonly NewsSiteData[], Map<string, NewsSiteData>>();
function indexOf(directory: readonly NewsSiteData[]): Map<string, NewsSiteData> {
  let index = indexes.get(directory);
  if (!index) indexes.set(directory, (index = new Map(directory.map((row) => [row.site, row]))));
  return index;
}
