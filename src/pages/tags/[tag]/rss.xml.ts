import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../site.config.ts';
import { loadSiteData } from '../../../site-data.ts';
import { pageKeysOf } from '../../../lib/site/page-keys.ts';
import { toFeedItems } from '../../../lib/site/feed-items.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  const keys = pageKeysOf(data);
  return [...data.tags].map(([tag, { articles }]) => ({ params: { tag }, cacheKey: keys.listing(articles) }));
}) satisfies GetStaticPaths;

/** Every article under a tag as a feed: following a tag is subscribing to this. */
export const GET: APIRoute = async (context) => {
  const data = await loadSiteData();
  const tag = context.params.tag!;
  const label = data.tagLabels.get(tag) ?? tag;
  return rss({
    title: `${label} · ${site.title}`,
    description: `Articles tagged ${label}.`,
    site: context.site!,
    items: toFeedItems(data.tags.get(tag)!.articles, data.outlets),
  });
};
