/**
 * The outlet that wrote a story and the site that carried it. Markers in the text (an agency
 * dateline, a site name) name the writer; the page's address names the carrier; an editor's
 * sidecar overrides both.
 */
import type { OutletData } from '../schema.ts';

/** An outlet entry as recognition needs it. */
export type KnownOutlet = Pick<OutletData, 'name' | 'url' | 'kind' | 'markers'> & { id: string; shortName?: string | undefined };

/** What the editor said about the outlet in a sidecar. */
export interface OutletHints {
  outlet?: string | undefined;
  carriedBy?: string | undefined;
  url?: string | undefined;
  /** The site name an HTML page states (og:site_name). */
  siteName?: string | undefined;
}

/** The recognized outlets and how. */
export interface OutletRecognition {
  outlet: string | null;
  carriedBy: string | null;
  review: string[];
}

/** Recognizes the writing outlet and the carrying site. */
export function recognizeOutlet(raw: string, hints: OutletHints, outlets: readonly KnownOutlet[]): OutletRecognition {
  const byMarker = outletByMarker(raw, outlets);
  const byAddress =
    (hints.url ? outletByAddress(hints.url, outlets) : null) ?? (hints.siteName ? outletByName(hints.siteName, outlets) : null);
  const review: string[] = [];
  const outlet =
    hints.outlet ?? byMarker ?? (byAddress && outlets.find((o) => o.id === byAddress)?.kind !== 'aggregator' ? byAddress : null);
  if (hints.outlet && byMarker && hints.outlet !== byMarker) {
    review.push(
      `The sidecar says the outlet is ${hints.outlet} but the text carries the marker of ${byMarker}: check which wrote it.`,
    );
  }
  if (!outlet) {
    review.push(
      'Outlet unknown: the text carries no outlet marker and there is no sidecar; add `outlet:` to a sidecar (or markers to an outlet entry) and ingest again.',
    );
  }
  const carriedBy = hints.carriedBy ?? (byAddress && byAddress !== outlet ? byAddress : null);
  return { outlet, carriedBy, review };
}

/** The outlet whose marker appears first in the text. */
function outletByMarker(raw: string, outlets: readonly KnownOutlet[]): string | null {
  const found = outlets
    .flatMap((outlet) => outlet.markers.map((marker) => ({ id: outlet.id, at: raw.indexOf(marker) })))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  return found[0]?.id ?? null;
}

/** The outlet a page's stated site name names. */
function outletByName(siteName: string, outlets: readonly KnownOutlet[]): string | null {
  const name = siteName.trim().toLowerCase();
  return outlets.find((outlet) => [outlet.name, outlet.shortName].some((known) => known?.toLowerCase() === name))?.id ?? null;
}

/** The outlet whose home page is on the same site as the address. */
function outletByAddress(url: string, outlets: readonly KnownOutlet[]): string | null {
  const host = siteOf(url);
  const sameSite = (site: string) => host === site || host.endsWith(`.${site}`);
  return outlets.find((outlet) => outlet.url !== null && sameSite(siteOf(outlet.url)))?.id ?? null;
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
