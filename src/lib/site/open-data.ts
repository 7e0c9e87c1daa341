/** The site's data as plain JSON for /api/: ids instead of links, days as `YYYY-MM-DD`. */
import { isoDay } from './format-date.ts';
import { articlePath, summitPath } from './paths.ts';
import type { SiteData } from './site-data.ts';
import { site } from '../../site.config.ts';

/** Every meeting, oldest first. */
export function summitsAsData(data: Pick<SiteData, 'summits' | 'coverage'>) {
  return data.summits.map(({ id, data: summit }) => ({
    id,
    url: new URL(summitPath(id), site.url).href,
    title: summit.title,
    kind: summit.kind,
    organization: summit.organization,
    start: isoDay(summit.start),
    end: isoDay(summit.end),
    city: summit.city,
    country: summit.country,
    coordinates: summit.coordinates,
    host: summit.host,
    verifiedUrl: summit.verifiedUrl,
    articles: data.coverage.get(id)?.length ?? 0,
  }));
}

/** Every article's facts, newest first. */
export function articlesAsData(data: Pick<SiteData, 'articles'>) {
  return data.articles.map(({ id, data: article }) => ({
    id,
    url: new URL(articlePath(id), site.url).href,
    title: article.title,
    outlet: article.outlet?.id ?? null,
    agency: article.agency?.id ?? null,
    author: article.author,
    originalUrl: article.url,
    published: article.published ? isoDay(article.published) : null,
    datedBy: article.datedBy,
    dateEvidence: article.dateEvidence,
    estimated: article.estimated,
    summit: article.summit?.id ?? null,
    mentions: article.mentions.map((mention) => mention.id),
    people: article.people.map((person) => person.id),
    tags: article.tags,
    duplicateOf: article.duplicateOf?.id ?? null,
  }));
}
