import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist.ts';
import { siteData } from '../support/site-data.ts';
import { articlePath } from '../../src/lib/site/paths.ts';

const articlePages = htmlFiles.filter((file) => file.startsWith('articles/'));
const pageOf = (id: string) => parseHTML(readPage(`${articlePath(id).slice(1)}index.html`)).document;

describe('article pages speak to readers', () => {
  it('never show an editor’s instructions (sidecars, ingest, field names)', () => {
    const jargon = articlePages.filter((file) => /sidecar|ingest again|`published|datedBy/.test(readPage(file)));
    expect(jargon).toEqual([]);
  });

  it('say in one sentence when an editor has yet to check an entry', () => {
    const unchecked = siteData.articles.find((article) => article.data.review.length > 0)!;
    const checked = siteData.articles.find((article) => article.data.review.length === 0)!;
    expect(pageOf(unchecked.id).querySelector('.about .review')?.textContent).toBe(
      'An editor has yet to check some of these facts.',
    );
    expect(pageOf(checked.id).querySelector('.about .review')).toBeNull();
  });
});
