import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
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

const markdownIn = (folder: string) => glob({ pattern: '**/*.md', base: `${root}/${folder}` });

export const collections = {
  summits: defineCollection({ loader: markdownIn('summits'), schema: summitSchema() }),
  outlets: defineCollection({ loader: markdownIn('outlets'), schema: outletSchema() }),
  people: defineCollection({ loader: markdownIn('people'), schema: personSchema() }),
  articles: defineCollection({ loader: markdownIn('articles'), schema: articleSchema(checkedReference) }),
};
