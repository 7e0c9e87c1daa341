import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { shareImage } from '../../../lib/figures/share-image.ts';
import { meetingCard } from '../../../lib/site/share-cards.ts';
import { shareImageCache } from '../../../share-image-cache.ts';
import { loadSiteData } from '../../../site-data.ts';
import { pageKeysOf } from '../../../lib/site/page-keys.ts';

export const getStaticPaths = (async () => {
  const keys = pageKeysOf(await loadSiteData());
  return (await getCollection('summits')).map((summit) => ({ params: { id: summit.id }, cacheKey: keys.meeting(summit.id) }));
}) satisfies GetStaticPaths;

/** A meeting's share image: its title, date, place and coverage. */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadSiteData();
  const summit = data.summitsById.get(params.id!)!;
  const card = meetingCard(summit, data.coverage.get(summit.id) ?? [], data.outlets);
  const png = await shareImage(card, shareImageCache());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
