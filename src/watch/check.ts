/**
 * `kvs check --watch`: the whole report again after each save. Only the
 * changed files are checked again; the others' results come from the result
 * cache (.kvs/cache), which is keyed on each file's content.
 */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import type { CheckCliOptions, CheckIo } from '../cli/check.js';
import { foldersToWatch } from './folders.js';
import { watchLoop } from './loop.js';

const processIo = (): CheckIo => ({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });

export async function watchCheck(paths: string[], options: CheckCliOptions, io: CheckIo = processIo(), signal?: AbortSignal): Promise<number> {
  const { runCheck } = await import('../cli/check.js');
  const folders = foldersToWatch(paths, io.cwd);
  const lang: Lang = options.lang ?? 'da';
  return watchLoop({
    folders,
    lang,
    run: () => runCheck(paths, options, io),
    stdout: io.stdout as { write(text: string): unknown; isTTY?: boolean },
    stderr: io.stderr,
    ...(signal ? { signal } : {}),
    shown: (folder: string) => relative(io.cwd, folder) || '.',
  });
}
