import { describe, expect, it } from 'vitest';
import { archivePages } from '../../../src/lib/site/archive-pages.ts';
import { pageKeysOf } from '../../../src/lib/site/page-keys.ts';
import { buildSiteData, type ArticleEntry, type SiteData } from '../../../src/lib/site/site-data.ts';
import { siteData } from '../../support/site-data.ts';

// The site again, from the same entries plus or minus a change, as the next build sees it.
const rebuilt = (change: { articles?: ArticleEntry[]; outlets?: SiteData['outlets'] }): SiteData =>
  buildSiteData(
    siteData.summits,
    change.articles ?? siteData.articles,
    [...(change.outlets ?? siteData.outlets).values()],
    [...siteData.people.values()],
  );

const astana = '2024-07-sco-astana';
const aboutAstana = siteData.coverage.get(astana)!;
const elsewhere = siteData.articles.find((article) => article.data.summit && article.data.summit.id !== astana)!;
const newArticle: ArticleEntry = {
  ...aboutAstana[0]!,
  id: '2024/a-new-report-on-astana',
  data: { ...aboutAstana[0]!.data, title: 'A new report on Astana', published: new Date('2024-07-05') },
  digest: 'new',
};

describe('page keys', () => {
  const before = pageKeysOf(siteData);
  const after = pageKeysOf(rebuilt({ articles: [...siteData.articles, newArticle] }));

  it('change for the meeting a new article is about, and for every article page of that meeting', () => {
    expect(after.meeting(astana)).not.toBe(before.meeting(astana));
    for (const article of aboutAstana) expect(after.article(article)).not.toBe(before.article(article));
  });

  it('stay for other meetings and their articles', () => {
    expect(after.meeting(elsewhere.data.summit!.id)).toBe(before.meeting(elsewhere.data.summit!.id));
    expect(after.article(elsewhere)).toBe(before.article(elsewhere));
  });

  it('change for every page when an outlet is renamed, since names show everywhere', () => {
    const outlet = siteData.outlets.get('reuters')!;
    const outlets = new Map(siteData.outlets).set(outlet.id, { ...outlet, data: { ...outlet.data, name: 'Renamed' } });
    const renamed = pageKeysOf(rebuilt({ outlets }));
    expect(renamed.article(elsewhere)).not.toBe(before.article(elsewhere));
    expect(renamed.meeting(elsewhere.data.summit!.id)).not.toBe(before.meeting(elsewhere.data.summit!.id));
  });

  it('change for a list’s front page but not its archive pages when a newer article joins it', () => {
    const list = siteData.articlesByPerson.get('vladimir-putin')!;
    const newer = { ...newArticle, data: { ...newArticle.data, published: new Date('2030-01-01') } };
    const grown = [newer, ...list];
    const [frontBefore, ...archiveBefore] = archivePages(list);
    const [frontAfter, ...archiveAfter] = archivePages(grown);
    expect(archiveBefore.length).toBeGreaterThan(0);
    expect(after.listPage(frontAfter!, grown)).not.toBe(before.listPage(frontBefore!, list));
    expect(archiveAfter.map((page) => after.listPage(page, grown))).toEqual(
      archiveBefore.map((page) => before.listPage(page, list)),
    );
  });

  it('change for an article whose entry an editor changed', () => {
    const edited = { ...elsewhere, digest: 'edited' };
    expect(before.article(edited)).not.toBe(before.article(elsewhere));
  });
});
