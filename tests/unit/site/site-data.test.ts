import { describe, expect, it } from 'vitest';
import { describeArticleDate, describePlace } from '../../../src/lib/site/describe.ts';
import { neighboursOf } from '../../../src/lib/site/site-data.ts';
import { summarizeRegistry } from '../../../src/lib/site/summarize-registry.ts';
import { summitTags, tagLabels } from '../../../src/lib/tags.ts';
import { siteData } from '../../support/site-data.ts';

describe('buildSiteData', () => {
  it('groups the articles under the meeting they cover, first report first', () => {
    expect(
      siteData.coverage.get('2024-07-sco-astana')?.map((article) => article.data.published?.toISOString().slice(0, 10)),
    ).toEqual(['2024-07-04', '2024-07-04', '2024-07-10']);
  });

  it('lists the articles that only mention a meeting separately', () => {
    expect(siteData.mentionedIn.get('2022-02-olympics-beijing')).toHaveLength(2);
    expect(siteData.coverage.get('2022-02-olympics-beijing')).toBeUndefined();
  });

  it('puts every meeting in the timeline under its year, all 68', () => {
    expect(siteData.timeline.flatMap((year) => year.summits)).toHaveLength(68);
    expect(siteData.timeline.find((year) => year.year === 2025)?.summits).toHaveLength(7);
  });

  it('indexes meetings and articles under the organization tag', () => {
    const sco = siteData.tags.get('sco')!;
    expect(sco.summits).toHaveLength(9);
    expect(sco.articles).toHaveLength(4);
  });

  it('indexes an aggregator’s copies under the aggregator too', () => {
    expect(siteData.articlesByOutlet.get('daily-advent')).toHaveLength(1);
    expect(siteData.articlesByOutlet.get('upi')).toHaveLength(1);
  });
});

describe('neighboursOf', () => {
  it('finds the previous and next meeting overall and in the same series', () => {
    const around = neighboursOf(siteData, '2024-07-sco-astana');
    expect(around.previous?.id).toBe('2024-05-state-visit-beijing');
    expect(around.next?.id).toBe('2024-10-brics-kazan');
    expect(around.previousInSeries?.id).toBe('2022-09-sco-samarkand');
    expect(around.nextInSeries?.id).toBe('2025-08-sco-tianjin');
  });

  it('has no series neighbours for a bilateral call', () => {
    expect(neighboursOf(siteData, '2014-03-phone-call')).toMatchObject({ previousInSeries: null, nextInSeries: null });
  });
});

describe('summarizeRegistry', () => {
  it('counts contacts in person, by video and by phone', () => {
    expect(summarizeRegistry(siteData, new Date('2026-11-22'))).toMatchObject({ total: 68, inPerson: 46, video: 7, phone: 15 });
  });

  it('finds the latest meeting and the latest with coverage', () => {
    const summary = summarizeRegistry(siteData, new Date('2026-11-22'));
    expect(summary.latest?.id).toBe('2026-05-state-visit-beijing');
    expect(summary.latestCovered?.id).toBe('2024-07-sco-astana');
  });

  it('counts the days since the latest meeting from the given day, not the clock', () => {
    expect(summarizeRegistry(siteData, new Date('2026-05-21')).daysSinceLatest).toBe(1);
    expect(summarizeRegistry(siteData, new Date('2026-11-22')).daysSinceLatest).toBe(186);
  });
});

describe('descriptions', () => {
  it('describes an estimated date with its evidence', () => {
    const undated = siteData.articles.find((article) => article.data.estimated)!;
    const { text, provenance } = describeArticleDate(undated.data);
    expect(text).toMatch(/^about \d+ \w+ \d{4}$/);
    expect(provenance).toMatch(/^Estimated from a relative phrase in the text: “on/);
  });

  it('says when a date is unknown', () => {
    expect(describeArticleDate({ published: null, datedBy: null, dateEvidence: null, estimated: false }).text).toBe(
      'Date unknown',
    );
  });

  it('describes a call by how it was held', () => {
    expect(describePlace({ city: null, country: null, kind: 'phone-call' })).toBe('By telephone');
    expect(describePlace({ city: 'Astana', country: 'Kazakhstan', kind: 'multilateral-sideline' })).toBe('Astana, Kazakhstan');
  });

  it('tags a meeting with its organization, kind and country, each with a label', () => {
    const astana = siteData.summitsById.get('2024-07-sco-astana')!.data;
    expect(summitTags(astana)).toEqual(['sco', 'multilateral-sideline', 'kazakhstan']);
    const labels = tagLabels([astana]);
    expect(summitTags(astana).map((tag) => labels.get(tag))).toEqual(['SCO', 'Summit sideline', 'Kazakhstan']);
  });
});
