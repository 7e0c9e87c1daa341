/**
 * `npm run ingest -- [--dry-run] [--json] [--force] FILE...`
 * Turns raw article text into article entries under content/articles/, copying each raw file
 * (and its sidecar) into content/raw/. Entries an editor changed are kept unless --force.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { renderEntry, sha256, writeAtomically, writeEntry } from '../lib/entry-file.ts';
import { storyKey } from '../lib/ingest/find-duplicate.ts';
import { articleIdOf, freePath, loadArchive } from '../lib/ingest/existing-articles.ts';
import { ingestArticle, type IngestedArticle } from '../lib/ingest/ingest-article.ts';
import { loadIngestContext } from '../lib/ingest/load-context.ts';
import { readRaw, type RawFile } from '../lib/ingest/read-raw.ts';
import { formatReviewReport } from '../lib/ingest/review-report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

const root = contentDir();
const dryRun = values['dry-run'];
let failed = 0;

try {
  if (positionals.length === 0)
    throw new Error('name the raw article files (or folders) to ingest, e.g. npm run ingest -- inbox/*.txt');
  const archive = loadArchive(root);
  const byChecksum = archive.byChecksum;
  const context = { ...loadIngestContext(root), stories: archive.stories };
  const knownArticles = context.ids.articles as Set<string>;
  const reviewTable: IngestedArticle[] = [];
  for (const file of expandFolders(positionals)) {
    try {
      const raw = readRaw(file);
      const rawPath = placeRaw(raw);
      const article = ingestArticle(
        { file, text: raw.text, checksum: raw.checksum, raw: rawPath, sidecar: raw.sidecar, page: raw.page },
        context,
      );
      article.path = byChecksum.get(raw.checksum) ?? freePath(article.path, (path) => existsSync(join(root, path)));
      byChecksum.set(raw.checksum, article.path);
      // Later files in this run may be copies of this one.
      const id = articleIdOf(article.path);
      knownArticles.add(id);
      if (!article.frontmatter['duplicateOf']) {
        const key = storyKey(article.frontmatter['summit'] as string | null, article.frontmatter['published'] as Date | null);
        archive.stories.add(key, id, raw.checksum, `${article.frontmatter['title']}\n${article.body}`);
      }
      if (values.json) {
        console.log(JSON.stringify({ file, frontmatter: article.frontmatter, body: article.body, review: article.review }));
      }
      if (!dryRun) {
        copyRaw(raw, rawPath);
        const outcome = writeEntry(join(root, article.path), renderEntry(article.frontmatter, article.body), values.force);
        if (!values.json) console.log(`${outcome.padEnd(11)} content/${article.path}  ← ${file}`);
        if (outcome === 'kept-edited')
          console.log(`            edited by hand since ingest: kept (ingest again with --force to overwrite)`);
      }
      reviewTable.push(article);
    } catch (error) {
      failed += 1;
      console.error(`ingest: ${(error as Error).message}`);
    }
  }
  if (!values.json) for (const line of formatReviewReport(reviewTable)) console.log(line);
} catch (error) {
  failed += 1;
  console.error(`ingest: ${(error as Error).message}`);
}
if (failed > 0) process.exitCode = 1;

/** Files named, with folders replaced by the .txt and .md files in them. */
function expandFolders(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    existsSync(path) && statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => /\.(txt|md|html?)$/i.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/** The raw file's path under content/: where it is if it is already there, else `raw/<name>`. */
function placeRaw(raw: RawFile): string {
  const inside = relative(root, resolve(raw.file));
  if (inside.startsWith('raw/')) return inside;
  const target = `raw/${basename(raw.file)}`;
  const existing = join(root, target);
  if (existsSync(existing) && sha256(readFileSync(existing)) !== raw.checksum) {
    throw new Error(`${raw.file}: a different file named content/${target} is already ingested; rename the new one`);
  }
  return target;
}

function copyRaw(raw: RawFile, rawPath: string): void {
  const target = join(root, rawPath);
  if (resolve(raw.file) === target) return;
  if (!existsSync(target)) writeAtomically(target, raw.bytes);
  if (raw.sidecarFile) {
    const sidecarTarget = join(root, 'raw', basename(raw.sidecarFile));
    if (resolve(raw.sidecarFile) !== sidecarTarget) writeAtomically(sidecarTarget, readFileSync(raw.sidecarFile));
  }
}
