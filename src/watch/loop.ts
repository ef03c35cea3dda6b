/**
 * The `--watch` loop shared by check, build and preview: run once, then again
 * for each batch of changed files. Runs never overlap; changes that arrive
 * during a run are gathered into the next one. Ctrl-C (SIGINT) or SIGTERM
 * ends the loop cleanly, and the promise resolves with exit code 0.
 */
import type { Lang } from '../types.js';
import { LocalizedError } from '../errors.js';
import { watchFolders, type WatchOptions } from './watcher.js';
import { watchWords } from '../i18n/watch.js';
import { plainError, plainLine } from '../report/terminal-text.js';

/** What changed since the last run: undefined for the first run or when the system did not say. */
export type Changes = Set<string> | undefined;

export interface WatchLoopOptions extends WatchOptions {
  folders: string[];
  lang: Lang;
  /** One run; a usage error (a file gone, a bad config) is printed and the loop goes on. */
  run: (changes: Changes) => Promise<unknown>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Ends the loop when aborted (tests; the preview server's close). */
  signal?: AbortSignal;
  /** How a folder is named in the messages; default: as given. */
  shown?: (folder: string) => string;
  /** Whether to clear the screen before each run; default: when stdout is a terminal. */
  clear?: boolean;
}

export async function watchLoop(options: WatchLoopOptions): Promise<number> {
  const t = watchWords[options.lang];
  const clear = options.clear ?? options.stdout.isTTY === true;
  let queued: Changes | 'none' = 'none';
  let running = false;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));

  const once = async (changes: Changes) => {
    // Erase the screen and move to its top left: each report stands alone.
    if (clear) options.stdout.write('\x1b[2J\x1b[H');
    try {
      await options.run(changes);
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      options.stderr.write(`kvs: ${plainLine(error.localized[options.lang])}\n`);
    }
    options.stderr.write(`${plainLine(t.waiting(options.folders.map(options.shown ?? ((folder) => folder))))}\n`);
  };
  const drain = async () => {
    if (running) return;
    running = true;
    try {
      while (queued !== 'none') {
        const changes: Changes = queued;
        queued = 'none';
        await once(changes);
      }
    } catch (error) {
      options.stderr.write(`kvs: ${plainError(error)}\n`);
    } finally {
      running = false;
    }
  };
  const watcher = watchFolders(
    options.folders,
    (files, unknown) => {
      if (unknown || queued === undefined) queued = undefined;
      else queued = new Set([...(queued === 'none' ? [] : queued), ...files]);
      void drain();
    },
    options,
  );
  const end = () => stop();
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
  options.signal?.addEventListener('abort', end, { once: true });
  queued = undefined;
  void drain();
  await stopped;
  watcher.close();
  process.off('SIGINT', end);
  process.off('SIGTERM', end);
  options.stderr.write(`${t.stopped}\n`);
  return 0;
}
