import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { distRoot, readPage } from '../support/dist.ts';
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
});
