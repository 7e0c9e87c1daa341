import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/dist.ts';

// The site's own stylesheets (Pagefind's interface brings its own, under /pagefind/).
const stylesheets = readdirSync(join(distRoot, '_astro')).filter((file) => file.endsWith('.css'));
const css = stylesheets.map((file) => readFileSync(join(distRoot, '_astro', file), 'utf8')).join('\n');

describe('the type scale', () => {
  it('sets every font size on the site to one of its steps, so sizes stay few and in proportion', () => {
    const sizes = [...css.matchAll(/font-size:\s*([^;}]+)/g)].map((match) => match[1]!.trim());
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((size) => !/^var\(--step--?\d\)$/.test(size))).toEqual([]);
  });

  it('grows by step, from labels to page titles', () => {
    const step = (name: string) => new RegExp(`--step-${name}:\\s*([\\d.]+)rem`).exec(css)?.[1];
    const steps = ['-2', '-1', '0', '1', '2', '3'].map((name) => Number(step(name)));
    expect(steps.every((size, index) => index === 0 || size > steps[index - 1]!)).toBe(true);
    expect(css).toMatch(/--step-4:\s*clamp\(/);
  });
});
