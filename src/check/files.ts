/**
 * Which files a command works on: paths, folders (every .md below them) and
 * globs, minus the config's ignore list, in a stable order.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Localized } from '../types.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

// glob (with minimatch, path-scurry, minipass) is a fifth of the check path's code: a run
// given plain file paths never needs it, so it is loaded only when a folder or pattern is expanded.
const loadGlob = () => import('glob');

/** The files, and those of them the ignore list left out (so a run can say so: an ignored standard is never unseen). */
export async function resolveFileSet(
  patterns: string[],
  cwd: string,
  ignore: string[] = [],
  ignoreRoot = cwd,
): Promise<{ files: string[]; ignored: string[] }> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = await expand(pattern, cwd);
    if (matches.length === 0) {
      throw new UsageError(inBoth(checkWords, (t) => t.noFiles(pattern)));
    }
    for (const file of matches) found.add(file);
  }
  const ignored = ignore.length > 0 ? new Set(await (await loadGlob()).glob(ignore, { cwd: ignoreRoot, absolute: true, dot: true })) : new Set();
  const order = (a: string, b: string) => relative(cwd, a).localeCompare(relative(cwd, b));
  return {
    files: [...found].filter((file) => !ignored.has(file)).sort(order),
    ignored: [...found].filter((file) => ignored.has(file)).sort(order),
  };
}

/** "kvs.config.json (ignore) springer 2 filer over: standards/a.md, standards/b.md" — said on every run that leaves a file out. */
export function ignoredNote(ignored: readonly string[], cwd: string): Localized {
  const shown = ignored.slice(0, 5).map((file) => relative(cwd, file));
  const more = ignored.length > shown.length ? ' …' : '';
  return inBoth(checkWords, (t) => t.ignoredFiles(ignored.length, `${shown.join(', ')}${more}`));
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return (await loadGlob()).glob('**/*.md', { cwd: path, absolute: true, nodir: true, ignore: ['**/node_modules/**'] });
  if (stat) return [path];
  const { glob, hasMagic } = await loadGlob();
  if (!hasMagic(pattern, { windowsPathsNoEscape: true })) return [];
  return glob(pattern, { cwd, absolute: true, nodir: true, windowsPathsNoEscape: true, ignore: ['**/node_modules/**'] });
}
