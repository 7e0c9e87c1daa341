/**
 * The same story arriving from two sites: wire copies differ in chrome and trimming but share
 * most of their sentences. Each story is summarised by a MinHash signature of its five-word
 * shingles, whose agreement estimates how much two texts share, and compared only with entries
 * about the same meeting (or, without one, published the same day), so the check stays cheap
 * however large the archive grows.
 */
import { isoDayOf } from '../utc-days.ts';

/** An ingested story as the index keeps it. */
interface IndexedStory {
  id: string;
  checksum: string;
  signature: Uint32Array;
}

const shingleWords = 5;
const signatureLength = 64;
/** Share of shingles two texts must have in common to be one story. */
const sameStory = 0.6;

/** FNV-1a hash of a string, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

// One multiplier and offset per signature slot, fixed so signatures compare across runs.
const seeds = Array.from(
  { length: signatureLength },
  (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const,
);

/** The MinHash signature of a text: for each slot, the least permuted hash of its shingles. */
export function signatureOf(text: string): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  // Shingles are hashed from their words' hashes, without building the five-word strings.
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
  for (let start = 0; start + shingleWords <= words.length; start += 1) {
    let base = 0x811c9dc5;
    for (let k = start; k < start + shingleWords; k += 1) base = Math.imul(base ^ words[k]!, 0x01000193) >>> 0;
    for (let i = 0; i < signatureLength; i += 1) {
      const value = (Math.imul(base, seeds[i]![0]) + seeds[i]![1]) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the texts behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < signatureLength; i += 1) if (a[i] === b[i] && a[i] !== 0xffffffff) same += 1;
  return same / signatureLength;
}

/** The archive's stories, grouped by the meeting or day they belong to. */
export class StoryIndex {
  readonly #groups = new Map<string, IndexedStory[]>();
  /** The signature last computed, by checksum: ingest checks a story, then adds it. */
  #last: { checksum: string; signature: Uint32Array } | null = null;

  /** Adds an entry; `key` is its summit id or publication day. */
  add(key: string, id: string, checksum: string, body: string): void {
    const group = this.#groups.get(key) ?? this.#groups.set(key, []).get(key)!;
    const signature = this.#last?.checksum === checksum ? this.#last.signature : signatureOf(body);
    group.push({ id, checksum, signature });
  }

  /** The id of an earlier entry with the same story, if any; a file never duplicates itself. */
  findDuplicate(key: string, checksum: string, body: string): string | null {
    const signature = signatureOf(body);
    this.#last = { checksum, signature };
    const group = this.#groups.get(key);
    if (!group) return null;
    return group.find((story) => story.checksum !== checksum && similarity(story.signature, signature) >= sameStory)?.id ?? null;
  }
}

/** The group a story belongs to: its meeting, else its publication day, else none. */
export function storyKey(summit: string | null, published: Date | null): string {
  return summit ?? (published ? isoDayOf(published) : 'undated');
}
