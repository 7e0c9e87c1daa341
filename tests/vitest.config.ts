import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    globalSetup: ['tests/support/scratch-tmpdir.ts'],
    projects: [
      // West of UTC, so a date formatted in the machine's zone instead of the site's shows the wrong day.
      {
        // CLI and build tests start Node processes, slow when both cores are busy.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { TZ: 'America/Los_Angeles' }, testTimeout: 60_000 },
      },
      // Site tests read the built dist/ and drive Chromium; they run after `npm run build`.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
