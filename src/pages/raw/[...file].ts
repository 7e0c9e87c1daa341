import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../../lib/content-dir.ts';

/** The raw originals articles were ingested from, served as they are. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return [...new Set(articles.map((article) => article.data.raw))].map((raw) => ({
    params: { file: raw.slice('raw/'.length) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(join(contentDir(), 'raw', params.file!)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
