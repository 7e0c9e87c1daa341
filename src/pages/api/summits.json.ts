import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site-data.ts';
import { summitsAsData } from '../../lib/site/open-data.ts';

/** Every meeting of the registry with its coverage count, for people who want the data. */
export const GET: APIRoute = async () => Response.json(summitsAsData(await loadSiteData()));
