import { describe, expect, it } from 'vitest';
import { readEntryText } from '../../src/lib/entry-text.ts';

describe('reading an entry file', () => {
  it('splits frontmatter data from the body', () => {
    const { data, body } = readEntryText('---\ntitle: Talks\npublished: 2024-07-04\n---\n\nThe body.\n');
    expect(data).toEqual({ title: 'Talks', published: new Date('2024-07-04T00:00:00Z') });
    expect(body.trim()).toBe('The body.');
  });

  it('keeps an impossible day as written instead of rolling it into another date', () => {
    expect(readEntryText('---\npublished: 2024-13-45\n---\n').data['published']).toBe('2024-13-45');
  });

  it('gives each read its own data, so a change to one cannot leak into the next read of the same text', () => {
    const text = '---\ntags: [sco]\n---\n';
    const first = readEntryText(text);
    (first.data['tags'] as string[]).push('brics');
    expect(readEntryText(text).data['tags']).toEqual(['sco']);
  });
});
