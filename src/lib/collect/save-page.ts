/**
 * A kept page saved for ingest: the page as UTF-8 HTML (ingest reads UTF-8) and a sidecar with
 * its address, the day it was captured, and the listing's date and author as evidence.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { writeAtomically } from '../entry-file.ts';
import { slugify } from '../slugify.ts';
import { textLimits } from '../schema.ts';
import { isoDayOf } from '../utc-days.ts';
import { hostOf } from '../web-address.ts';
import type { KeptPage } from './collect-run.ts';

/** Writes the page and its sidecar into `folder`; returns the page's path. */
export function savePage(folder: string, page: KeptPage, capturedAt: Date): string {
  const address = new URL(page.address);
  const stem = slugify(`${hostOf(page.address)} ${address.pathname}`, 80) || 'page';
  let name = stem;
  for (let n = 2; existsSync(join(folder, `${name}.html`)); n += 1) name = `${stem}-${n}`;
  const sidecar = {
    url: page.address,
    capturedAt: isoDayOf(capturedAt),
    ...(page.listed.published ? { feedPublished: isoDayOf(page.listed.published) } : {}),
    ...(page.listed.author ? { feedAuthor: page.listed.author.slice(0, textLimits.author) } : {}),
  };
  const path = join(folder, `${name}.html`);
  writeAtomically(path, page.html);
  writeAtomically(join(folder, `${name}.meta.yml`), yaml.dump(sidecar, { lineWidth: -1 }));
  return path;
}
