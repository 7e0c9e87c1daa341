import { describe, expect, it } from 'vitest';
import { describeLag, groupCoverage, groupOf, mentionedBy } from '../../../src/lib/site/coverage-groups.ts';
import { seedSiteData } from '../../support/site-data.ts';

const astana = seedSiteData.summitsById.get('2024-07-sco-astana')!;

describe('groupCoverage', () => {
  it('puts Russian state media, wire agencies and unknown outlets in their own groups', () => {
    const groups = groupCoverage(seedSiteData.coverage.get(astana.id)!, seedSiteData.outlets);
    expect(groups.map((group) => [group.label, group.articles.length])).toEqual([
      ['Russian state media', 1],
      ['Wire agencies', 1],
      ['Outlet or owner unknown', 1],
    ]);
  });

  it('files a Chinese state agency and an independent website apart', () => {
    expect(groupOf(seedSiteData.outlets.get('xinhua'))).toBe('chinese-state');
    expect(groupOf(seedSiteData.outlets.get('republic-world'))).toBe('independent');
    expect(groupOf(seedSiteData.outlets.get('observatorial'))).toBe('unknown');
  });
});

describe('describeLag', () => {
  it.each([
    ['2024-07-03', 'during the meeting'],
    ['2024-07-04', '1 day after'],
    ['2024-07-10', '7 days after'],
    ['2024-07-01', '2 days before'],
  ])('says an article of %s came %s', (day, expected) => {
    expect(describeLag(new Date(day), astana.data)).toBe(expected);
  });
});

describe('mentionedBy', () => {
  it('lists the meetings a meeting’s coverage recalls', () => {
    expect(mentionedBy(seedSiteData.coverage.get(astana.id)!, seedSiteData.summitsById).map((summit) => summit.id)).toEqual([
      '2024-05-state-visit-beijing',
    ]);
  });
});
