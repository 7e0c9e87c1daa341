import type { APIRoute } from 'astro';
import { worldLandSvg } from '../lib/figures/world-projection.ts';

/** The land every map draws on, one file the browser caches for the home page and each meeting's locator. */
export const GET: APIRoute = () => new Response(worldLandSvg(), { headers: { 'content-type': 'image/svg+xml' } });
