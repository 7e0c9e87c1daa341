/** The site's content, loaded from the collections once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildSiteData, type SiteData } from './lib/site/site-data.ts';

let loading: Promise<SiteData> | undefined;

/** All content, indexed; in a build the first call loads it and later calls reuse it. */
export function loadSiteData(): Promise<SiteData> {
  // `astro dev` shows an editor's change on the next page load, so it indexes afresh each time.
  if (import.meta.env.DEV) loading = undefined;
  loading ??= Promise.all([
    getCollection('summits'),
    getCollection('articles'),
    getCollection('outlets'),
    getCollection('people'),
  ]).then(([summits, articles, outlets, people]) => buildSiteData(summits, articles, outlets, people));
  return loading;
}
