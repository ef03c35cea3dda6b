/**
 * `kvs build --watch`: build everything once, then after each save build only
 * the standards that changed; the others are checked again for the overview
 * but their output is kept (BuildOptions.keep).
 */
import { relative } from 'node:path';
import type { BuildCliOptions } from '../cli/build.js';
import { foldersToWatch } from './folders.js';
import { watchLoop, type Changes } from './loop.js';

/** Build options for one run: everything on the first, only the changed files after. */
export function buildRun(options: BuildCliOptions, changes: Changes): BuildCliOptions {
  return changes === undefined ? options : { ...options, keep: (file) => !changes.has(file) };
}

export async function watchBuild(paths: string[], options: BuildCliOptions, signal?: AbortSignal): Promise<number> {
  const { runBuild } = await import('../cli/build.js');
  const cwd = process.cwd();
  return watchLoop({
    folders: foldersToWatch(paths, cwd),
    lang: options.lang ?? 'da',
    run: (changes) => runBuild(paths, buildRun(options, changes)),
    stdout: process.stdout,
    stderr: process.stderr,
    shown: (folder) => relative(cwd, folder) || '.',
    ...(signal ? { signal } : {}),
  });
}
