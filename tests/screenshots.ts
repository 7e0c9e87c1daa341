/**
 * `npm run screenshots [-- PATH...]`: photographs every page type of the built site (or the
 * pages named) at 375 and 1280 px, in light and dark, into test-results/screenshots/ for a person
 * to look at. `SUMMITRY_DIST=DIR` photographs another build, such as a benchmark's kept output.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './support/browser.ts';
import { serveDist } from './support/serve-dist.ts';

const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        '/',
        '/timeline/',
        '/timeline/2024/',
        '/summits/',
        '/summits/2024-07-sco-astana/',
        '/tags/',
        '/tags/sco/',
        '/articles/2024/putin-xi-meet-for-second-time-in-as-many-months-on-sideline/',
        '/outlets/upi/',
        '/outlets/',
        '/people/xi-jinping/',
        '/nowhere/',
      ];
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist(process.env['SUMMITRY_DIST']);
const browser = await launchChromium();
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    for (const path of pages) {
      await page.goto(server.origin + path);
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      // Long pages are cut at 2,400 px: the top is what a reader sees first, and a taller image is unreadable.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const clip = { x: 0, y: 0, width, height: Math.min(height, 2400) };
      await page.screenshot({ path: `${out}/${name}-${width}-${colorScheme}.png`, fullPage: true, clip });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
