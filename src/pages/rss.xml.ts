import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { loadSiteData } from '../site-data.ts';
import { toFeedItems } from '../lib/site/feed-items.ts';

/** The site feed: the newest articles about every meeting. */
export const GET: APIRoute = async (context) => {
  const data = await loadSiteData();
  return rss({
    title: site.title,
    description: site.description,
    site: context.site!,
    items: toFeedItems(data.articles, data.outlets),
  });
};
