/** Which folders `--watch` and `kvs preview` watch for the paths a command was given. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function foldersToWatch(paths: string[], cwd: string): string[] {
  const folders = new Set<string>();
  for (const path of paths.length > 0 ? paths : ['standards']) {
    const full = resolve(cwd, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) folders.add(full);
    else if (stat) folders.add(dirname(full));
    else {
      // A glob: the folder before its first wildcard.
      const fixed = path.split(/[\\/]/u).findIndex((part) => /[*?[\]{}!]/u.test(part));
      folders.add(resolve(cwd, ...path.split(/[\\/]/u).slice(0, fixed === -1 ? undefined : fixed)));
    }
  }
  // A folder inside another watched folder is already covered.
  return [...folders].filter((folder) => ![...folders].some((other) => other !== folder && folder.startsWith(`${other}/`)));
}
