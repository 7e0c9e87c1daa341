/**
 * How often the leaders met, year by year and by kind (in person, by video link, by telephone),
 * as the bars of a chart: every year from the first to the last, so a gap shows as a gap.
 */
import type { SummitData } from '../schema.ts';

export const contactModes = ['in-person', 'video', 'telephone'] as const;
export type ContactMode = (typeof contactModes)[number];

export const contactModeLabels: Record<ContactMode, string> = {
  'in-person': 'In person',
  video: 'By video link',
  telephone: 'By telephone',
};

/** How a contact was held: a meeting with a city was in person. */
export function contactModeOf(summit: Pick<SummitData, 'city' | 'kind'>): ContactMode {
  if (summit.city !== null) return 'in-person';
  return summit.kind === 'phone-call' ? 'telephone' : 'video';
}

export interface CadenceYear {
  year: number;
  counts: Record<ContactMode, number>;
  total: number;
}

/** Each year's contacts by mode, from the first year to `lastYear` (or the last with a contact). */
export function cadenceByYear(
  summits: readonly { data: Pick<SummitData, 'city' | 'kind' | 'start'> }[],
  lastYear?: number,
): CadenceYear[] {
  const years = summits.map((summit) => summit.data.start.getUTCFullYear());
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(lastYear ?? 0, ...years);
  const rows = Array.from({ length: last - first + 1 }, (_, index) => ({
    year: first + index,
    counts: { 'in-person': 0, video: 0, telephone: 0 } as Record<ContactMode, number>,
    total: 0,
  }));
  for (const summit of summits) {
    const row = rows[summit.data.start.getUTCFullYear() - first]!;
    row.counts[contactModeOf(summit.data)] += 1;
    row.total += 1;
  }
  return rows;
}

/** One drawn segment of a bar. */
export interface CadenceBar {
  year: number;
  mode: ContactMode;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Chart geometry: stacked bars, in person at the bottom, in a `width` × `height` plot. */
export function cadenceBars(rows: readonly CadenceYear[], width: number, height: number) {
  const most = Math.max(1, ...rows.map((row) => row.total));
  const slot = width / Math.max(1, rows.length);
  const unit = height / most;
  const bars: CadenceBar[] = [];
  rows.forEach((row, index) => {
    let top = height;
    for (const mode of contactModes) {
      const count = row.counts[mode];
      if (count === 0) continue;
      top -= count * unit;
      bars.push({
        year: row.year,
        mode,
        x: round(index * slot + slot * 0.15),
        y: round(top),
        width: round(slot * 0.7),
        height: round(count * unit),
      });
    }
  });
  const ticks = Array.from({ length: most + 1 }, (_, value) => value).filter((value) => value % (most > 8 ? 2 : 1) === 0);
  return { bars, slot: round(slot), unit: round(unit), most, ticks };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
