import { describe, expect, it } from 'vitest';
import { signatureOf, similarity, StoryIndex } from '../../../src/lib/ingest/find-duplicate.ts';
import { syntheticCorpus } from '../../../src/lib/bench/synthetic-corpus.ts';

const [first, second] = syntheticCorpus(2)
  .filter((file) => file.path.startsWith('inbox/'))
  .map((file) => file.text);

describe('story signatures', () => {
  it('find the same text, trimmed and with other chrome, to be one story', () => {
    const copy = `Skip to content\nWorld | Asia\n${first!.slice(0, Math.floor(first!.length * 0.85))}\nShare this article Facebook Twitter`;
    expect(similarity(signatureOf(first!), signatureOf(copy))).toBeGreaterThan(0.6);
  });

  it('keep two different stories apart', () => {
    expect(similarity(signatureOf(first!), signatureOf(second!))).toBeLessThan(0.2);
  });
});

describe('StoryIndex', () => {
  it('points a copy at the first entry of its meeting, never at itself', () => {
    const index = new StoryIndex();
    const signature = signatureOf(first!);
    index.add('2024-07-sco-astana', '2024/original', 'a'.repeat(64), signature);
    expect(index.findDuplicate('2024-07-sco-astana', 'b'.repeat(64), signature)).toBe('2024/original');
    expect(index.findDuplicate('2024-07-sco-astana', 'a'.repeat(64), signature)).toBeNull();
    expect(index.findDuplicate('2022-09-sco-samarkand', 'b'.repeat(64), signature)).toBeNull();
  });

  it('finds the earliest of several copies among hundreds of stories about one meeting', () => {
    const stories = syntheticCorpus(400)
      .filter((file) => file.path.startsWith('inbox/'))
      .map((file) => file.text);
    const index = new StoryIndex();
    stories.forEach((text, n) => index.add('2024-07-sco-astana', `2024/story-${n}`, String(n), signatureOf(text)));
    const target = stories[150]!;
    const trimmedCopy = `Skip to content\n${target.slice(0, Math.floor(target.length * 0.85))}\nShare this article`;
    expect(index.findDuplicate('2024-07-sco-astana', 'copy', signatureOf(trimmedCopy))).toBe('2024/story-150');
    index.add('2024-07-sco-astana', '2024/later-copy', 'later', signatureOf(target));
    expect(index.findDuplicate('2024-07-sco-astana', 'copy', signatureOf(target))).toBe('2024/story-150');
    expect(index.findDuplicate('2024-07-sco-astana', 'copy', signatureOf('A story nobody wrote before. '.repeat(40)))).toBeNull();
  });
});
