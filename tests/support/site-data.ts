/** The site data built from the committed content, parsed through the real schemas as Astro would. */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadEntries } from '../../src/lib/load-entries.ts';
import { siteArticleSchema, outletSchema, personSchema, summitSchema } from '../../src/lib/schema.ts';
import { buildSiteData } from '../../src/lib/site/site-data.ts';
import { contentRoot } from './seeds.ts';

// Astro's reference() turns an id into { id, collection }; this does the same.
const link = (collection: string) => z.string().transform((id) => ({ id, collection }));

const summits = loadEntries(join(contentRoot, 'summits'), summitSchema());
const articles = loadEntries(join(contentRoot, 'articles'), siteArticleSchema(link));
const outlets = loadEntries(join(contentRoot, 'outlets'), outletSchema());
const people = loadEntries(join(contentRoot, 'people'), personSchema());

/** Everything the archive holds, the real coverage recorded as references included. */
export const siteData = buildSiteData(summits, articles, outlets, people);

/**
 * The five seed articles alone, without the references: tests of grouping, ordering and wording
 * are written about them, and their counts must not move when coverage is added.
 */
export const seedSiteData = buildSiteData(
  summits,
  articles.filter((article) => !article.data.reference),
  outlets,
  people,
);
