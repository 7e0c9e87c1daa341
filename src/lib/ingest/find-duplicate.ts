/**
 * The same story arriving from two sites: wire copies differ in chrome and trimming but share
 * most of their sentences. Stories are compared by their five-word shingles, only against
 * entries about the same meeting (or, without one, published the same day), so the check stays
 * cheap as the archive grows.
 */

/** An ingested story as the index keeps it. */
interface IndexedStory {
  id: string;
  checksum: string;
  shingles: Set<string>;
}

const shingleWords = 5;
/** Share of shingles two texts must have in common to be one story. */
const sameStory = 0.6;

/** Five-word windows of a text, lower-cased, punctuation ignored. */
export function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<string>();
  for (let i = 0; i + shingleWords <= words.length; i += 1) found.add(words.slice(i, i + shingleWords).join(' '));
  return found;
}

/** Jaccard similarity of two shingle sets. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The archive's stories, grouped by the meeting or day they belong to. */
export class StoryIndex {
  readonly #groups = new Map<string, IndexedStory[]>();

  /** Adds an entry; `key` is its summit id or publication day. */
  add(key: string, id: string, checksum: string, body: string): void {
    const group = this.#groups.get(key) ?? this.#groups.set(key, []).get(key)!;
    group.push({ id, checksum, shingles: shinglesOf(body) });
  }

  /** The id of an earlier entry with the same story, if any; a file never duplicates itself. */
  findDuplicate(key: string, checksum: string, body: string): string | null {
    const shingles = shinglesOf(body);
    const match = (this.#groups.get(key) ?? []).find(
      (story) => story.checksum !== checksum && overlap(story.shingles, shingles) >= sameStory,
    );
    return match?.id ?? null;
  }
}

/** The group a story belongs to: its meeting, else its publication day, else none. */
export function storyKey(summit: string | null, published: Date | null): string {
  return summit ?? published?.toISOString().slice(0, 10) ?? 'undated';
}
