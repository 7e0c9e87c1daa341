/**
 * Replacing a published folder with a freshly built one, so a failed build never leaves a half
 * written site: the new folder is built beside the old, then takes its place in two renames.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** The folder a build writes into before it becomes `target`; one an interrupted build left is reused. */
export function stagingFolderFor(target: string): string {
  return `${target}.building`;
}

/** Puts `built` where `target` is, and deletes the old `target`. */
export function swapInFolder(built: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(built, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}
