/** People as readers see them: the index order (the two leaders first, then by family name) and the spellings worth showing. */
import type { PersonData } from '../schema.ts';

/** "Peskov, Dmitry" for Dmitry Peskov; a given sortName ("Wang Yi") as it is. */
export function sortNameOf(person: Pick<PersonData, 'name' | 'sortName'>): string {
  if (person.sortName) return person.sortName;
  const words = person.name.trim().split(/\s+/);
  return words.length > 1 ? `${words.at(-1)}, ${words.slice(0, -1).join(' ')}` : person.name;
}

/** People entries in index order, the leaders (by id, in the order given) ahead of the rest. */
export function inIndexOrder<T extends { id: string; data: Pick<PersonData, 'name' | 'sortName'> }>(
  people: readonly T[],
  leaders: readonly string[],
): T[] {
  const rank = (person: T) => {
    const leader = leaders.indexOf(person.id);
    return leader === -1 ? leaders.length : leader;
  };
  return [...people].sort((a, b) => rank(a) - rank(b) || sortNameOf(a.data).localeCompare(sortNameOf(b.data), 'en'));
}

/**
 * The other spellings worth showing a reader: not the parts of the name itself ("Xi",
 * "Jinping"), and one of each that differs only by full stops ("Mr Shai", "Mr. Shai").
 */
export function otherSpellingsOf(person: Pick<PersonData, 'name' | 'aliases'>): string[] {
  const parts = new Set(person.name.toLowerCase().split(/\s+/));
  const seen = new Set<string>();
  return person.aliases.filter((alias) => {
    const key = alias.toLowerCase().replaceAll('.', '').replace(/\s+/g, ' ').trim();
    if (parts.has(key) || key === person.name.toLowerCase() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
