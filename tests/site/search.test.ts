import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
import { siteData } from '../support/site-data.ts';

const site = useSiteInBrowser();

/** Searches on the search page and returns the result titles. */
async function search(term: string): Promise<string[]> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/`);
  await page.getByRole('textbox', { name: 'Search' }).fill(term);
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
  await page.close();
  return titles;
}

// Pagefind's own API over every part of the index, merged as the search page merges them.
const mergedIndex = `const { bundles } = await (await fetch('/search-parts.json')).json();
    const pagefind = await import(bundles[0] + 'pagefind.js');
    await pagefind.options({ bundlePath: bundles[0] });
    for (const bundlePath of bundles.slice(1)) await pagefind.mergeIndex(bundlePath);`;

/** Asks the built index directly, through Pagefind's own API, for the titles of every match. */
async function searchIndex(term: string, filters: Record<string, string> = {}): Promise<string[]> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/`);
  // A string, so the test runner's transform leaves the browser's own import() alone.
  const titles: string[] = await page.evaluate(`(async () => {
    ${mergedIndex}
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(found.results.map(async (result) => (await result.data()).meta.title));
  })()`);
  await page.close();
  return titles.sort();
}

describe('search', () => {
  it('finds every article naming Xi Jinping by "Xi Jinping", "Xi" and the mistranslation "Mr Shai"', async () => {
    const [full, short, mistranslated] = await Promise.all(
      ['Xi Jinping', 'Xi', 'Mr Shai'].map((term) => searchIndex(term, { type: 'Article' })),
    );
    const namingXi = siteData.articles
      .filter((article) => article.data.people.some((person) => person.id === 'xi-jinping'))
      .map((article) => article.data.title);
    expect(full).toEqual(namingXi.sort());
    expect(mistranslated).toEqual(full);
    // "Xi" also finds a page whose text says only "Xi", which its labels do not count as naming him.
    expect(short).toEqual(expect.arrayContaining(full!));
  });

  it('shows a page’s own summary, not its list of other names, when the match is among those names', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Nur-Sultan');
    await page.locator('.pagefind-ui__result-excerpt').first().waitFor();
    const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
    const tags = await page.locator('.pagefind-ui__result-tags').allTextContents();
    await page.close();
    expect(tags.join('')).not.toContain('Astana, Kazakhstan');
    expect(excerpts).toContain('Astana, Kazakhstan, 3 July 2024.');
    // The articles about that meeting, which print "Astana", show readable text too.
    expect(excerpts).toHaveLength(5);
    for (const excerpt of excerpts) expect(excerpt.split(' · ').length).toBeLessThan(3);
    expect(excerpts.join('\n')).not.toMatch(/Poutine|Nursultan|SHOS/);
  });

  it('highlights the word searched for, not the punctuation after it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Astana');
    await page.locator('.pagefind-ui__result-excerpt mark').first().waitFor();
    const marked = await page.locator('.pagefind-ui__result-excerpt mark').allTextContents();
    await page.close();
    expect(marked).toContain('Astana');
    expect(marked.filter((word) => /[,.;:!?)”’"']$/.test(word))).toEqual([]);
  });

  it('lists in its meeting filter only meetings with articles, each after its year and month', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    const meetings: Record<string, number> = await page.evaluate(`(async () => {
      ${mergedIndex}
      return (await pagefind.filters()).meeting;
    })()`);
    await page.close();
    const values = Object.keys(meetings);
    expect(values.length).toBe(siteData.coverage.size);
    expect(values.every((value) => /^20\d\d-\d\d · /.test(value))).toBe(true);
    expect(values).toContain('2024-07 · SCO summit in Astana');
    expect(values).toContain('2017-06 · SCO summit in Astana');
  });

  it('shows each result’s kind, date and outlet under it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Eurasian intergovernmental');
    const result = page
      .locator('.pagefind-ui__result')
      .filter({ hasText: 'Putin, Xi meet for second time in as many months on sideline of Eurasian summit' });
    await result.first().waitFor();
    const tags = (await result.first().locator('.pagefind-ui__result-tag').allTextContents()).join(' | ');
    await page.close();
    expect(tags).toContain('Article');
    expect(tags).toContain('4 July 2024');
    expect(tags).toContain('Daily Advent, from UPI');
  });

  it('finds the Astana meeting by the city’s former name, Nur-Sultan', async () => {
    expect(await search('Nur-Sultan')).toContain('SCO summit in Astana (July 2024)');
  });

  it('indexes articles and meetings, not the site’s navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Skip');
    await page
      .locator('.pagefind-ui__message')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/No results/);
    await page.close();
  });

  it('filters results by outlet', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    const box = page.getByRole('textbox', { name: 'Search' });
    await box.fill('Putin');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // Pagefind shows its filters once they have loaded; a search typed before that (a busy
    // machine) shows none until the next one, as a reader typing on would see.
    const outletFilter = page.locator('.pagefind-ui__filter-name', { hasText: 'outlet' });
    let retyped = 0;
    await expect
      .poll(
        async () => {
          // A changed query ("Putin", "Putin ") searches again.
          if ((await outletFilter.count()) === 0) await box.fill(`Putin${' '.repeat(++retyped % 2)}`);
          return outletFilter.count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    await outletFilter.click();
    await page.getByLabel('United Press International').check();
    const byUpi = siteData.articlesByOutlet.get('upi')!.map((article) => article.data.title);
    expect(byUpi).toContain('Putin, Xi meet for second time in as many months on sideline of Eurasian summit');
    await expect
      .poll(async () => (await page.locator('.pagefind-ui__result-link').allTextContents()).sort())
      .toEqual(byUpi.sort());
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations with results shown, %s theme', async (colorScheme) => {
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('textbox', { name: 'Search' }).fill('Astana');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // Evaluated, not added as an inline script tag, which the pages' Content-Security-Policy refuses.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
