/**
 * The places the leaders met, for the map: one mark per city, its area growing with the meetings
 * held there, and the contacts by video link and telephone counted apart (they have no place).
 */
import type { SummitData } from '../schema.ts';
import { slugify } from '../slugify.ts';
import { placeOnMap } from './world-projection.ts';

type Placed = { id: string; data: Pick<SummitData, 'title' | 'kind' | 'city' | 'country' | 'coordinates' | 'start'> };

/** One city on the map. */
export interface PlaceMark {
  city: string;
  country: string;
  x: number;
  y: number;
  /** Radius in map units: area in proportion to the meetings. */
  radius: number;
  /** The meetings held there, oldest first. */
  meetings: string[];
  /** Where the mark leads: the meeting itself, or the country's tag page when there were several. */
  href: string;
  /** What the mark says to a screen reader and in its tooltip. */
  label: string;
}

export interface MeetingPlaces {
  marks: PlaceMark[];
  byVideo: number;
  byTelephone: number;
}

/** Radius of a mark for one meeting; a city of n meetings gets √n times it. */
const unitRadius = 4.5;

export function meetingPlaces(
  summits: readonly Placed[],
  paths: { summit: (id: string) => string; tag: (tag: string) => string },
): MeetingPlaces {
  const cities = new Map<string, Placed[]>();
  let byVideo = 0;
  let byTelephone = 0;
  for (const summit of summits) {
    const { city, country, coordinates, kind } = summit.data;
    if (city === null || coordinates === null) {
      if (kind === 'phone-call') byTelephone += 1;
      else byVideo += 1;
      continue;
    }
    const key = `${city}, ${country ?? ''}`;
    cities.set(key, [...(cities.get(key) ?? []), summit]);
  }
  const marks = [...cities.values()].map((held) => {
    const [first] = held;
    const { city, country, coordinates } = first!.data;
    const { x, y } = placeOnMap(coordinates!.longitude, coordinates!.latitude);
    const years = [...new Set(held.map((summit) => summit.data.start.getUTCFullYear()))].join(', ');
    const count = held.length === 1 ? first!.data.title : `${held.length} meetings`;
    return {
      city: city!,
      country: country ?? '',
      x,
      y,
      radius: Math.round(unitRadius * Math.sqrt(held.length) * 10) / 10,
      meetings: held.map((summit) => summit.id),
      href: held.length === 1 ? paths.summit(first!.id) : paths.tag(slugify(country ?? city!)),
      label: `${city}, ${country}: ${count} (${years})`,
    };
  });
  // Big marks first, so a small one on top of a big one stays clickable.
  marks.sort((a, b) => b.radius - a.radius || a.city.localeCompare(b.city));
  return { marks, byVideo, byTelephone };
}
