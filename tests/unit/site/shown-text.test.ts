import { describe, expect, it } from 'vitest';
import { outletSchema } from '../../../src/lib/schema.ts';
import { cutToWords, excerptWords, listingText, shownText } from '../../../src/lib/site/shown-text.ts';

const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');

describe('what an article page shows of a third party’s text', () => {
  it('shows the whole text only where the writer licenses it', () => {
    expect(shownText({ excerpt: long, summary: null, reference: false }, 'full')).toEqual({ full: true });
  });

  it.each([['excerpt' as const], [undefined]])('shows at most 50 words otherwise (reuse %s)', (reuse) => {
    const shown = shownText({ excerpt: long, summary: null, reference: false }, reuse);
    expect(shown.full).toBe(false);
    const words = 'excerpt' in shown ? shown.excerpt.split(' ') : [];
    expect(words).toHaveLength(excerptWords);
    expect(words.at(-1)).toBe('word49…');
  });

  it('shows our summary rather than an excerpt when an editor wrote one, and a reference only ever its summary', () => {
    const summary = 'Xi and Putin met in Astana and praised their ties.';
    expect(shownText({ excerpt: long, summary, reference: false }, 'excerpt')).toEqual({ full: false, summary });
    expect(shownText({ excerpt: summary, summary, reference: true }, 'full')).toEqual({ full: false, summary });
  });

  it('keeps a short excerpt whole, and ends a cut one without a dangling comma', () => {
    expect(cutToWords('Putin met Xi.', 50)).toBe('Putin met Xi.');
    expect(cutToWords('Putin met Xi, in Astana', 3)).toBe('Putin met Xi…');
  });
});

describe('the words that stand for an article in listings, feeds and meta descriptions', () => {
  it('are our summary, else the excerpt cut to 50 words', () => {
    expect(listingText({ excerpt: long, summary: 'Our words.' })).toBe('Our words.');
    expect(listingText({ excerpt: long, summary: null }).split(' ')).toHaveLength(excerptWords);
  });
});

describe('an outlet’s reuse policy', () => {
  const outlet = {
    name: 'Open Wire',
    url: null,
    country: null,
    kind: 'news-website',
    affiliation: 'unknown',
    affiliationSource: null,
  };

  it('defaults to an excerpt', () => {
    expect(outletSchema().parse(outlet).reuse).toBe('excerpt');
  });

  it('allows the full text only with the licence and the page that states it', () => {
    expect(outletSchema().safeParse({ ...outlet, reuse: 'full' }).error?.issues[0]?.message).toContain(
      '`reuse: full` needs the `reuseLicence` that allows it and the `reuseSource` page that states it',
    );
    const licensed = { ...outlet, reuse: 'full', reuseLicence: 'CC BY 4.0', reuseSource: 'https://open-wire.example/licence' };
    expect(outletSchema().parse(licensed).reuse).toBe('full');
  });
});
