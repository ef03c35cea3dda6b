/** A folder's files as data, to show that a command left it byte for byte as it was (or as a clean build makes it). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` (hidden and staging folders included), by its path relative to `dir`. */
export function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([name, bytes]) => b.get(name)?.equals(bytes) === true);
}
