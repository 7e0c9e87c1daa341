import { describe, expect, it } from 'vitest';
import { readEntryText } from '../../src/lib/entry-text.ts';

describe('reading an entry file', () => {
  it('splits frontmatter data from the body', () => {
    const { data, body } = readEntryText('---\ntitle: Talks\npublished: 2024-07-04\n---\n\nThe body.\n', 'entry.md');
    expect(data).toEqual({ title: 'Talks', published: new Date('2024-07-04T00:00:00Z') });
    expect(body.trim()).toBe('The body.');
  });

  it('keeps an impossible day as written instead of rolling it into another date', () => {
    expect(readEntryText('---\npublished: 2024-13-45\n---\n', 'entry.md').data['published']).toBe('2024-13-45');
  });

  it('names the file and the line when the frontmatter is not YAML', () => {
    const text = '---\ntitle: Talks\nsummary: "an unclosed quote\nauthor: null\ntags: [a]\n---\n\nThe body.\n';
    expect(() => readEntryText(text, 'content/articles/2024/talks.md')).toThrow(
      /^content\/articles\/2024\/talks\.md has invalid frontmatter near line 3: .*double quoted.*\. Fix the YAML between the --- lines\.$/,
    );
  });

  it('points at the line an unclosed quote opens on, past a quoted value that rightly spans two lines', () => {
    const text = '---\ntitle: "Talks in\n  Astana"\nauthor: null\nsummary: \'unclosed\nmore: text\n---\n';
    expect(() => readEntryText(text, 'entry.md')).toThrow(/near line 5: .*single quoted/);
  });

  it('points at the line a bad indentation is on', () => {
    expect(() => readEntryText('---\ntitle: Talks\nauthor: null\n  bad: indent\n---\n', 'entry.md')).toThrow(/near line 4:/);
  });

  it('gives each read its own data, so a change to one cannot leak into the next read of the same text', () => {
    const text = '---\ntags: [sco]\n---\n';
    const first = readEntryText(text, 'entry.md');
    (first.data['tags'] as string[]).push('brics');
    expect(readEntryText(text, 'entry.md').data['tags']).toEqual(['sco']);
  });
});
