import { describe, expect, it } from 'vitest';
import { parseKnownFor } from '../../../src/lib/registry/known-for.ts';

const header = 'meeting\tphrase';
const meetings = new Set(['2019-06-state-visit-moscow', '2018-06-state-visit-beijing']);

describe('the known-for table', () => {
  it('gathers each meeting’s phrases', () => {
    const table = [header, '2019-06-state-visit-moscow\tpanda', '2019-06-state-visit-moscow\tMoscow Zoo', ''].join('\n');
    expect(parseKnownFor(table, 'known-for.tsv', meetings)).toEqual(
      new Map([['2019-06-state-visit-moscow', ['panda', 'Moscow Zoo']]]),
    );
  });

  it('names the file, the line and the fix for a meeting with no summit entry', () => {
    expect(() => parseKnownFor(`${header}\n2019-06-state-visit-msocow\tpanda`, 'known-for.tsv', meetings)).toThrow(
      'known-for.tsv line 2: meeting "2019-06-state-visit-msocow" has no entry in content/summits/; use the id of a summit entry',
    );
  });

  it('refuses a phrase too short to single anything out, and one listed twice', () => {
    expect(() => parseKnownFor(`${header}\n2019-06-state-visit-moscow\tZo`, 'known-for.tsv', meetings)).toThrow(
      /known-for\.tsv line 2 has invalid cells:\n {2}phrase: must be at least 3 characters/,
    );
    const twice = [header, '2019-06-state-visit-moscow\tpanda', '2019-06-state-visit-moscow\tPanda'].join('\n');
    expect(() => parseKnownFor(twice, 'known-for.tsv', meetings)).toThrow(
      'known-for.tsv line 3: "Panda" is already listed for 2019-06-state-visit-moscow; keep one row',
    );
  });

  it('names the columns a bad header should have', () => {
    expect(() => parseKnownFor('meeting,phrase\n', 'known-for.tsv', meetings)).toThrow(
      'known-for.tsv: the first line must be the columns meeting, phrase, separated by tabs',
    );
  });
});
