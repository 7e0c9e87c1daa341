import type { APIRoute } from 'astro';
import { shareImage } from '../../lib/figures/share-image.ts';
import { siteCard } from '../../lib/site/share-cards.ts';
import { shareImageCache } from '../../share-image-cache.ts';
import { loadSiteData } from '../../site-data.ts';

/** The site's share image. */
export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const firstYear = data.summits[0]?.data.start.getUTCFullYear() ?? 2013;
  const png = await shareImage(siteCard(data.summits.length, data.articles.length, firstYear), shareImageCache());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
