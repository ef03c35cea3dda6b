/**
 * Which files a command works on: paths, folders (every .md below them) and
 * globs, minus the config's ignore list, in a stable order.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, hasMagic } from 'glob';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

export async function resolveFiles(patterns: string[], cwd: string, ignore: string[] = [], ignoreRoot = cwd): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = await expand(pattern, cwd);
    if (matches.length === 0) {
      throw new UsageError(inBoth(checkWords, (t) => t.noFiles(pattern)));
    }
    for (const file of matches) found.add(file);
  }
  const ignored = ignore.length > 0 ? new Set(await glob(ignore, { cwd: ignoreRoot, absolute: true, dot: true })) : new Set();
  return [...found].filter((file) => !ignored.has(file)).sort((a, b) => relative(cwd, a).localeCompare(relative(cwd, b)));
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return glob('**/*.md', { cwd: path, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
  if (stat) return [path];
  if (!hasMagic(pattern, { windowsPathsNoEscape: true })) return [];
  return glob(pattern, { cwd, absolute: true, nodir: true, windowsPathsNoEscape: true, ignore: ['**/node_modules/**'] });
}
