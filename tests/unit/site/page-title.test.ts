import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/site/page-title.ts';

describe('pageTitle', () => {
  it('adds the site name to a short title', () => {
    expect(pageTitle('Timeline', 'Summitry')).toBe('Timeline · Summitry');
  });

  it('drops the site name when the headline needs the room', () => {
    const headline = 'Putin, Xi meet for second time in as many months on sideline of summit';
    expect(pageTitle(headline, 'Summitry')).toBe(headline);
  });

  it('cuts a headline longer than 70 characters at a word', () => {
    const title = pageTitle(
      'Putin and Xi Jinping agree on cooperation between Russia and China to fight Western pressure on countries',
      'Summitry',
    );
    expect(title).toBe('Putin and Xi Jinping agree on cooperation between Russia and China to…');
    expect(title.length).toBeLessThanOrEqual(71);
  });
});
