import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRaw } from '../../../src/lib/ingest/read-raw.ts';

const folder = mkdtempSync(join(tmpdir(), 'summitry-raw-'));
const article = 'Putin and Xi met in Astana. '.repeat(20);

function file(name: string, data: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, data);
  return path;
}

describe('readRaw', () => {
  it('reads text with its checksum and sidecar', () => {
    const path = file('story.txt', article);
    file('story.meta.yml', 'url: https://example.com/story\noutlet: upi\n');
    const raw = readRaw(path);
    expect(raw.checksum).toMatch(/^[a-f0-9]{64}$/);
    expect(raw.sidecar).toEqual({ url: 'https://example.com/story', outlet: 'upi' });
  });

  it.each([
    ['empty.txt', '', /empty, too short to be an article/],
    ['short.txt', 'Putin met Xi.', /only 3 words, too short/],
    ['binary.txt', Buffer.from([0x50, 0x00, 0x01, 0x02]), /binary data, not text/],
    ['latin1.txt', Buffer.concat([Buffer.from(article), Buffer.from([0xe9, 0x20])]), /not valid UTF-8/],
    ['page.pdf', article, /ingest reads \.txt, \.md and \.html files/],
  ])('refuses %s with one clear sentence', (name, data, message) => {
    expect(() => readRaw(file(name, data))).toThrow(message);
  });

  it('names the sidecar file and the field when the sidecar is wrong', () => {
    const path = file('bad.txt', article);
    file('bad.meta.yml', 'url: not-an-address\npubished: 2024-01-01\n');
    expect(() => readRaw(path)).toThrow(
      /bad\.meta\.yml has invalid sidecar fields:\n {2}url: expected a web address starting http:\/\/ or https:\/\/[\s\S]*unknown field "pubished"/,
    );
  });

  it('names the file it cannot read, and why (issue 11, finding 9)', () => {
    const path = join(folder, 'folder.txt');
    mkdirSync(path);
    expect(() => readRaw(path)).toThrow(`${path}: it cannot be read (EISDIR)`);
  });

  describe('a markdown file with frontmatter (issue 11, finding 8)', () => {
    it('reads the frontmatter as the sidecar and the rest as the article', () => {
      const path = file(
        'exported.md',
        `---\ntitle: Putin and Xi meet\ndate: 2024-07-03\nlink: https://example.com/astana\ntags: [politics]\nlayout: post\n---\n${article}`,
      );
      const raw = readRaw(path);
      expect(raw.text.startsWith('Putin and Xi met in Astana.')).toBe(true);
      expect(raw.sidecar).toEqual({
        title: 'Putin and Xi meet',
        published: new Date('2024-07-03'),
        url: 'https://example.com/astana',
      });
    });

    it('lets a sidecar overrule what the file says of itself', () => {
      const path = file('overruled.md', `---\ntitle: From the file\n---\n${article}`);
      file('overruled.meta.yml', 'title: From the editor\n');
      expect(readRaw(path).sidecar.title).toBe('From the editor');
    });

    it.each([
      ['unclosed.md', `---\ntitle: x\n${article}`, /unclosed\.md: its frontmatter opens with --- but never closes/],
      ['bad-yaml.md', `---\ntitle: "x\n---\n${article}`, /bad-yaml\.md: its frontmatter is not valid YAML/],
      [
        'bad-url.md',
        `---\nurl: javascript:alert(1)\n---\n${article}`,
        /bad-url\.md has invalid frontmatter fields:\n {2}url: expected a web address/,
      ],
      [
        'entry.md',
        `---\ntitle: x\nraw: raw/x.txt\nchecksum: abc\n---\n${article}`,
        /entry\.md: this is an article entry already/,
      ],
    ])('refuses %s with a message naming it', (name, text, message) => {
      expect(() => readRaw(file(name, text))).toThrow(message);
    });
  });
});
