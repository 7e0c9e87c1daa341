/**
 * The content loader for every collection: markdown files under one folder, stored in Astro's
 * data store as frontmatter data only.
 *
 * Astro's glob loader also stores each entry's body and rendered HTML, and writes the whole store
 * as one JSON string: about 11 KB an article, past V8's longest string near 48,000 articles, so a
 * large archive cannot build at all. Pages render bodies from the files instead
 * (src/lib/render-markdown.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryIdOf, entryPathIn, listEntryIds } from './lib/content-dir.ts';
import { changedEntries, readEntryStamps, writeEntryStamps } from './lib/entry-stamps.ts';
import { readEntryText } from './lib/entry-text.ts';
import { readAhead } from './lib/read-ahead.ts';

/**
 * Entries from `folder/**\/*.md`; an entry's id is its path without `.md` (`2024/slug`).
 * `schemaSource` (the schema module's text) goes into each entry's digest: the data store keeps
 * parsed entries between builds, and a changed schema (a new field's default) must parse them again.
 */
export function markdownEntries(folder: string, schemaSource: string): Loader {
  return {
    name: 'summitry-markdown-entries',
    load: async ({ store, parseData, generateDigest, watcher, logger, config, collection }) => {
      const pathOf = (id: string) => entryPathIn(folder, id);
      async function sync(id: string, text = readFileSync(pathOf(id), 'utf8')): Promise<void> {
        const filePath = pathOf(id);
        const digest = generateDigest(schemaSource + text);
        if (store.get(id)?.digest === digest) return;
        const shownPath = relative(process.cwd(), filePath);
        const data = await parseData({ id, data: readEntryText(text, shownPath).data, filePath });
        store.set({ id, data, digest, filePath: shownPath });
      }

      const ids = listEntryIds(folder);
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // Only files whose time or size changed are read; the rest are in the store as they were.
      const stampsFile = join(fileURLToPath(config.cacheDir), `entry-stamps-${collection}.json`);
      const schemaDigest = generateDigest(schemaSource);
      const recorded = readEntryStamps(stampsFile, schemaDigest);
      const { stamps, changed } = changedEntries(ids, pathOf, recorded, (id) => store.has(id));
      for await (const { item: id, text } of readAhead(changed, pathOf)) await sync(id, text);
      writeEntryStamps(stampsFile, schemaDigest, stamps);

      if (!watcher) return;
      // In `astro dev`, an editor's saved change shows on the next page load.
      const idOf = (path: string) => entryIdOf(folder, path);
      const inFolder = (path: string) => path.endsWith('.md') && !relative(folder, path).startsWith('..');
      watcher.add(folder);
      const reload = (path: string) => {
        if (!inFolder(path)) return;
        sync(idOf(path)).catch((error: Error) => logger.error(`${path}: ${error.message}`));
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => inFolder(path) && store.delete(idOf(path)));
    },
  };
}
