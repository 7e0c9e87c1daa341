import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScratch, scratchCopyOfContent } from '../support/build-site.ts';

const article = join('articles', '2024', 'russia-china-relations-best-ever-putin.md');

/** Builds the site from a copy of content/ with one article changed. */
function buildWith(change: (text: string) => string) {
  const copy = scratchCopyOfContent();
  const path = join(copy.content, article);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return buildScratch(copy);
}

describe('a malformed entry', () => {
  it.each([
    [
      'a bad date',
      (text: string) => text.replace('published: 2024-07-04', 'published: 2024-13-45'),
      'published: expected a date written YYYY-MM-DD, such as 2024-07-04, found "2024-13-45"',
    ],
    [
      'an unknown summit id',
      (text: string) => text.replace('summit: 2024-07-sco-astana', 'summit: 2024-07-sco-astanaa'),
      'summit: no summits entry "2024-07-sco-astanaa"',
    ],
    [
      'frontmatter that is not YAML',
      (text: string) => text.replace(/^title: .*$/m, 'title: "an unclosed quote'),
      'has invalid frontmatter near line 2: unexpected end of the stream within a double quoted scalar. Fix the YAML',
    ],
    ['a misspelt field', (text: string) => text.replace('estimated: false', 'estimatd: false'), 'unknown field "estimatd"'],
  ])(
    'with %s fails the build with a message naming the file and the field',
    (_case, change, message) => {
      const { code, err } = buildWith(change);
      expect(code).toBe(1);
      expect(err).toContain('Build failed');
      expect(err).toContain('russia-china-relations-best-ever-putin.md');
      expect(err).toContain(message);
      expect(err).not.toMatch(/^\s+at /m);
    },
    120_000,
  );
});
