import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../site.config.ts';
import { loadSiteData } from '../../../site-data.ts';
import { pageKeysOf } from '../../../lib/site/page-keys.ts';
import { newestFirst } from '../../../lib/site/site-data.ts';
import { toFeedItems } from '../../../lib/site/feed-items.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  const keys = pageKeysOf(data);
  return data.summits.map((summit) => ({ params: { id: summit.id }, cacheKey: keys.meeting(summit.id) }));
}) satisfies GetStaticPaths;

/** One meeting's coverage as a feed, newest first. */
export const GET: APIRoute = async (context) => {
  const data = await loadSiteData();
  const summit = data.summitsById.get(context.params.id!)!;
  const coverage = [...(data.coverage.get(summit.id) ?? [])].sort(newestFirst);
  return rss({
    title: `${summit.data.title} · ${site.title}`,
    description: `Coverage of ${summit.data.title}.`,
    site: context.site!,
    items: toFeedItems(coverage, data.outlets),
  });
};
