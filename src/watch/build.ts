/**
 * What `kvs build --watch` and `kvs preview` build after a save: everything
 * on the first run, then only the standards that changed; the others are
 * checked again for the overview but their output is kept (BuildOptions.keep).
 */
import type { Changes } from './loop.js';

/** Build options for one run: everything on the first, only the changed files after. */
export function buildRun<T extends { keep?: (file: string) => boolean }>(options: T, changes: Changes): T {
  return changes === undefined ? options : { ...options, keep: (file: string) => !changes.has(file) };
}
