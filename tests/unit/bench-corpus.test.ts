import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/lib/bench/synthetic-corpus.ts';

describe('the benchmark corpus', () => {
  it('is the same on every run', () => {
    expect(syntheticCorpus(20)).toEqual(syntheticCorpus(20));
  });

  it('has 200 meetings over 25 years, outlets, people and the raw articles asked for', () => {
    const files = syntheticCorpus(30);
    const count = (folder: string) => files.filter((file) => file.path.startsWith(folder)).length;
    expect([count('content/summits/'), count('content/outlets/'), count('content/people/'), count('inbox/')]).toEqual([
      200, 40, 2, 30,
    ]);
    const years = new Set(
      files.filter((file) => file.path.startsWith('content/summits/')).map((file) => file.path.slice(16, 20)),
    );
    expect(years.size).toBeGreaterThanOrEqual(24);
  });

  it('writes articles of about 7 KB with a date field, an outlet marker, quotes and a subheading', () => {
    const article = syntheticCorpus(1).find((file) => file.path.startsWith('inbox/'))!.text;
    expect(article.length).toBeGreaterThan(3000);
    expect(article).toMatch(/^date \d{4}-\d{2}-\d{2}\n/);
    expect(article).toMatch(/newsdesk\d+\.example/);
    expect(article).toMatch(/," Putin said\./);
    expect(article).toContain('\n\nTrade and energy\n\n');
  });
});
