/**
 * Markdown entries as files: frontmatter + body, written atomically, never over an editor's change.
 *
 * Every file a tool writes carries `ingestHash`, the sha256 of the file as written without that
 * line. If the file no longer matches its hash, someone edited it by hand and tools leave it be.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import yaml from 'js-yaml';

const hashLine = /^ingestHash: .*\n/m;

/** YAML that writes Dates at UTC midnight as plain days (`2024-07-04`), as editors write them. */
const dayType = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  // Lets the writer see that a string like "2024-07-04" must be quoted to stay a string.
  resolve: (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text),
  instanceOf: Date,
  represent: (value) => (value as Date).toISOString().replace(/T00:00:00\.000Z$/, ''),
});
const schema = yaml.DEFAULT_SCHEMA.extend({ implicit: [dayType] });

/** sha256 of a text, hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Renders frontmatter and body as one markdown file, stamped with `ingestHash`. */
export function renderEntry(frontmatter: Record<string, unknown>, body: string): string {
  const { ingestHash: _ignored, ...fields } = frontmatter;
  const head = yaml.dump(fields, { schema, lineWidth: -1, noRefs: true, quotingType: '"' });
  const unstamped = `---\n${head}---\n\n${body.trim()}\n`;
  return unstamped.replace(/\n---\n/, `\ningestHash: ${sha256(unstamped)}\n---\n`);
}

/** True when a file's text still matches the hash the tool stamped it with. */
export function isUntouched(text: string): boolean {
  const stamp = /^ingestHash: (\w+)$/m.exec(text);
  return stamp !== null && stamp[1] === sha256(text.replace(hashLine, ''));
}

/** What happened to one entry file. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept-edited';

/** Writes `text` to `path` atomically, unless an editor changed the file there (then only with `force`). */
export function writeEntry(path: string, text: string, force = false): WriteOutcome {
  const existed = existsSync(path);
  if (existed) {
    const current = readFileSync(path, 'utf8');
    if (current === text) return 'unchanged';
    if (!force && !isUntouched(current)) return 'kept-edited';
  }
  writeAtomically(path, text);
  return existed ? 'updated' : 'created';
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export function writeAtomically(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * Creates `path` atomically unless a file is already there, even one another thread is creating
 * at the same moment; returns false, writing nothing, when there is one.
 */
export function createAtomically(path: string, data: string | Buffer): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  writeFileSync(temporary, data);
  try {
    // A hard link, unlike a rename, refuses to replace an existing file.
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A temporary name beside `path` that no other process or thread writing the same path uses. */
function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}-${threadId}.tmp`;
}

const temporaryName = /\.(\d+)-\d+\.tmp$/;

/**
 * Deletes the temporary files under `root` that a killed run left, half written or empty; returns
 * their paths. A file whose process still runs is another writer's, and is left.
 */
export function removeStaleTemporaries(root: string): string[] {
  const stale = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => {
    const owner = temporaryName.exec(name)?.[1];
    return owner !== undefined && !isRunning(Number(owner));
  });
  for (const name of stale) rmSync(join(root, name), { force: true });
  return stale;
}

/** True when a process of that id runs. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
