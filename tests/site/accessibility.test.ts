import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';

// One page of every type.
const pages = [
  '/',
  '/timeline/',
  '/summits/',
  '/summits/2024-07-sco-astana/',
  '/summits/2014-03-phone-call/',
  '/tags/',
  '/tags/sco/',
  '/articles/2022/kremlin-spokesman-dmitry-peskov-stated-that-russia-and-china/',
  '/outlets/',
  '/outlets/upi/',
  '/no-such-page/',
];

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it.each(pages)('%s has no WCAG 2.2 AA violations', async (path) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(server.origin + path);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
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
