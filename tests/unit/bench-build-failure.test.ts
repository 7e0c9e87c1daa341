import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBuildFailure } from '../../src/lib/bench/build-failure.ts';

describe('the reason the benchmark gives for a failed build', () => {
  it('names Astro’s error and its cause, not the documentation link', () => {
    // The end of bare Astro's output at 50,000 articles (tests/bench/baseline).
    const output = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bench', 'astro-data-store-failure.txt'), 'utf8');
    expect(describeBuildFailure(output)).toBe('UnknownFilesystemError, caused by: Invalid string length');
  });

  it('falls back to the last line that mentions an error', () => {
    expect(describeBuildFailure('building…\nTypeError: x is not a function\n    at f (a.js:1:1)\n')).toBe(
      'TypeError: x is not a function',
    );
  });
});
