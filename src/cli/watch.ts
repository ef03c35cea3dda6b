/**
 * `kvs check --watch` and `kvs build --watch`: the command run again after
 * each save (src/watch/loop.ts). `check` takes the unchanged files' results
 * from the result cache; `build` rebuilds only the standards that changed and
 * keeps the others' output (src/watch/build.ts).
 */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { foldersToWatch } from '../watch/folders.js';
import { watchLoop } from '../watch/loop.js';
import { buildRun } from '../watch/build.js';
import { processIo, runCheck, type CheckCliOptions, type CheckIo } from './check.js';
import { runBuild, type BuildCliOptions } from './build.js';

export function watchCheck(paths: string[], options: CheckCliOptions, io: CheckIo = processIo(), signal?: AbortSignal): Promise<number> {
  const lang: Lang = options.lang ?? 'da';
  return watchLoop({
    folders: foldersToWatch(paths, io.cwd),
    lang,
    run: () => runCheck(paths, options, io),
    stdout: io.stdout as { write(text: string): unknown; isTTY?: boolean },
    stderr: io.stderr,
    ...(signal ? { signal } : {}),
    shown: (folder: string) => relative(io.cwd, folder) || '.',
  });
}

export function watchBuild(paths: string[], options: BuildCliOptions, signal?: AbortSignal): Promise<number> {
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
