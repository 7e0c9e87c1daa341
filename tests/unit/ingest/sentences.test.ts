import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

describe('splitSentences', () => {
  it('does not end a sentence at a title or a month’s abbreviation', () => {
    expect(splitSentences('Mr. Xi met Putin on Jan. 5 in Moscow. They talked.')).toEqual([
      'Mr. Xi met Putin on Jan. 5 in Moscow.',
      'They talked.',
    ]);
  });

  it('ends a sentence where a page lost the space after the full stop, but not inside "U.S."', () => {
    expect(splitSentences('They met on Wednesday.In the meeting, Xi spoke of the U.S.Treasury.')).toEqual([
      'They met on Wednesday.',
      'In the meeting, Xi spoke of the U.S.Treasury.',
    ]);
  });
});
