import { defineCollection, reference } from 'astro:content';
import { contentDir, listEntryIds } from './lib/content-dir.ts';
import {
  siteArticleSchema,
  outletSchema,
  personSchema,
  sourceSchema,
  summitSchema,
  type LinkedCollection,
} from './lib/schema.ts';
import { markdownEntries as entriesWith } from './entry-loader.ts';
import schemaSource from './lib/schema.ts?raw';

const root = contentDir();
const markdownEntries = (folder: string) => entriesWith(folder, schemaSource);

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

export const collections = {
  summits: defineCollection({ loader: markdownEntries(`${root}/summits`), schema: summitSchema() }),
  outlets: defineCollection({ loader: markdownEntries(`${root}/outlets`), schema: outletSchema() }),
  people: defineCollection({ loader: markdownEntries(`${root}/people`), schema: personSchema() }),
  articles: defineCollection({ loader: markdownEntries(`${root}/articles`), schema: siteArticleSchema(checkedReference) }),
  // No page shows the sources; loading them makes a malformed one fail the build, as any entry does.
  sources: defineCollection({ loader: markdownEntries(`${root}/sources`), schema: sourceSchema() }),
};
