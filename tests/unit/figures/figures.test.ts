import { describe, expect, it } from 'vitest';
import { cadenceBars, cadenceByYear } from '../../../src/lib/figures/cadence.ts';
import { coverageBar, coverageDays, oneSideOnly } from '../../../src/lib/figures/coverage-at-a-glance.ts';
import { describeDays } from '../../../src/lib/site/coverage-groups.ts';
import { meetingPlaces } from '../../../src/lib/figures/meeting-places.ts';
import { placeOnMap, worldHeight, worldLandSvg, worldWidth } from '../../../src/lib/figures/world-projection.ts';
import { summarizeRegistry } from '../../../src/lib/site/summarize-registry.ts';
import { siteData } from '../../support/site-data.ts';

const paths = { summit: (id: string) => `/summits/${id}/`, tag: (tag: string) => `/tags/${tag}/` };
const places = meetingPlaces(siteData.summits, paths);
const registry = summarizeRegistry(siteData, new Date('2026-12-01'));

describe('the map of meeting places', () => {
  it('marks every in-person meeting once, by city, and counts the calls apart', () => {
    expect(places.marks.reduce((sum, mark) => sum + mark.meetings.length, 0)).toBe(registry.inPerson);
    expect(new Set(places.marks.map((mark) => `${mark.city}, ${mark.country}`)).size).toBe(places.marks.length);
    expect(places.byVideo).toBe(registry.video);
    expect(places.byTelephone).toBe(registry.phone);
  });

  it('gives a city of n meetings √n times the radius, and links it to its meeting or its country', () => {
    const moscow = places.marks.find((mark) => mark.city === 'Moscow')!;
    const paris = places.marks.find((mark) => mark.city === 'Paris')!;
    expect(moscow.radius / paris.radius).toBeCloseTo(Math.sqrt(moscow.meetings.length), 1);
    expect(moscow.href).toBe('/tags/russia/');
    expect(paris.href).toBe('/summits/2015-11-cop21-paris/');
    expect(moscow.label).toMatch(/^Moscow, Russia: \d+ meetings \(2013, /);
    // Drawn big first, so a small mark over a big one stays on top.
    expect(places.marks[0]!.radius).toBeGreaterThanOrEqual(places.marks.at(-1)!.radius);
  });

  it('puts places where they are: Moscow north-west of Beijing, Lima in the west, Durban in the south', () => {
    const moscow = placeOnMap(37.6, 55.75);
    const beijing = placeOnMap(116.4, 39.9);
    const lima = placeOnMap(-77, -12);
    const durban = placeOnMap(31, -29.9);
    expect(moscow.x).toBeLessThan(beijing.x);
    expect(moscow.y).toBeLessThan(beijing.y);
    expect(lima.x).toBeLessThan(worldWidth / 3);
    expect(durban.y).toBeGreaterThan(worldHeight * 0.7);
  });

  it('draws the land as one small SVG path', () => {
    const svg = worldLandSvg();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 400"/);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.length).toBeLessThan(45_000);
  });
});

describe('the cadence of meetings', () => {
  const rows = cadenceByYear(siteData.summits);

  it('has every year from the first meeting to the last, the quiet ones included', () => {
    expect(rows.map((row) => row.year)).toEqual(Array.from({ length: rows.length }, (_, index) => 2013 + index));
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(registry.total);
    const pandemic = rows.find((row) => row.year === 2020)!;
    expect(pandemic.counts['in-person']).toBe(0);
    expect(pandemic.counts.telephone).toBeGreaterThan(0);
  });

  it('stacks each year’s bar to its total, in proportion', () => {
    const { bars, unit } = cadenceBars(rows, 640, 150);
    for (const row of rows) {
      const height = bars.filter((bar) => bar.year === row.year).reduce((sum, bar) => sum + bar.height, 0);
      expect(height).toBeCloseTo(row.total * unit, 0);
    }
    expect(bars.some((bar) => bar.year === 2020 && bar.mode === 'in-person')).toBe(false);
  });

  it('keeps a year with no contact as an empty slot up to a given year', () => {
    const extended = cadenceByYear(siteData.summits, 2028);
    expect(extended.at(-1)).toEqual({ year: 2028, counts: { 'in-person': 0, video: 0, telephone: 0 }, total: 0 });
  });
});

describe('coverage at a glance', () => {
  it('splits the bar by group in the pages’ order, the widths adding up to the whole', () => {
    const segments = coverageBar(
      new Map([
        ['unknown', 6],
        ['russian-state', 3],
        ['wire', 1],
      ]),
    );
    expect(segments.map((segment) => [segment.id, segment.count])).toEqual([
      ['russian-state', 3],
      ['wire', 1],
      ['unknown', 6],
    ]);
    expect(segments.reduce((sum, segment) => sum + segment.width, 0)).toBeCloseTo(100, 1);
    expect(segments[1]!.x).toBeCloseTo(30, 1);
    expect(coverageBar(new Map())).toEqual([]);
  });

  it('notes when only one side’s state media covered a meeting', () => {
    expect(
      oneSideOnly(
        new Map([
          ['russian-state', 2],
          ['wire', 1],
        ]),
      ),
    ).toBe('Russian');
    expect(oneSideOnly(new Map([['chinese-state', 1]]))).toBe('Chinese');
    expect(
      oneSideOnly(
        new Map([
          ['russian-state', 1],
          ['chinese-state', 1],
        ]),
      ),
    ).toBeNull();
    expect(oneSideOnly(new Map([['wire', 4]]))).toBeNull();
  });

  it('places each dated article in days before, during or after the meeting, holding far ones at the axis’s end', () => {
    const meeting = { start: new Date('2025-05-08'), end: new Date('2025-05-09') };
    const at = (day: string | null) =>
      coverageDays([{ group: 'wire', title: 't', published: day ? new Date(day) : null }], meeting)[0];
    expect(at('2025-05-06')).toMatchObject({ days: -2, shownAt: -2, clamped: false });
    expect(at('2025-05-09')).toMatchObject({ days: 0 });
    expect(at('2025-05-10')).toMatchObject({ days: 1 });
    expect(at('2025-04-02')).toMatchObject({ days: -36, shownAt: -30, clamped: true });
    expect(at(null)).toBeUndefined();
    expect([describeDays(0), describeDays(-1), describeDays(36)]).toEqual([
      'during the meeting',
      '1 day before',
      '36 days after',
    ]);
  });
});
