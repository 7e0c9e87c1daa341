/**
 * The same story arriving from two sites: wire copies differ in chrome and trimming but share
 * most of their sentences. Each story is summarised by a MinHash signature of its five-word
 * shingles, whose agreement estimates how much two texts share, and compared only with entries
 * about the same meeting (or, without one, published the same day). Within a group, stories are
 * found through locality-sensitive hashing: signatures cut into bands of three slots, and only
 * stories sharing a whole band are compared, so a meeting with hundreds of articles does not
 * make each new one compare against all of them (a 50,000-article ingest spent 22 s doing that).
 */
import { isoDayOf } from '../utc-days.ts';

/** An ingested story as the index keeps it. */
interface IndexedStory {
  id: string;
  checksum: string;
  signature: Uint32Array;
}

const shingleWords = 5;
const slotBits = 6;
const signatureLength = 1 << slotBits;
const bandSlots = 3;
// 21 bands of 3 slots: two stories sharing 60% of their shingles meet in a band 99.4% of the
// time, 70% in 99.99%; stories sharing 5% almost never do.
const bands = Math.floor(signatureLength / bandSlots);
/** Share of shingles two texts must have in common to be one story. */
const sameStory = 0.6;

/** FNV-1a hash of a string, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

/** Mixes a 32-bit hash so that all its bits depend on all of the input's (murmur3's finaliser). */
function mix(value: number): number {
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/**
 * The MinHash signature of a text, by one-permutation hashing: each shingle's hash picks one
 * slot with its low bits and competes there with the rest of its bits, the least one winning.
 * As accurate as a permutation per slot for texts of more than a few hundred words, and one
 * hash per shingle instead of 64. A slot no shingle reached stays empty (all ones).
 */
export function signatureOf(text: string): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff);
  // Shingles are hashed from their words' hashes, without building the five-word strings.
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
  for (let start = 0; start + shingleWords <= words.length; start += 1) {
    let base = 0x811c9dc5;
    for (let k = start; k < start + shingleWords; k += 1) base = Math.imul(base ^ words[k]!, 0x01000193);
    const value = mix(base);
    const slot = value & (signatureLength - 1);
    const rest = value >>> slotBits;
    if (rest < signature[slot]!) signature[slot] = rest;
  }
  return signature;
}

/** Estimated Jaccard similarity of the texts behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < signatureLength; i += 1) if (a[i] === b[i] && a[i] !== 0xffffffff) same += 1;
  return same / signatureLength;
}

/** The bucket of each band of a signature, as `band:hash`, within one group. */
function bandKeys(key: string, signature: Uint32Array): string[] {
  return Array.from({ length: bands }, (_, band) => {
    let value = 0x811c9dc5;
    for (let slot = band * bandSlots; slot < (band + 1) * bandSlots; slot += 1) {
      value = Math.imul(value ^ signature[slot]!, 0x01000193);
    }
    return `${key}\u0000${band}:${value >>> 0}`;
  });
}

/** The archive's stories, grouped by the meeting or day they belong to. */
export class StoryIndex {
  readonly #stories: IndexedStory[] = [];
  /** Positions in #stories of the stories in each band bucket. */
  readonly #buckets = new Map<string, number[]>();

  /** Adds an entry; `key` is its summit id or publication day; `signature` is `signatureOf` its text. */
  add(key: string, id: string, checksum: string, signature: Uint32Array): void {
    const position = this.#stories.push({ id, checksum, signature }) - 1;
    for (const bucket of bandKeys(key, signature)) {
      const members = this.#buckets.get(bucket);
      if (members) members.push(position);
      else this.#buckets.set(bucket, [position]);
    }
  }

  /** The id of the earliest entry with the same story, if any; a file never duplicates itself. */
  findDuplicate(key: string, checksum: string, signature: Uint32Array): string | null {
    const candidates = new Set<number>();
    for (const bucket of bandKeys(key, signature))
      for (const position of this.#buckets.get(bucket) ?? []) candidates.add(position);
    const earliest = [...candidates]
      .sort((a, b) => a - b)
      .map((position) => this.#stories[position]!)
      .find((story) => story.checksum !== checksum && similarity(story.signature, signature) >= sameStory);
    return earliest?.id ?? null;
  }
}

/** The group a story belongs to: its meeting, else its publication day, else none. */
export function storyKey(summit: string | null, published: Date | null): string {
  return summit ?? (published ? isoDayOf(published) : 'undated');
}
