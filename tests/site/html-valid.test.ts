import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distRoot, htmlFiles } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta />; both forms are valid HTML.
    'void-style': 'off',
    // Headlines come from the outlets and keep their own punctuation and spacing.
    'no-trailing-whitespace': 'off',
  },
});

describe('the built HTML', () => {
  it.each(htmlFiles)('%s validates', async (file) => {
    const report = await validator.validateFile(join(distRoot, file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
