import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { groupCoverage } from '../../src/lib/site/coverage-groups.ts';
import { articlePath } from '../../src/lib/site/paths.ts';
import { useSiteInBrowser } from '../support/browser.ts';
import { siteData } from '../support/site-data.ts';

const astanaCoverage = siteData.coverage.get('2024-07-sco-astana')!;
const astanaRussianStateMedia = groupCoverage(astanaCoverage, siteData.outlets).find((group) => group.id === 'russian-state')!;

const site = useSiteInBrowser();

async function openPage(javaScriptEnabled: boolean, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  return context.newPage();
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a reader %s', (_label, javaScriptEnabled) => {
  it('walks home → timeline → meeting → article → tag → outlet', async () => {
    const page = await openPage(javaScriptEnabled);
    await page.goto(site.origin);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Putin and Xi, meeting by meeting');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Timeline of meetings');
    // Newest first, with a jump list to each year's meetings, and the year's heading leads to its page.
    const jumpList = page.getByRole('navigation', { name: 'Jump to a year' });
    await expect(jumpList.getByRole('link').first().textContent()).resolves.toBe('2026');
    await jumpList.getByRole('link', { name: '2024' }).click();
    expect(new URL(page.url()).hash).toBe('#y2024');
    await page.getByRole('heading', { level: 2, name: /^2024/ }).getByRole('link', { name: '2024' }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/2024/');
    await expect(page.getByRole('link', { name: 'Russia-China relations ‘best ever’ – Putin' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'SCO summit in Astana', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/summits/2024-07-sco-astana/');
    await expect(page.getByRole('heading', { name: `Coverage (${astanaCoverage.length})` }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Previous SCO meeting:').isVisible()).resolves.toBe(true);

    await page
      .getByRole('link', { name: 'Putin, Xi meet for second time in as many months on sideline of Eurasian summit' })
      .click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Putin, Xi meet for second time in as many months on sideline of Eurasian summit',
    );
    const about = page.getByRole('complementary', { name: 'About this article' });
    const howWeKnow = page.getByRole('region', { name: 'How we know' });
    await expect(howWeKnow.getByText('Dated by the dateline: July 4 (UPI) --.').isVisible()).resolves.toBe(true);
    await expect(about.getByText('Copied from:').isVisible()).resolves.toBe(true);
    await expect(page.locator('.byline').textContent()).resolves.toMatch(/^\s*Daily Advent\s*, from UPI/);

    await about.getByRole('link', { name: 'SCO', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/tags/sco/');
    await expect(page.getByRole('heading', { name: 'Meetings (9)' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'UPI' }).first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('United Press International');
    await page.context().close();
  });

  it('follows a meeting by RSS and reads a person’s page from an article', async () => {
    const page = await openPage(javaScriptEnabled);
    await page.goto(`${site.origin}/summits/2024-07-sco-astana/`);
    await expect(
      page.getByRole('heading', { name: `Russian state media (${astanaRussianStateMedia.total})` }).isVisible(),
    ).resolves.toBe(true);
    // The coverage bar is drawn in each group's own colour.
    const fills = await page
      .locator('.coverage-bar rect')
      .evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
    expect(fills.length).toBeGreaterThan(1);
    expect(new Set(fills).size).toBe(fills.length);
    expect(fills).not.toContain('rgb(0, 0, 0)');
    const feed = await page.context().request.get(
      await page
        .getByRole('link', { name: 'Follow this meeting’s coverage by RSS' })
        .getAttribute('href')
        .then((href) => site.origin + href),
    );
    expect(await feed.text()).toContain('<title>Russia-China relations ‘best ever’ – Putin</title>');

    await page.goto(`${site.origin}/articles/2021/putin-and-xi-jinping-agree-on-cooperation-between-russia-and/`);
    await page.getByRole('complementary', { name: 'About this article' }).getByRole('link', { name: 'Xi Jinping' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Xi Jinping');
    await expect(page.getByText('Mr Shai', { exact: true }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('filters the timeline to one organization without scripts', async () => {
    const page = await openPage(javaScriptEnabled);
    await page.goto(`${site.origin}/timeline/`);
    await page.getByRole('navigation', { name: 'Filter meetings' }).getByRole('link', { name: 'BRICS' }).click();
    expect(new URL(page.url()).pathname).toBe('/tags/brics/');
    await expect(page.getByRole('heading', { name: 'Meetings (7)' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('sees an estimated date marked and explained', async () => {
    const page = await openPage(javaScriptEnabled);
    await page.goto(`${site.origin}/summits/2021-12-video-call/`);
    const date = page
      .locator('article.item', { hasText: 'Putin and Xi Jinping agree on cooperation between Russia and China' })
      .locator('time.estimated');
    await expect(date.textContent()).resolves.toMatch(/^about 15 December 2021/);
    await expect(date.getAttribute('title')).resolves.toMatch(/^Estimated from a relative phrase in the text: “on Wednesday”/);
    await page.context().close();
  });

  it('shows an excerpt of an article its outlet does not license, and sends the reader to the publisher', async () => {
    const page = await openPage(javaScriptEnabled);
    await page.goto(`${site.origin}/articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline/`);
    const readAt = page.getByRole('link', { name: 'Read at Daily Advent' });
    await expect(readAt.getAttribute('href')).resolves.toBe('http://lite.dailyadvent.com/detail/2b85b45e240704en_ng');
    const shown = (await page.locator('.story .body').textContent()) ?? '';
    const excerpt = (await page.locator('.story .excerpt').textContent()) ?? '';
    expect(excerpt.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(50);
    expect(excerpt).toContain('President Vladimir Putin of Russia met his Chinese counterpart');
    // The rest of UPI's article, and the raw original that holds all of it, stay unpublished.
    expect(shown).not.toContain('We are simply acting in the interests of our people');
    await expect(page.getByRole('link', { name: 'The text as ingested' }).count()).resolves.toBe(0);
    const raw = await page.goto(`${site.origin}/raw/003_1f8ac51139ad1200.txt`);
    expect(raw?.status()).toBe(404);
    await page.context().close();
  });

  it('reads our summary of an article we only record, and follows the link to it at its publisher', async () => {
    const reference = siteData.articles.find(
      (article) => article.data.reference && article.data.summit?.id === '2025-05-state-visit-moscow' && !article.data.agency,
    )!;
    const outlet = siteData.outlets.get(reference.data.outlet!.id)!.data;
    const page = await openPage(javaScriptEnabled);
    await page.goto(`${site.origin}${articlePath(reference.id)}`);
    await expect(page.locator('.story .summary').textContent()).resolves.toBe(reference.data.summary);
    const readAt = page.getByRole('link', { name: `Read at ${outlet.shortName ?? outlet.name}` });
    await expect(readAt.getAttribute('href')).resolves.toBe(reference.data.url);
    await expect(page.getByRole('link', { name: 'The text as ingested' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('gets a real 404 page with a way back', async () => {
    const page = await openPage(javaScriptEnabled);
    const response = await page.goto(`${site.origin}/summits/no-such-meeting/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'timeline' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

/** The figures (maps, charts, coverage bars) of a page that stick out of its width, by class. */
const figuresOutside = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main svg')]
      .filter((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map((svg) => svg.closest('[class]')?.className ?? 'svg');
  });

describe('links to pages', () => {
  it('are set in one family in every list: outlets, tags, people, a meeting’s coverage', async () => {
    const page = await openPage(false);
    const familyOf = async (path: string, selector: string) => {
      await page.goto(site.origin + path);
      return page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link).fontFamily);
    };
    const families = new Set([
      await familyOf('/outlets/', 'main li a'),
      await familyOf('/tags/', 'main li a'),
      await familyOf('/people/', 'main li a'),
      await familyOf('/summits/2024-07-sco-astana/', 'main article a'),
    ]);
    expect(families.size).toBe(1);
    await page.context().close();
  });
});

describe('on a 320 px phone', () => {
  it.each([
    '/',
    '/timeline/',
    '/summits/',
    '/summits/2025-05-state-visit-moscow/',
    '/tags/sco/',
    '/people/vladimir-putin/1/',
    '/articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline/',
  ])('%s does not scroll sideways, and its figures fit', async (path) => {
    const page = await openPage(false, 320);
    await page.goto(site.origin + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await figuresOutside(page)).toEqual([]);
    await page.context().close();
  });
});

describe('printed', () => {
  it.each(['/timeline/', '/summits/2025-05-state-visit-moscow/'])(
    '%s keeps its figures on the page and leaves out the site’s navigation and the figures’ tables',
    async (path) => {
      const page = await openPage(false);
      await page.goto(site.origin + path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('main svg').count()).toBeGreaterThan(0);
      expect(await figuresOutside(page)).toEqual([]);
      await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
      for (const table of await page.locator('.figure-data').all()) await expect(table.isVisible()).resolves.toBe(false);
      await page.context().close();
    },
  );
});
