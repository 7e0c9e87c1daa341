/** The site data built from the committed content, parsed through the real schemas as Astro would. */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadEntries } from '../../src/lib/load-entries.ts';
import { siteArticleSchema, outletSchema, personSchema, summitSchema } from '../../src/lib/schema.ts';
import { buildSiteData } from '../../src/lib/site/site-data.ts';
import { contentRoot } from './seeds.ts';

// Astro's reference() turns an id into { id, collection }; this does the same.
const link = (collection: string) => z.string().transform((id) => ({ id, collection }));

export const siteData = buildSiteData(
  loadEntries(join(contentRoot, 'summits'), summitSchema()),
  loadEntries(join(contentRoot, 'articles'), siteArticleSchema(link)),
  loadEntries(join(contentRoot, 'outlets'), outletSchema()),
  loadEntries(join(contentRoot, 'people'), personSchema()),
);
