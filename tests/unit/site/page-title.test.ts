import { describe, expect, it } from 'vitest';
import { pageTitle, writtenLength } from '../../../src/lib/site/page-title.ts';

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
    expect(title.length).toBeLessThanOrEqual(70);
  });

  it('counts an apostrophe as the HTML writes it (&#39;), so the written title stays within 70', () => {
    const headline = "China's new leader welcomes Russia's Putin as a friend";
    expect(pageTitle(headline, 'Summitry')).toBe(headline);
    const long = pageTitle(
      "Xi's 'strategic' talks with Putin: Beijing's and Moscow's leaders meet in the Kremlin's hall",
      'Summitry',
    );
    expect(writtenLength(long)).toBeLessThanOrEqual(70);
    expect(long.endsWith('…')).toBe(true);
  });

  it('cuts a title of one long word by characters', () => {
    expect(writtenLength(pageTitle('x'.repeat(200), 'Summitry'))).toBeLessThanOrEqual(70);
  });
});
