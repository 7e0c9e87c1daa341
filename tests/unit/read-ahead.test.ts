import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/lib/read-ahead.ts';

const folder = mkdtempSync(join(tmpdir(), 'summitry-read-ahead-'));
const names = Array.from({ length: 100 }, (_, i) => `entry-${i}.md`);
// Sizes vary so that reads finish out of order.
for (const [i, name] of names.entries()) writeFileSync(join(folder, name), `${name}\n`.repeat(((i * 37) % 100) * 50 + 1));

describe('readAhead', () => {
  it('gives every file with its text, in the order asked, with several reads in flight', async () => {
    const read: string[] = [];
    for await (const { item, text } of readAhead(names, (name) => join(folder, name), 8)) {
      expect(text.startsWith(`${item}\n`)).toBe(true);
      read.push(item);
    }
    expect(read).toEqual(names);
  });

  it('fails at the missing file, after the files before it', async () => {
    const asked = [...names.slice(0, 5), 'gone.md', ...names.slice(5, 20)];
    const read: string[] = [];
    await expect(async () => {
      for await (const { item } of readAhead(asked, (name) => join(folder, name), 8)) read.push(item);
    }).rejects.toThrow(/gone\.md/);
    expect(read).toEqual(names.slice(0, 5));
  });
});
