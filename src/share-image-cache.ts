import { join } from 'node:path';

/**
 * Where drawn share images are kept between builds: `$SUMMITRY_SHARE_CACHE`, or node_modules'
 * cache folder, which a fresh clone starts without and `npm ci` clears.
 */
export function shareImageCache(): string {
  return process.env['SUMMITRY_SHARE_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'summitry-share-images');
}
