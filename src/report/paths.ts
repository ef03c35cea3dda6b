import path from 'node:path';

/**
 * A file path as users and CI see it: relative to `cwd`, with forward slashes on
 * every OS so output is the same on Windows runners and in snapshots.
 */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, filePath));
  return relative.split(path.sep).join('/');
}
