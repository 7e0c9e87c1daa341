/** Tags: which ones a meeting carries, and what each is called. */
import { kindLabels } from './labels.ts';
import type { SummitData } from './schema.ts';
import { slugify } from './slugify.ts';
import { topics } from './topics.ts';

type TaggedSummit = Pick<SummitData, 'organization' | 'kind' | 'country'>;

/** A meeting's tags: its organization, its kind and the country it took place in. */
export function summitTags(summit: TaggedSummit): string[] {
  return [summit.organization, summit.kind, summit.country]
    .filter((value): value is string => value !== null)
    .map((value) => slugify(value));
}

/** Every tag's display name, from the meetings (organizations, countries) and the topic table. */
export function tagLabels(summits: readonly TaggedSummit[]): Map<string, string> {
  const labels = new Map<string, string>(Object.entries(kindLabels).map(([kind, label]) => [kind, label]));
  for (const summit of summits) {
    for (const name of [summit.organization, summit.country]) {
      if (name !== null) labels.set(slugify(name), name);
    }
  }
  for (const topic of topics) labels.set(topic.tag, topic.label);
  return labels;
}

/** Tags that filter the timeline: every kind of meeting, then organizations, most meetings first. */
export function timelineFilters(summits: readonly TaggedSummit[]): string[] {
  const kinds = [...new Set(summits.map((summit) => summit.kind))];
  const counts = new Map<string, number>();
  for (const { organization } of summits) if (organization) counts.set(organization, (counts.get(organization) ?? 0) + 1);
  const organizations = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => slugify(name));
  return [...kinds, ...organizations];
}
