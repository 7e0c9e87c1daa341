import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

// One page of every type.
const pages = [
  '/',
  '/timeline/',
  '/timeline/2024/',
  '/summits/',
  '/summits/2024-07-sco-astana/',
  '/summits/2014-03-phone-call/',
  '/tags/',
  '/tags/sco/',
  '/articles/2022/kremlin-spokesman-dmitry-peskov-stated-that-russia-and-china/',
  '/outlets/',
  '/outlets/upi/',
  '/people/',
  '/people/yuri-ushakov/',
  '/search/',
  '/no-such-page/',
];

const site = useSiteInBrowser();

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(pages)('%s has no WCAG 2.2 AA violations', async (path) => {
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(site.origin + path);
    // Evaluated, not added as an inline script tag, which the pages' Content-Security-Policy refuses.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
