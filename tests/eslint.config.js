// ESLint flat config, kept under tests/ so the top level holds only what the project's shape names.
// Run from the project root: `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '*.building/', '*.previous/', '**/.astro/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // Unused names prefixed with _ are deliberate (a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // date-fns's index loads all of its 250 functions: 0.9 s and 340 MB on every ingest start.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'date-fns',
              message: "Import each function from its own module, e.g. 'date-fns/format'.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // Scripts the pages load as files (the Content-Security-Policy allows no inline script) run in the browser.
  {
    files: ['public/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', location: 'readonly', URLSearchParams: 'readonly', fetch: 'readonly' },
    },
  },
);
