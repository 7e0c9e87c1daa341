/** Debian's Chromium, headless, through playwright-core: no browser is ever downloaded. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type DistServer } from './serve-dist.ts';

/** Flags that keep Chromium quiet on a machine with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium from $CHROMIUM_PATH or /usr/bin/chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: chromiumArgs });
}

/** The built site served on localhost and a browser to read it, for one test file. */
export interface SiteSession {
  origin: string;
  browser: Browser;
}

/** Starts the server and Chromium before the file's tests and stops both after them. */
export function useSiteInBrowser(): SiteSession {
  const session = {} as SiteSession;
  let server: DistServer | undefined;
  beforeAll(async () => {
    server = await serveDist();
    session.origin = server.origin;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
