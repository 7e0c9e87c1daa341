import { describe, expect, it } from 'vitest';
import { recognizeOutlet } from '../../../src/lib/ingest/recognize-outlet.ts';
import { newsSiteOf, parseNewsSites } from '../../../src/lib/registry/news-sites.ts';
import { context } from '../../support/seeds.ts';

const header = 'site\tname\tcountry\tkind';
const directory = parseNewsSites(
  [
    header,
    'cbc.ca\tCBC News\tCanada\tbroadcaster',
    'alarabiya.net\tAl Arabiya\tUnited Arab Emirates\tbroadcaster',
    'english.alarabiya.net\tAl Arabiya English\tUnited Arab Emirates\tbroadcaster',
    'reuters.com\tSome Other Name\t\twire-agency',
    '',
  ].join('\n'),
  'news-sites.tsv',
);

describe('the news-site directory', () => {
  it('reads each row, an empty country as none', () => {
    expect(directory).toHaveLength(4);
    expect(directory[3]).toEqual({ site: 'reuters.com', name: 'Some Other Name', country: null, kind: 'wire-agency' });
  });

  it('names the file, the line and the field of a bad row', () => {
    expect(() => parseNewsSites(`${header}\ncbc.ca\tCBC News\tCanada\ttelevision`, 'sites.tsv')).toThrow(
      /sites\.tsv line 2 has invalid cells:\n {2}kind: expected one of wire-agency, .*found "television"/,
    );
    expect(() => parseNewsSites(`${header}\nCBC.ca\tCBC News\tCanada\tbroadcaster`, 'sites.tsv')).toThrow(
      /sites\.tsv line 2 has invalid cells:\n {2}site: expected a host name in lower case/,
    );
    expect(() => parseNewsSites(`${header}\ncbc.ca\tCBC News`, 'sites.tsv')).toThrow(
      'sites.tsv line 2: expected 4 tab-separated cells (site, name, country, kind), found 2',
    );
    expect(() => parseNewsSites('site,name,country,kind\n', 'sites.tsv')).toThrow(
      /sites\.tsv: the first line must be the columns/,
    );
  });

  it('refuses a site listed twice, naming both lines', () => {
    const twice = `${header}\ncbc.ca\tCBC News\tCanada\tbroadcaster\ncbc.ca\tCBC\tCanada\tbroadcaster`;
    expect(() => parseNewsSites(twice, 'sites.tsv')).toThrow(
      'sites.tsv line 3: site cbc.ca is already on line 2; keep one row per site',
    );
  });

  it('finds a page’s site by its host or the nearest domain above it, never by a lookalike', () => {
    expect(newsSiteOf('https://english.alarabiya.net/News/world/2023/09/19/x', directory)?.name).toBe('Al Arabiya English');
    expect(newsSiteOf('https://www.alarabiya.net/x', directory)?.name).toBe('Al Arabiya');
    expect(newsSiteOf('https://www.cbc.ca/news/world/x-1.6775431', directory)?.name).toBe('CBC News');
    expect(newsSiteOf('https://notcbc.ca/x', directory)).toBeNull();
    expect(newsSiteOf('not an address', directory)).toBeNull();
  });

  it('names one site per country from a row with {country}, by the country code before the domain', () => {
    const embassies = parseNewsSites(
      `${header}\nchineseembassy.org\tEmbassy of the People's Republic of China in {country}\tChina\tnews-website`,
      'sites.tsv',
    );
    expect(newsSiteOf('http://bb.chineseembassy.org/eng/zgyw/t1375791.htm', embassies)?.name).toBe(
      "Embassy of the People's Republic of China in Barbados",
    );
    expect(newsSiteOf('http://nz.chineseembassy.org/eng/t1158516.htm', embassies)?.name).toBe(
      "Embassy of the People's Republic of China in New Zealand",
    );
    // No code, or one that is no country's: no name rather than "… in {country}".
    expect(newsSiteOf('http://www.chineseembassy.org/eng/', embassies)).toBeNull();
    expect(newsSiteOf('http://xx.chineseembassy.org/eng/', embassies)).toBeNull();
  });

  it('names the outlet of a page from a listed site, kind and country too, for an editor to confirm', () => {
    const result = recognizeOutlet(
      'Putin met Xi in Moscow.',
      { url: 'https://www.cbc.ca/news/world/x' },
      context.outlets,
      directory,
    );
    expect(result.proposed).toMatchObject({
      id: 'cbc-news',
      name: 'CBC News',
      country: 'Canada',
      kind: 'broadcaster',
      source: 'the news-site directory',
    });
    expect(result.outlet).toBe('cbc-news');
    expect(result.review.join(' ')).toMatch(/CBC News is a new outlet, named from the news-site directory/);
    // Without the directory, the address alone gives a guess.
    expect(
      recognizeOutlet('Putin met Xi in Moscow.', { url: 'https://www.cbc.ca/news/world/x' }, context.outlets).proposed?.name,
    ).toBe('Cbc');
  });

  it('leaves a site an outlet entry covers to that entry', () => {
    const result = recognizeOutlet('text', { url: 'https://www.reuters.com/world/x' }, context.outlets, directory);
    expect(result).toMatchObject({ outlet: 'reuters', proposed: null });
  });

  it('is loaded with the content, so ingest knows the committed directory’s sites', () => {
    expect(context.newsSites?.length).toBeGreaterThan(0);
  });
});
