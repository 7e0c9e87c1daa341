import { describe, expect, it } from 'vitest';
import {
  describeArticleDate,
  describeMatch,
  describePlace,
  meetingFilterValue,
  meetingName,
} from '../../../src/lib/site/describe.ts';
import { neighboursOf } from '../../../src/lib/site/site-data.ts';
import { summarizeRegistry } from '../../../src/lib/site/summarize-registry.ts';
import { summitTags, tagLabels } from '../../../src/lib/tags.ts';
import { seedSiteData, siteData } from '../../support/site-data.ts';

describe('buildSiteData', () => {
  it('groups the articles under the meeting they cover, first report first', () => {
    expect(
      seedSiteData.coverage.get('2024-07-sco-astana')?.map((article) => article.data.published?.toISOString().slice(0, 10)),
    ).toEqual(['2024-07-04', '2024-07-04', '2024-07-10']);
  });

  it('lists the articles that only mention a meeting separately', () => {
    expect(seedSiteData.mentionedIn.get('2022-02-olympics-beijing')).toHaveLength(2);
    expect(seedSiteData.coverage.get('2022-02-olympics-beijing')).toBeUndefined();
  });

  it('puts every meeting in the timeline under its year, all 68', () => {
    expect(seedSiteData.timeline.flatMap((year) => year.summits)).toHaveLength(68);
    expect(seedSiteData.timeline.find((year) => year.year === 2025)?.summits).toHaveLength(7);
  });

  it('indexes meetings and articles under the organization tag', () => {
    const sco = seedSiteData.tags.get('sco')!;
    expect(sco.summits).toHaveLength(9);
    expect(sco.articles).toHaveLength(4);
  });

  it('indexes an aggregator’s copies under the aggregator too', () => {
    expect(seedSiteData.articlesByOutlet.get('daily-advent')).toHaveLength(1);
    expect(seedSiteData.articlesByOutlet.get('upi')).toHaveLength(1);
  });
});

describe('the archive as committed (issue 12)', () => {
  const references = siteData.articles.filter((article) => article.data.reference);
  const writers = new Set(references.map((article) => article.data.agency?.id ?? article.data.outlet?.id));

  it('records at least 300 real articles, from at least 80 sites, as references with our summary', () => {
    expect(references.length).toBeGreaterThanOrEqual(300);
    expect(
      new Set(references.map((article) => new URL(article.data.url!).hostname.replace(/^www\./, ''))).size,
    ).toBeGreaterThanOrEqual(80);
    expect(writers.size).toBeGreaterThanOrEqual(80);
    expect(references.every((article) => (article.data.summary ?? '').length > 40)).toBe(true);
  });

  it('lists each meeting’s coverage oldest first, the articles of unknown date after the rest', () => {
    for (const articles of siteData.coverage.values()) {
      const dates = articles.map((article) => article.data.published?.getTime() ?? Number.POSITIVE_INFINITY);
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
    expect(siteData.coverage.get('2024-05-state-visit-beijing')!.at(-1)!.data.published).toBeNull();
  });

  it('covers at least 45 meetings, among them the meetings of 2025 and 2026', () => {
    expect(siteData.coverage.size).toBeGreaterThanOrEqual(45);
    const recent = siteData.timeline.filter((year) => year.year >= 2025).flatMap((year) => year.summits);
    expect(recent.filter((summit) => !siteData.coverage.has(summit.id)).map((summit) => summit.id)).toEqual([]);
  });
});

describe('neighboursOf', () => {
  it('finds the previous and next meeting overall and in the same series', () => {
    const around = neighboursOf(seedSiteData, '2024-07-sco-astana');
    expect(around.previous?.id).toBe('2024-05-state-visit-beijing');
    expect(around.next?.id).toBe('2024-10-brics-kazan');
    expect(around.previousInSeries?.id).toBe('2022-09-sco-samarkand');
    expect(around.nextInSeries?.id).toBe('2025-08-sco-tianjin');
  });

  it('has no series neighbours for a bilateral call', () => {
    expect(neighboursOf(seedSiteData, '2014-03-phone-call')).toMatchObject({ previousInSeries: null, nextInSeries: null });
  });
});

describe('summarizeRegistry', () => {
  it('counts contacts in person, by video and by phone', () => {
    expect(summarizeRegistry(seedSiteData, new Date('2026-11-22'))).toMatchObject({
      total: 68,
      inPerson: 46,
      video: 7,
      phone: 15,
    });
  });

  it('finds the latest meeting and the latest with coverage', () => {
    const summary = summarizeRegistry(seedSiteData, new Date('2026-11-22'));
    expect(summary.latest?.id).toBe('2026-05-state-visit-beijing');
    expect(summary.latestCovered?.id).toBe('2024-07-sco-astana');
  });

  it('counts the days since the latest meeting from the given day, not the clock', () => {
    expect(summarizeRegistry(seedSiteData, new Date('2026-05-21')).daysSinceLatest).toBe(1);
    expect(summarizeRegistry(seedSiteData, new Date('2026-11-22')).daysSinceLatest).toBe(186);
  });
});

describe('descriptions', () => {
  it('describes an estimated date with its evidence', () => {
    const undated = seedSiteData.articles.find((article) => article.data.estimated)!;
    const { text, provenance } = describeArticleDate(undated.data);
    expect(text).toMatch(/^about \d+ \w+ \d{4}$/);
    expect(provenance).toMatch(/^Estimated from a relative phrase in the text: “on/);
  });

  it('says an editor set or estimated a date, without quoting a sidecar', () => {
    const day = new Date('2024-05-16');
    const editor = { published: day, datedBy: 'editor' as const, dateEvidence: 'the sidecar' };
    expect(describeArticleDate({ ...editor, estimated: false })).toEqual({
      text: '16 May 2024',
      provenance: 'Set by an editor.',
    });
    expect(describeArticleDate({ ...editor, estimated: true })).toEqual({
      text: 'about 16 May 2024',
      provenance: 'Estimated by an editor.',
    });
  });

  it('says how a meeting is known in words, with one full stop, and when it was a close call', () => {
    expect(describeMatch(null, 'Set by an editor.')).toBe('Set by an editor.');
    expect(describeMatch(0.85, 'named in the title')).toBe('Named in the title.');
    expect(describeMatch(0.6, 'named in the title')).toBe('Named in the title. Another meeting fitted almost as well.');
  });

  it('names a meeting with its month and year where its own page is not there to say it', () => {
    const astana = seedSiteData.summitsById.get('2024-07-sco-astana')!.data;
    const earlier = seedSiteData.summitsById.get('2017-06-sco-astana')!.data;
    expect(meetingName(astana)).toBe('SCO summit in Astana (July 2024)');
    expect(meetingName(earlier)).not.toBe(meetingName(astana));
    expect(meetingFilterValue(astana)).toBe('2024-07 · SCO summit in Astana');
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
    const astana = seedSiteData.summitsById.get('2024-07-sco-astana')!.data;
    expect(summitTags(astana)).toEqual(['sco', 'multilateral-sideline', 'kazakhstan']);
    const labels = tagLabels([astana]);
    expect(summitTags(astana).map((tag) => labels.get(tag))).toEqual(['SCO', 'Summit sideline', 'Kazakhstan']);
  });
});
