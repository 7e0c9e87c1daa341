/**
 * The world as the site draws it: Natural Earth's land (world-atlas, 1:110m) in the Equal Earth
 * projection (d3-geo), one size for every map, so a place lands at the same point on the home
 * page's map and on a meeting's locator.
 */
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const worldWidth = 960;
export const worldHeight = 400;

// From 58° south to 84° north: Antarctica is left off, as no meeting is near it and it would
// take a fifth of the height.
const shown = {
  type: 'MultiPoint' as const,
  coordinates: [-180, -90, 0, 90, 179.9].flatMap((longitude) => [
    [longitude, -58],
    [longitude, 84],
  ]),
};
const projection = geoEqualEarth()
  .fitExtent(
    [
      [2, 2],
      [worldWidth - 2, worldHeight - 2],
    ],
    shown,
  )
  .clipExtent([
    [0, 0],
    [worldWidth, worldHeight],
  ]);

/** Where a place falls on the world map, in its units. */
export function placeOnMap(longitude: number, latitude: number): { x: number; y: number } {
  const [x, y] = projection([longitude, latitude]) ?? [0, 0];
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** The land as one SVG document, drawn to whole-pixel precision to stay small. */
export function worldLandSvg(): string {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land);
  const path = geoPath(projection).digits(0)(land) ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${worldWidth} ${worldHeight}" width="${worldWidth}" height="${worldHeight}">`,
    `<path d="${path}" fill="#9aa3ad" fill-opacity="0.45"/>`,
    '</svg>',
  ].join('');
}
