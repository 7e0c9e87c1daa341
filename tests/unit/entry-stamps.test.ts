import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedEntries, readEntryStamps, writeEntryStamps } from '../../src/lib/entry-stamps.ts';

describe('entry stamps', () => {
  const folder = mkdtempSync(join(tmpdir(), 'summitry-stamps-'));
  const pathOf = (id: string) => join(folder, `${id}.md`);
  const stampsFile = join(folder, 'stamps.json');
  const stored = () => true;

  it('reads again only the entries an editor saved since the last build, and all of them under another schema', () => {
    for (const id of ['a', 'b']) writeFileSync(pathOf(id), `---\ntitle: ${id}\n---\n`);
    const first = changedEntries(['a', 'b'], pathOf, readEntryStamps(stampsFile, 'schema 1'), stored);
    expect(first.changed).toEqual(['a', 'b']);
    writeEntryStamps(stampsFile, 'schema 1', first.stamps);

    expect(changedEntries(['a', 'b'], pathOf, readEntryStamps(stampsFile, 'schema 1'), stored).changed).toEqual([]);
    writeFileSync(pathOf('b'), '---\ntitle: b, edited\n---\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(pathOf('b'), later, later);
    expect(changedEntries(['a', 'b'], pathOf, readEntryStamps(stampsFile, 'schema 1'), stored).changed).toEqual(['b']);
    expect(changedEntries(['a', 'b'], pathOf, readEntryStamps(stampsFile, 'schema 2'), stored).changed).toEqual(['a', 'b']);
    // Astro's store was cleared (its cache deleted, its config changed): an unchanged file is read again.
    expect(changedEntries(['a', 'b'], pathOf, readEntryStamps(stampsFile, 'schema 1'), (id) => id !== 'a').changed).toEqual([
      'a',
      'b',
    ]);
  });
});
