/** schema.org data for search engines: a meeting is an Event, an article a NewsArticle. */
import { listingText } from './shown-text.ts';
import type { ArticleData, SummitData } from '../schema.ts';
import { site } from '../../site.config.ts';
import { isoDay } from './format-date.ts';
import { articlePath, summitPath } from './paths.ts';

/** An Event for a meeting: online for calls, at its city otherwise. */
export function eventData(id: string, summit: SummitData): Record<string, unknown> {
  const remote = summit.city === null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: summit.title,
    url: new URL(summitPath(id), site.url).href,
    startDate: isoDay(summit.start),
    endDate: isoDay(summit.end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${remote ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: remote
      ? { '@type': 'VirtualLocation', name: summit.kind === 'phone-call' ? 'Telephone' : 'Video link' }
      : {
          '@type': 'Place',
          name: summit.city,
          address: { '@type': 'PostalAddress', addressLocality: summit.city, addressCountry: summit.country },
          ...(summit.coordinates ? { geo: { '@type': 'GeoCoordinates', ...summit.coordinates } } : {}),
        },
    organizer: summit.organization ? { '@type': 'Organization', name: summit.organization } : undefined,
  };
}

/** A NewsArticle for an article, with its outlet as publisher and its meeting as subject. */
export function newsArticleData(
  id: string,
  article: ArticleData,
  outletName: string | null,
  summit: { id: string; title: string } | null,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url: new URL(articlePath(id), site.url).href,
    ...(article.url ? { isBasedOn: article.url } : {}),
    ...(article.published ? { datePublished: isoDay(article.published) } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(outletName ? { publisher: { '@type': 'Organization', name: outletName } } : {}),
    ...(summit ? { about: { '@type': 'Event', name: summit.title, url: new URL(summitPath(summit.id), site.url).href } } : {}),
    description: listingText(article),
    keywords: article.tags.join(', '),
  };
}
