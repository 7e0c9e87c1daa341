import { describe, expect, it } from 'vitest';
import { evalFiles, evaluate, expected } from '../../eval/evaluate.ts';

describe('the labelled evaluation set', () => {
  it('labels every article', () => {
    expect(evalFiles.filter((name) => !expected[name])).toEqual([]);
    expect(evalFiles.length).toBeGreaterThanOrEqual(40);
  });

  it.each(evalFiles)('ingests %s as labelled', (name) => {
    const wrong = evaluate(name).filter((verdict) => !verdict.right);
    expect(wrong.map(({ field, got, want }) => ({ field, got, want }))).toEqual([]);
  });
});
