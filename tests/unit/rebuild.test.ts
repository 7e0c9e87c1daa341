import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differingFiles } from '../../src/lib/site-build/compare-trees.ts';
import { buildScratch, scratchCopyOfContent } from '../support/build-site.ts';

describe('rebuilding after an editor changes entries', () => {
  it('shows the edited article and drops the deleted one, and renders no more than that took', () => {
    const copy = scratchCopyOfContent();
    // Bodies are shown only where the outlet licenses them, so this copy's RT does.
    const rt = join(copy.content, 'outlets', 'rt.md');
    writeFileSync(
      rt,
      readFileSync(rt, 'utf8').replace(
        /\n---\n/,
        '\nreuse: full\nreuseLicence: a licence for this test\nreuseSource: https://www.rt.com/about-us/\n---\n',
      ),
    );
    expect(buildScratch(copy).code).toBe(0);

    const edited = join(copy.content, 'articles', '2024', 'russia-china-relations-best-ever-putin.md');
    const text = readFileSync(edited, 'utf8');
    writeFileSync(
      edited,
      text
        .replace(/^title: .*$/m, 'title: "Putin and Xi: relations at their best"')
        .replace(/\n\n/, '\n\nAn editor added this sentence to the body.\n\n'),
    );
    rmSync(join(copy.content, 'articles', '2021', 'putin-and-xi-jinping-agree-on-cooperation-between-russia-and.md'));
    const rebuilt = buildScratch(copy);
    expect(rebuilt.code).toBe(0);

    const page = readFileSync(
      join(copy.dist, 'articles', '2024', 'russia-china-relations-best-ever-putin', 'index.html'),
      'utf8',
    );
    expect(page).toMatch(/<h1[^>]*>Putin and Xi: relations at their best<\/h1>/);
    expect(page).toContain('<p>An editor added this sentence to the body.</p>');
    expect(existsSync(join(copy.dist, 'articles', '2021', 'putin-and-xi-jinping-agree-on-cooperation-between-russia-and'))).toBe(
      false,
    );

    // Only what the change touched was rendered again, and the result is what a clean build makes.
    const [written, reused] = /files: (\d+) written, (\d+) reused/.exec(rebuilt.out)!.slice(1).map(Number);
    expect(reused).toBeGreaterThan(written! * 2);
    const clean = buildScratch(copy, { into: 'clean' });
    expect(clean.code).toBe(0);
    expect(differingFiles(copy.dist, clean.dist)).toEqual([]);
  }, 180_000);
});
