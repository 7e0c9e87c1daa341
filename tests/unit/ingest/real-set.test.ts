import { describe, expect, it } from 'vitest';
import { context } from '../../eval/evaluate.ts';
import { outletsFromRealSet, withoutOutlets } from '../../support/seeds.ts';
import { batchOf, halfOf, readManifest, scoreRealPage, type RealPage } from '../../eval/real-set.ts';

const pages = readManifest();

describe('the real development set', () => {
  it('labels at least 150 pages from 60 sites, 30 meetings and 15 pages about none', () => {
    expect(pages.length).toBeGreaterThanOrEqual(150);
    expect(new Set(pages.map((page) => page.site)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(pages.flatMap((page) => page.meeting ?? [])).size).toBeGreaterThanOrEqual(30);
    expect(pages.filter((page) => page.meeting === null).length).toBeGreaterThanOrEqual(15);
  });

  it('names only meetings, people and dates that exist', () => {
    for (const page of pages) {
      if (page.meeting) expect(context.ids.summits, page.id).toContain(page.meeting);
      for (const person of page.people) expect(context.ids.people, page.id).toContain(person);
      if (page.published) expect(page.published, page.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.estimated === null, page.id).toBe(page.published === null);
      expect(page.url, page.id).toMatch(/^https?:\/\//);
    }
  });

  it('keeps every site in one half, as its name decides', () => {
    for (const page of pages) expect(page.half, page.site).toBe(halfOf(page.site));
  });

  it('tells each page’s batch by its id, for scoring a new batch alone', () => {
    expect(['a05', 'ax01', 'ay17'].map(batchOf)).toEqual(['a', 'ax', 'ay']);
    expect(pages.filter((page) => batchOf(page.id) === 'ax').length).toBeGreaterThan(0);
  });

  it('has unique ids and covers every year of the registry that has coverage', () => {
    expect(new Set(pages.map((page) => page.id)).size).toBe(pages.length);
    const years = new Set(pages.flatMap((page) => (page.meeting ? [page.meeting.slice(0, 4)] : [])));
    for (let year = 2013; year <= 2026; year += 1) expect(years).toContain(String(year));
  });
});

describe('scoreRealPage', () => {
  const label: RealPage = {
    id: 'x1',
    half: 'tuning',
    url: 'https://www.reuters.com/world/x',
    find: '',
    site: 'reuters.com',
    outlet: 'Reuters',
    agency: null,
    author: null,
    published: '2024-05-16',
    datedBy: 'text',
    estimated: true,
    meeting: '2024-05-state-visit-beijing',
    people: ['vladimir-putin', 'xi-jinping'],
    kind: 'wire',
    tense: 'report',
    note: '',
  };
  const text =
    'Putin and Xi hold talks in Beijing\n\nRussian President Vladimir Putin held talks with Xi Jinping in Beijing on Thursday, on his first trip abroad since his inauguration for a fifth term in May 2024.';
  const verdicts = () => Object.fromEntries(scoreRealPage(label, text, context).map((verdict) => [verdict.field, verdict]));

  it('scores each field of an ingested page against its labels', () => {
    const scored = verdicts();
    expect(scored['meeting']).toMatchObject({ got: '2024-05-state-visit-beijing', right: true });
    expect(scored['outlet']).toMatchObject({ got: 'Reuters', right: true });
    expect(scored['people']?.right).toBe(true);
  });

  it('counts an estimated date right within three days of the editor’s, and a firm one only on the day', () => {
    expect(verdicts()['published']).toMatchObject({ got: '2024-05-16~', right: true });
    const firm = scoreRealPage({ ...label, published: '2024-05-17', estimated: false }, text, context);
    expect(firm.find((verdict) => verdict.field === 'published')?.right).toBe(false);
  });
});

describe('scoreRealPage on a site nobody named', () => {
  const text = 'Putin and Xi talk\n\nRussian President Vladimir Putin held talks with Xi Jinping.';
  const page = (outlet: string): RealPage => ({
    id: 'x2',
    half: 'tuning',
    url: 'https://www.hotsrq.com/news/1',
    find: '',
    site: 'hotsrq.com',
    outlet,
    agency: null,
    author: null,
    published: null,
    datedBy: 'none',
    estimated: null,
    meeting: null,
    people: [],
    kind: 'aggregator',
    tense: 'report',
    note: '',
  });
  const outletVerdict = (outlet: string) =>
    scoreRealPage(page(outlet), text, context).find((verdict) => verdict.field === 'outlet');

  it('counts an entry on the site right where the editor wrote its address', () => {
    expect(outletVerdict('hotsrq.com')).toMatchObject({ got: 'Hotsrq', right: true });
  });

  it('does not let an outlet entry made from the labels tell ingest the outlet it is scored on', () => {
    const fromLabels = {
      id: 'hot-srq-news',
      name: 'Hot SRQ News',
      url: 'https://hotsrq.com',
      kind: 'unknown' as const,
      markers: [],
    };
    const knowing = {
      ...context,
      outlets: [...context.outlets, fromLabels],
      ids: { ...context.ids, outlets: new Set([...context.ids.outlets, fromLabels.id]) },
    };
    const score = (known: typeof context) =>
      scoreRealPage(page('Hot SRQ News'), text, known).find((verdict) => verdict.field === 'outlet');
    expect(score(knowing)?.right).toBe(true);
    expect(score(withoutOutlets(knowing, new Set(['hot-srq-news'])))).toMatchObject({ got: 'Hotsrq', right: false });
    expect(outletsFromRealSet.size).toBeGreaterThan(0);
    expect(context.outlets.filter((outlet) => outletsFromRealSet.has(outlet.id))).toEqual([]);
  });

  it('counts it wrong where the editor named another outlet or another address', () => {
    expect(outletVerdict('Hot SRQ News')?.right).toBe(false);
    expect(outletVerdict('example.com')?.right).toBe(false);
  });
});
