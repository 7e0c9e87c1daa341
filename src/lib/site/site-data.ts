/**
 * The whole site's content, indexed once per build: which articles cover which meeting, which
 * carry which tag, what comes before and after what. Pages look things up here instead of
 * querying collections themselves, so nothing is scanned once per page.
 */
import { compareAsc } from 'date-fns/compareAsc';
import { compareDesc } from 'date-fns/compareDesc';
import type { ArticleData, OutletData, PersonData, SummitData } from '../schema.ts';
import { summitTags, tagLabels } from '../tags.ts';
import { yearOf } from './format-date.ts';

/** An entry as Astro gives it: id and validated data, and a digest of its file when it was loaded from one. */
export interface Entry<T> {
  id: string;
  data: T;
  digest?: string | number | undefined;
}

export type SummitEntry = Entry<SummitData>;
export type ArticleEntry = Entry<ArticleData>;
export type OutletEntry = Entry<OutletData>;
export type PersonEntry = Entry<PersonData>;

/** A year of the timeline. */
export interface TimelineYear {
  year: number;
  summits: SummitEntry[];
}

/** Everything pages need, indexed. */
export interface SiteData {
  /** Meetings, oldest first. */
  summits: SummitEntry[];
  /** Articles, newest first; undated ones last. */
  articles: ArticleEntry[];
  outlets: Map<string, OutletEntry>;
  people: Map<string, PersonEntry>;
  summitsById: Map<string, SummitEntry>;
  articlesById: Map<string, ArticleEntry>;
  /** Articles about each meeting, oldest first (the first report leads). */
  coverage: Map<string, ArticleEntry[]>;
  /** Articles that mention each meeting without being about it. */
  mentionedIn: Map<string, ArticleEntry[]>;
  /** Meetings and articles under each tag. */
  tags: Map<string, { summits: SummitEntry[]; articles: ArticleEntry[] }>;
  articlesByOutlet: Map<string, ArticleEntry[]>;
  /** Articles that name each person, newest first. */
  articlesByPerson: Map<string, ArticleEntry[]>;
  timeline: TimelineYear[];
  /** Display name of every tag. */
  tagLabels: Map<string, string>;
}

/** Indexes the collections. */
export function buildSiteData(
  summits: readonly SummitEntry[],
  articles: readonly ArticleEntry[],
  outlets: readonly OutletEntry[],
  people: readonly PersonEntry[],
): SiteData {
  const sortedSummits = [...summits].sort((a, b) => compareAsc(a.data.start, b.data.start) || a.id.localeCompare(b.id));
  const sortedArticles = [...articles].sort(newestFirst);
  const coverage = groupBy(sortedArticles, (article) => (article.data.summit ? [article.data.summit.id] : []));
  for (const list of coverage.values()) list.sort(oldestFirst);
  const tags = new Map<string, { summits: SummitEntry[]; articles: ArticleEntry[] }>();
  const tagged = (tag: string) => tags.get(tag) ?? tags.set(tag, { summits: [], articles: [] }).get(tag)!;
  for (const summit of sortedSummits) for (const tag of summitTags(summit.data)) tagged(tag).summits.push(summit);
  for (const article of sortedArticles) for (const tag of article.data.tags) tagged(tag).articles.push(article);
  return {
    summits: sortedSummits,
    articles: sortedArticles,
    outlets: new Map(outlets.map((outlet) => [outlet.id, outlet])),
    people: new Map(people.map((person) => [person.id, person])),
    summitsById: new Map(sortedSummits.map((summit) => [summit.id, summit])),
    articlesById: new Map(sortedArticles.map((article) => [article.id, article])),
    coverage,
    mentionedIn: groupBy(sortedArticles, (article) => article.data.mentions.map((mention) => mention.id)),
    tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
    articlesByOutlet: groupBy(sortedArticles, (article) =>
      [article.data.outlet?.id, article.data.agency?.id].filter((id): id is string => id !== undefined),
    ),
    articlesByPerson: groupBy(sortedArticles, (article) => article.data.people.map((person) => person.id)),
    timeline: [...groupBy(sortedSummits, (summit) => [String(yearOf(summit.data.start))])].map(([year, list]) => ({
      year: Number(year),
      summits: list,
    })),
    tagLabels: tagLabels(sortedSummits.map((summit) => summit.data)),
  };
}

/** Who stands behind an article's words: the agency it copied, else the outlet that published it. */
export function writerOf(article: ArticleEntry, outlets: ReadonlyMap<string, OutletEntry>): OutletEntry | undefined {
  const writer = article.data.agency ?? article.data.outlet;
  return writer ? outlets.get(writer.id) : undefined;
}

/** Newest first by publication date; articles without one go last, by title. */
export function newestFirst(a: ArticleEntry, b: ArticleEntry): number {
  const { published: left } = a.data;
  const { published: right } = b.data;
  if (left && right) return compareDesc(left, right) || a.id.localeCompare(b.id);
  if (left || right) return left ? -1 : 1;
  return a.data.title.localeCompare(b.data.title);
}

/** Oldest first by publication date, the first report leading; articles without one still go last. */
export function oldestFirst(a: ArticleEntry, b: ArticleEntry): number {
  const { published: left } = a.data;
  const { published: right } = b.data;
  if (left && right) return compareAsc(left, right) || a.id.localeCompare(b.id);
  return newestFirst(a, b);
}

/** The meetings before and after one, overall and within its series (same organization). */
export function neighboursOf(data: SiteData, id: string) {
  const summits = data.summits;
  const index = summits.findIndex((summit) => summit.id === id);
  const organization = summits[index]?.data.organization ?? null;
  const series = organization === null ? [] : summits.filter((summit) => summit.data.organization === organization);
  const seriesIndex = series.findIndex((summit) => summit.id === id);
  return {
    previous: summits[index - 1] ?? null,
    next: summits[index + 1] ?? null,
    previousInSeries: seriesIndex > 0 ? series[seriesIndex - 1]! : null,
    nextInSeries: seriesIndex >= 0 ? (series[seriesIndex + 1] ?? null) : null,
  };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
