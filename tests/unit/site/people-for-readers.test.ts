import { describe, expect, it } from 'vitest';
import { inIndexOrder, otherSpellingsOf, sortNameOf } from '../../../src/lib/site/people-for-readers.ts';
import { site } from '../../../src/site.config.ts';
import { siteData } from '../../support/site-data.ts';

describe('the people index order', () => {
  it('puts the two leaders first, then everyone by family name, whichever way round it is written', () => {
    expect(inIndexOrder([...siteData.people.values()], site.leaders).map((person) => person.id)).toEqual([
      'vladimir-putin',
      'xi-jinping',
      'sergey-lavrov',
      'dmitry-peskov',
      'yuri-ushakov',
      'wang-yi',
    ]);
  });

  it('sorts by the last word unless the entry gives its sort name', () => {
    expect(sortNameOf({ name: 'Dmitry Peskov' })).toBe('Peskov, Dmitry');
    expect(sortNameOf({ name: 'Wang Yi', sortName: 'Wang Yi' })).toBe('Wang Yi');
    expect(sortNameOf({ name: 'Madonna' })).toBe('Madonna');
  });

  it('shows readers the other spellings, not the parts of the name or a variant that differs by a full stop', () => {
    expect(otherSpellingsOf(siteData.people.get('xi-jinping')!.data)).toEqual([
      'Xi Jin Ping',
      'Shi Jinping',
      'Si Cinpin',
      'Mr Shai',
      'Mr Shay',
      'Mr Shi',
    ]);
  });
});
