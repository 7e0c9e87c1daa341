// @ts-check
// The bare Astro baseline for `npm run bench`: the same page set as Summitry with minimal
// templates, default markdown processor, no integrations. It shows what Astro itself costs.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', build: { format: 'directory' } });
