import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '../../src/lib/load-entries.ts';
import { parseMeetings } from '../../src/lib/registry/parse-meetings.ts';
import { describeDays, inSiteDateStyle, toSummitEntry } from '../../src/lib/registry/summit-entry.ts';
import { summitSchema } from '../../src/lib/schema.ts';
import { contentRoot } from '../support/seeds.ts';

const rows = parseMeetings(readFileSync(join(contentRoot, 'registry', 'meetings.tsv'), 'utf8'));

describe('the meetings registry', () => {
  it('has the 68 verified meetings', () => {
    expect(rows).toHaveLength(68);
  });

  it('has one summit entry per registry row, with the row id as entry id', () => {
    const entries = loadEntries(join(contentRoot, 'summits'), summitSchema());
    expect(entries.map((entry) => entry.id).sort()).toEqual(rows.map((row) => row.id).sort());
  });

  it('names the line of a row with missing cells', () => {
    const header = readFileSync(join(contentRoot, 'registry', 'meetings.tsv'), 'utf8').split('\n')[0];
    expect(() => parseMeetings(`${header}\nonly\ttwo`)).toThrow(
      'meetings registry line 2: expected 13 tab-separated cells, found 2',
    );
  });
});

describe('toSummitEntry', () => {
  const row = (id: string) => rows.find((candidate) => candidate.id === id)!;

  it('writes a state visit with the guest, the place and the days', () => {
    expect(toSummitEntry(row('2025-05-state-visit-moscow')).body).toMatch(
      /^Xi Jinping made a state visit to Russia; the two leaders met in Moscow on 8–9 May 2025\./,
    );
  });

  it('writes a call without a place', () => {
    const entry = toSummitEntry(row('2014-03-phone-call'));
    expect(entry.body).toMatch(/^Vladimir Putin and Xi Jinping spoke by telephone on 4 March 2014\./);
    expect(entry.frontmatter).toMatchObject({ city: null, coordinates: null, host: 'virtual' });
  });

  it('produces frontmatter the summit schema accepts for every row', () => {
    for (const each of rows) expect(summitSchema().safeParse(toSummitEntry(each).frontmatter).success, each.id).toBe(true);
  });
});

describe('describeDays', () => {
  it.each([
    ['2024-07-03', '2024-07-03', 'on 3 July 2024'],
    ['2025-05-08', '2025-05-09', 'on 8–9 May 2025'],
    ['2025-08-31', '2025-09-01', 'on 31 August–1 September 2025'],
  ])('describes %s to %s as "%s"', (start, end, expected) => {
    expect(describeDays(new Date(start), new Date(end))).toBe(expected);
  });
});

describe('meeting descriptions in the site’s date style', () => {
  it('turns the registry’s US dates into day-month ones', () => {
    expect(inSiteDateStyle('evening bilateral before the summit (July 3–4)')).toBe(
      'evening bilateral before the summit (3–4 July)',
    );
    expect(inSiteDateStyle('summit Aug 31–Sept 1; talks Sept 2')).toBe('summit 31 August – 1 September; talks 2 September');
    expect(inSiteDateStyle('it may 2 things')).toBe('it may 2 things');
  });

  it('leaves no month-first date in any meeting’s description', () => {
    const usStyle = /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;
    const entries = loadEntries(join(contentRoot, 'summits'), summitSchema());
    expect(entries.filter((entry) => usStyle.test(entry.body)).map((entry) => entry.id)).toEqual([]);
  });
});
