/**
 * `npm run lockfile`: lists in package-lock.json the other platforms' builds of native
 * packages (Astro's compiler, Pagefind). The registry this project installs from serves only
 * some platforms' builds, so `npm install` leaves the rest out of the lock file, and `npm ci`
 * then refuses the lock file as out of sync. Each added entry carries its platform, so npm
 * skips it here and installs it where it belongs.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

/** Platform words in package names, as npm's `os`, `cpu` and `libc` fields say them. */
const oses: Record<string, string> = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
};
const cpus: Record<string, string> = { arm64: 'arm64', x64: 'x64', wasm32: 'wasm32', ia32: 'ia32' };

/** The platform fields a package name implies, e.g. `foo-linux-arm64-musl`. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const words = name.split('/').at(-1)!.split('-');
  const os = words.map((word) => oses[word]).find(Boolean);
  const cpu = words.map((word) => cpus[word]).find(Boolean);
  const libc = words.includes('musl') ? 'musl' : words.includes('gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[target] || !platform.cpu) continue;
    lock.packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added += 1;
    console.log(`added ${target}@${version} (needed by ${key || 'the project'})`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform builds added to ${path}`);
