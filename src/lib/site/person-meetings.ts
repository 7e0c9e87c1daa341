/** The meetings a person page lists. */
import type { SiteData, SummitEntry } from './site-data.ts';

/** Every meeting for one of the two leaders; for anyone else, the meetings their coverage is about. */
export function meetingsOf(
  personId: string,
  leader: boolean,
  data: Pick<SiteData, 'summits' | 'articlesByPerson' | 'summitsById'>,
): SummitEntry[] {
  if (leader) return data.summits;
  const ids = new Set(
    (data.articlesByPerson.get(personId) ?? []).flatMap((article) => (article.data.summit ? [article.data.summit.id] : [])),
  );
  return data.summits.filter((summit) => ids.has(summit.id));
}
