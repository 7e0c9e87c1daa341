/** People an article names, by their canonical entries, through names, aliases and known mistranslations. */
import type { PersonData } from '../schema.ts';
import { anyOf } from './phrase-pattern.ts';

/** A person entry as matching needs it. */
export type KnownPerson = Pick<PersonData, 'name' | 'aliases'> & { id: string };

const patterns = new WeakMap<KnownPerson, RegExp>();

/** One pattern per person for all their names, built once. */
function patternOf(person: KnownPerson): RegExp {
  return patterns.get(person) ?? patterns.set(person, anyOf([person.name, ...person.aliases])).get(person)!;
}

/** Ids of the people named in the text, in order of first appearance. */
export function findPeople(text: string, people: readonly KnownPerson[]): string[] {
  return people
    .map((person) => ({ id: person.id, at: text.search(patternOf(person)) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.id);
}

const honorific = /\b(?:Mr|Mrs|Ms)\.? ([A-Z][a-z]+)\b/g;

/** "Mr Shai" and the like that match no known person: often a machine translation of a name. */
export function findUnknownHonorifics(text: string, people: readonly KnownPerson[]): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(honorific)) {
    if (!people.some((person) => patternOf(person).test(match[0]) || patternOf(person).test(match[1]!))) unknown.add(match[0]);
  }
  return [...unknown];
}
