/** Tags: which ones a meeting carries, and what each is called. */
import { kindLabels } from './labels.ts';
import type { SummitData, SummitKind } from './schema.ts';
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

/** The kind a tag stands for, when it is a kind tag. */
export function kindOfTag(tag: string): SummitKind | undefined {
  return tag in kindLabels ? (tag as SummitKind) : undefined;
}
