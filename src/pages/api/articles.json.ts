import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import { articlesAsData } from '../../lib/site/open-data.ts';

/** Every article's facts (not its text), for people who want the data. */
export const GET: APIRoute = async () => Response.json(articlesAsData(await loadSiteData()));
