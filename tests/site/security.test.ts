import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/lib/site/content-security-policy.ts';
import { useSiteInBrowser } from '../support/browser.ts';
import { htmlFiles, readPage } from '../support/dist.ts';
import { findLiveMarkup } from '../support/live-markup.ts';

const site = useSiteInBrowser();

/** Opens a page, recording every Content-Security-Policy violation and script error on it. */
async function openWatched(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    // The not-found page is served with status 404, which the console reports as a failed load.
    const pageItself = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (message.type() === 'error' && !pageItself) errors.push(`console: ${message.text()}`);
  });
  // Injected by the browser itself, so the policy under test does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  await page.goto(site.origin + path);
  const problems = async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)),
  ];
  return { page, problems };
}

describe('the Content-Security-Policy', () => {
  it.each([
    '/',
    '/articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline/',
    '/summits/2024-07-sco-astana/',
    '/outlets/upi/',
    '/no-such-page/',
  ])('%s loads with nothing blocked', async (path) => {
    const { page, problems } = await openWatched(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').count()).resolves.toBe(1);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('lets search run under it, with nothing blocked', async () => {
    const { page, problems } = await openWatched('/search/');
    await page.getByRole('textbox', { name: 'Search' }).fill('Astana');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('stops a script injected into a page from running', async () => {
    const { page, problems } = await openWatched('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).not.toContain('unsafe-inline');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'https://tracker.example/pixel.gif');
      document.body.append(image);
    });
    await expect.poll(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src.* blocked inline$/)]));
    expect(await problems()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^img-src blocked https:\/\/tracker\.example/)]),
    );
    await expect(page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).resolves.toBeUndefined();
    await page.close();
  });
});

describe('every built page', () => {
  it('carries the policy, before anything it governs', () => {
    const without = htmlFiles.filter((file) => {
      const head = readPage(file).split('<title>')[0]!;
      return !head.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`);
    });
    expect(without).toEqual([]);
  });

  it('runs only the site’s own script files, with no event handler or unsafe address', () => {
    const live = htmlFiles.flatMap((file) =>
      findLiveMarkup(readPage(file), ['/pagefind/meetings/pagefind-ui.js', '/search-page.js']).map(
        (found) => `${file}: ${found}`,
      ),
    );
    expect(live).toEqual([]);
  });
});
