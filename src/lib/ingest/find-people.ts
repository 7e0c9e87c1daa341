/** People an article names, by their canonical entries, through names, aliases and known mistranslations. */
import type { PersonData } from '../schema.ts';
import { anyOf, escapeForPattern } from './phrase-pattern.ts';

/** A person entry as matching needs it. */
export type KnownPerson = Pick<PersonData, 'name' | 'aliases'> & { id: string };

const patterns = new WeakMap<KnownPerson, RegExp>();
const gluedWords = /(?:and|the|in|on|of|to|at|for|who|said|says|has|had|was|is|will)\b/;
const anyCasePatterns = new WeakMap<KnownPerson, RegExp>();
/** Names this long are no other word in any case ("vladimir putin" in a lower-case transcript); "Xi" in lower case may be. */
const anyCaseLength = 5;

/** One pattern per person for all their names, built once. */
function patternOf(person: KnownPerson): RegExp {
  return patterns.get(person) ?? patterns.set(person, anyOf([person.name, ...person.aliases])).get(person)!;
}

function anyCasePatternOf(person: KnownPerson): RegExp {
  const known = anyCasePatterns.get(person);
  if (known) return known;
  const long = [person.name, ...person.aliases].filter((name) => name.length >= anyCaseLength);
  // A full name may be glued to the next word on a scraped page ("Vladimir Putinand"); only a
  // short word of the sentence may follow, since "Wang Yiwei" is someone else.
  const glued = long.filter((name) => name.includes(' ')).map(escapeForPattern);
  const pattern =
    long.length === 0
      ? /(?!)/
      : new RegExp(
          `${anyOf(long, 'i').source}${glued.length > 0 ? `|(?<![\\w-])(?:${glued.join('|')})(?=${gluedWords.source})` : ''}`,
          'i',
        );
  return anyCasePatterns.set(person, pattern).get(person)!;
}

/** Where the text first names the person, or -1. */
function firstMention(text: string, person: KnownPerson): number {
  const found = [text.search(patternOf(person)), text.search(anyCasePatternOf(person))].filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** Ids of the people named in the text, in order of first appearance. */
export function findPeople(text: string, people: readonly KnownPerson[]): string[] {
  // "Xi-Putin talks" names both: a hyphen between two names is no part of either.
  const spaced = text.replace(/(\p{Lu}\p{Ll}+)-(?=\p{Lu}\p{Ll})/gu, '$1 ');
  return people
    .map((person) => ({ id: person.id, at: firstMention(spaced, person) }))
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
