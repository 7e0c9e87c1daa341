import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { distRoot, readPage } from '../support/dist.ts';
import { groupCoverage } from '../../src/lib/site/coverage-groups.ts';
import { siteData } from '../support/site-data.ts';

const documentOf = (file: string) => parseHTML(readPage(file)).document;
const inPersonCities = new Set(siteData.summits.filter((summit) => summit.data.city).map((summit) => summit.data.city));

describe.each(['index.html', 'timeline/index.html'])('the map of meeting places on %s', (file) => {
  const map = documentOf(file).querySelector('figure.meeting-map')!;

  it('marks each city with a link that says what happened there', () => {
    const marks = [...map.querySelectorAll('a')];
    expect(marks).toHaveLength(inPersonCities.size);
    for (const mark of marks) {
      expect(mark.getAttribute('aria-label')).toMatch(/^[^,]+, [^:]+: .+ \(\d{4}/);
      expect(mark.getAttribute('href')).toMatch(/^\/(summits|tags)\/[a-z0-9-]+\/$/);
    }
  });

  it('says in words what the map shows, with the places as a table', () => {
    expect(map.querySelector('figcaption')?.textContent).toMatch(/^Where they met: \d+ meetings in \d+ cities/);
    const table = map.nextElementSibling!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(inPersonCities.size);
  });
});

describe('the figures’ weight and the meeting pages’ locators', () => {
  it('keeps the map within 60 KB: the land every map shares and the marks on the page', () => {
    const land = readFileSync(join(distRoot, 'world.svg')).length;
    const marks = documentOf('index.html').querySelector('figure.meeting-map')!.outerHTML.length;
    expect(land + marks).toBeLessThanOrEqual(60 * 1024);
  });

  it('shows where an in-person meeting was, and no map for a call', () => {
    const astana = documentOf('summits/2024-07-sco-astana/index.html').querySelector('svg.locator');
    expect(astana?.getAttribute('aria-label')).toBe('Astana, Kazakhstan on a map');
    expect(documentOf('summits/2014-03-phone-call/index.html').querySelector('svg.locator')).toBeNull();
  });

  it('charts the meetings of every year on the timeline, with the same counts as a table', () => {
    const timeline = documentOf('timeline/index.html');
    const rows = [...timeline.querySelectorAll('.figure-data tbody tr')].filter((row) =>
      /^\d{4}$/.test(row.querySelector('th')?.textContent ?? ''),
    );
    const years = new Set(siteData.summits.map((summit) => summit.data.start.getUTCFullYear()));
    expect(rows).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
    const total = rows.reduce((sum, row) => sum + Number(row.querySelector('td:last-child')?.textContent), 0);
    expect(total).toBe(siteData.summits.length);
    expect(timeline.querySelectorAll('figure.cadence rect.bar').length).toBeGreaterThan(rows.length);
  });

  it('shows a meeting’s coverage as a bar by group, its counts adding up to the coverage', () => {
    const page = documentOf('summits/2025-05-state-visit-moscow/index.html');
    const legend = [...page.querySelectorAll('.coverage-bar .legend li')].map((item) => item.textContent!.trim());
    const counts = legend.map((item) => Number(/(\d+)$/.exec(item)?.[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(siteData.coverage.get('2025-05-state-visit-moscow')!.length);
    expect(page.querySelector('.coverage-bar svg')?.getAttribute('aria-label')).toMatch(
      /^Coverage by who stands behind the outlets: /,
    );
    expect(page.querySelector('.coverage-days figcaption')?.textContent).toMatch(
      /^When the coverage came: the first article 36 days before/,
    );
  });

  it.each(['timeline/index.html', 'tags/sco/index.html', 'people/sergey-lavrov/index.html'])(
    'says what the colours of the meetings’ coverage bars stand for on %s',
    (file) => {
      const page = documentOf(file);
      expect(page.querySelectorAll('.coverage-bar.compact').length).toBeGreaterThan(0);
      expect(page.querySelector('.coverage-legend')?.textContent).toContain('Russian state media');
    },
  );

  it('says so when only one side’s state media covered a meeting', () => {
    const sides = (id: string) =>
      new Set(groupCoverage(siteData.coverage.get(id) ?? [], siteData.outlets).map((group) => group.id));
    const oneSided = siteData.summits.find((summit) => {
      const groups = sides(summit.id);
      return groups.has('russian-state') !== groups.has('chinese-state');
    })!;
    const both = siteData.summits.find(
      (summit) => sides(summit.id).has('russian-state') && sides(summit.id).has('chinese-state'),
    )!;
    expect(documentOf(`summits/${oneSided.id}/index.html`).querySelector('.one-side')?.textContent).toMatch(
      /^Of the two sides’ state media, only (Russian|Chinese) outlets covered this meeting here\.$/,
    );
    expect(documentOf(`summits/${both.id}/index.html`).querySelector('.one-side')).toBeNull();
  });

  it('gives each meeting in a list its own small bar', () => {
    const timeline = documentOf('timeline/index.html');
    expect(timeline.querySelectorAll('li.meeting .coverage-bar.compact')).toHaveLength(siteData.coverage.size);
  });

  it('gives each meeting page its own share image, drawn at 1200 × 630, and every other page the site’s', () => {
    const image = (file: string) =>
      documentOf(file)
        .querySelector('meta[property="og:image"]')!
        .getAttribute('content')!
        .replace('https://summitry.example.org', '');
    expect(image('summits/2024-07-sco-astana/index.html')).toBe('/og/summits/2024-07-sco-astana.png');
    expect(image('timeline/index.html')).toBe('/og/site.png');
    for (const path of ['/og/summits/2024-07-sco-astana.png', '/og/site.png']) {
      const png = readFileSync(join(distRoot, path));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});
