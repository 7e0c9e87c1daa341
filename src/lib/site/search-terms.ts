/**
 * Words a search should find a page by that the page itself may not print: every alias of the
 * people an article names ("Mr Shai" for Xi Jinping) and every other name of a meeting's city
 * and organization ("Nur-Sultan" for Astana, "Shanghai Cooperation Organisation" for SCO).
 */
import { cityAliases, organizationAliases } from '../ingest/vocabulary.ts';
import type { PersonData, SummitData } from '../schema.ts';

/** Other names of a meeting's place and organization. */
export function summitSearchTerms(summit: Pick<SummitData, 'city' | 'organization'>): string[] {
  return [
    ...(summit.city ? (cityAliases[summit.city] ?? []) : []),
    ...(summit.organization ? (organizationAliases[summit.organization] ?? []) : []),
  ];
}

/** Every name of the people an article names, and the other names of its meeting. */
export function articleSearchTerms(
  people: readonly Pick<PersonData, 'name' | 'aliases'>[],
  summit: Pick<SummitData, 'city' | 'organization'> | null,
): string[] {
  return [
    ...new Set([...people.flatMap((person) => [person.name, ...person.aliases]), ...(summit ? summitSearchTerms(summit) : [])]),
  ];
}
