import { readFileSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { restoreImpossibleDays } from './lib/calendar-dates.ts';
import { contentDir, listEntryIds } from './lib/content-dir.ts';
import { articleSchema, outletSchema, personSchema, summitSchema, type LinkedCollection } from './lib/schema.ts';

const root = contentDir();

/** A link that fails the build when the entry it names does not exist. */
function checkedReference(collection: LinkedCollection) {
  const ids = listEntryIds(`${root}/${collection}`);
  return reference(collection).superRefine((link, context) => {
    if (link && !ids.has(link.id)) {
      context.addIssue({
        code: 'custom',
        message: `no ${collection} entry "${link.id}": use the name of a file in content/${collection}/ without ".md"`,
      });
    }
  });
}

/** Astro's glob loader, with impossible days (2024-13-45) kept as written so the schema rejects them. */
function markdownIn(folder: string): Loader {
  const loader = glob({ pattern: '**/*.md', base: `${root}/${folder}` });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (entry) =>
          context.parseData({
            ...entry,
            data: entry.filePath ? restoreImpossibleDays(readFileSync(entry.filePath, 'utf8'), entry.data) : entry.data,
          }),
      }),
  };
}

export const collections = {
  summits: defineCollection({ loader: markdownIn('summits'), schema: summitSchema() }),
  outlets: defineCollection({ loader: markdownIn('outlets'), schema: outletSchema() }),
  people: defineCollection({ loader: markdownIn('people'), schema: personSchema() }),
  articles: defineCollection({ loader: markdownIn('articles'), schema: articleSchema(checkedReference) }),
};
