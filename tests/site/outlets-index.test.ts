import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { siteData } from '../support/site-data.ts';

const count = (id: string) => siteData.articlesByOutlet.get(id)?.length ?? 0;
const withoutArticles = [...siteData.outlets.values()].find((outlet) => count(outlet.id) === 0)!;

describe('the outlets index', () => {
  const page = readPage('outlets/index.html');
  const known = page.indexOf('Known outlets without articles yet');

  it('lists the outlets with coverage first, each with its count', () => {
    expect(known).toBeGreaterThan(0);
    const covered = page.slice(0, known);
    expect(covered).toMatch(new RegExp(`>United Press International</a>.*${count('upi')} articles`));
    expect(covered).toMatch(new RegExp(`>Reuters</a>.*${count('reuters')} articles`));
    expect(covered).not.toContain(`>${withoutArticles.data.name}</a>`);
  });

  it('keeps the outlets ingest knows without articles apart, below them', () => {
    const rest = page.slice(known);
    expect(rest).toContain(`>${withoutArticles.data.name}</a>`);
    expect(rest).not.toContain('>Reuters</a>');
    expect(rest).not.toContain('0 articles');
  });
});
