import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../../lib/content-dir.ts';
import { rawPath } from '../../lib/site/paths.ts';
import { writerOf } from '../../lib/site/site-data.ts';
import { loadSiteData } from '../../site-data.ts';

/** The raw originals articles were ingested from, published as text whatever they were, where their licence allows. */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const missing = articles.find((article) => !existsSync(join(contentDir(), article.data.raw)));
  if (missing) {
    throw new Error(
      `${missing.filePath ?? missing.id}: raw: content/${missing.data.raw} does not exist. Put the original back, or set raw: to the path it was ingested to.`,
    );
  }
  // A raw original is the full text: published only where the writer's licence allows.
  const { outlets } = await loadSiteData();
  const republishable = articles.filter((article) => writerOf(article, outlets)?.data.reuse === 'full');
  return [...new Set(republishable.map((article) => article.data.raw))].map((raw) => {
    // Originals are written once by ingest; their size and time tell a replaced one.
    const { size, mtimeMs } = statSync(join(contentDir(), raw));
    return { params: { file: rawPath(raw).slice('/raw/'.length) }, props: { raw }, cacheKey: `${size}:${mtimeMs}` };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await readFile(join(contentDir(), (props as { raw: string }).raw)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
