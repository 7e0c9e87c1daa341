/** Validation of an ingested article with the site's own schema, links checked against the entries on disk. */
import { z } from 'astro/zod';
import { articleSchema, type LinkedCollection } from '../schema.ts';
import { describeIssues } from '../validation-message.ts';

/** Ids of the entries an article may link to; they grow as ingest writes articles and proposes outlets. */
export type KnownIds = Record<LinkedCollection, Set<string>>;

// Building a schema costs more than using it: one per set of known ids.
const schemas = new WeakMap<KnownIds, ReturnType<typeof buildSchema>>();

function buildSchema(ids: KnownIds) {
  return articleSchema((collection) =>
    z.string().refine((id) => ids[collection].has(id), {
      message: `no such entry in content/${collection}/: use the name of one of its files without ".md"`,
    }),
  );
}

function schemaFor(ids: KnownIds) {
  return schemas.get(ids) ?? schemas.set(ids, buildSchema(ids)).get(ids)!;
}

/** Throws a message naming the file and each bad field when the frontmatter does not fit the schema. */
export function validateArticle(file: string, frontmatter: Record<string, unknown>, ids: KnownIds): void {
  const result = schemaFor(ids).safeParse(frontmatter);
  if (!result.success) throw new Error(describeIssues(file, result.error.issues));
}
