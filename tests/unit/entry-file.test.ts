import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUntouched, renderEntry, writeEntry } from '../../src/lib/entry-file.ts';

const entry = renderEntry({ title: 'Putin: “best ever”', published: new Date('2024-07-04'), summit: null }, 'Body text.');

describe('renderEntry', () => {
  it('writes days as editors write them and stamps the hash last', () => {
    expect(entry).toMatch(
      /^---\ntitle: "Putin: “best ever”"\npublished: 2024-07-04\nsummit: null\ningestHash: [a-f0-9]{64}\n---\n\nBody text.\n$/,
    );
  });

  it('quotes a string that YAML would read as a date', () => {
    expect(renderEntry({ dateEvidence: '2024-07-04' }, '')).toContain('dateEvidence: "2024-07-04"');
  });
});

describe('isUntouched', () => {
  it('recognises a file as the tool wrote it', () => {
    expect(isUntouched(entry)).toBe(true);
  });

  it('notices an editor’s change anywhere in the file', () => {
    expect(isUntouched(entry.replace('Body text.', 'Body text, corrected.'))).toBe(false);
    expect(isUntouched(entry.replace('summit: null', 'summit: 2024-07-sco-astana'))).toBe(false);
  });
});

describe('writeEntry', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'summitry-entry-'));

  it('creates, then leaves an identical file alone, then updates an untouched one', () => {
    const path = join(folder(), 'a', 'entry.md');
    expect(writeEntry(path, entry)).toBe('created');
    expect(writeEntry(path, entry)).toBe('unchanged');
    expect(writeEntry(path, renderEntry({ title: 'New' }, 'Body.'))).toBe('updated');
    expect(readdirSync(join(path, '..'))).toEqual(['entry.md']);
  });

  it('keeps a file an editor changed, unless forced', () => {
    const path = join(folder(), 'entry.md');
    writeEntry(path, entry);
    const edited = readFileSync(path, 'utf8').replace('Body text.', 'Fixed by hand.');
    writeFileSync(path, edited);
    expect(writeEntry(path, renderEntry({ title: 'New' }, 'Body.'))).toBe('kept-edited');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(writeEntry(path, renderEntry({ title: 'New' }, 'Body.'), true)).toBe('updated');
  });
});
