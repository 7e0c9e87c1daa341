/** Articles as feed items: the same fields for the site feed and every meeting's and tag's feed. */
import { listingText } from './shown-text.ts';
import type { ArticleEntry, OutletEntry } from './site-data.ts';
import { articlePath } from './paths.ts';

/** An RSS item, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
  author?: string;
  categories: string[];
}

/** How many items a feed carries: readers poll often, the archive is on the site. */
export const feedLength = 50;

/** The newest articles as feed items, the outlet named before the excerpt. */
export function toFeedItems(articles: readonly ArticleEntry[], outlets: ReadonlyMap<string, OutletEntry>): FeedItem[] {
  return articles.slice(0, feedLength).map(({ id, data }) => {
    const outlet = data.outlet ? outlets.get(data.outlet.id)?.data.name : undefined;
    return {
      title: data.title,
      link: articlePath(id),
      ...(data.published ? { pubDate: data.published } : {}),
      description: [outlet, listingText(data)].filter(Boolean).join(': '),
      ...(data.author ? { author: data.author } : {}),
      categories: data.tags,
    };
  });
}
