/**
 * Watches folders of standards and reports which .md files changed, in
 * batches: events that come within `debounceMs` of each other are one batch
 * (an editor's save is often several events: write, rename, chmod).
 * Recursive where the platform has it natively (macOS, Windows); elsewhere
 * (Linux) each folder below is watched on its own and new folders are picked
 * up as they appear. Folders are watched, not files: a path stays watched
 * when a save replaces the file behind it.
 */
import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempPrefix } from '../fs/write.js';

export interface WatchOptions {
  debounceMs?: number;
  /** Which changed paths count; default: Markdown files that are not the tool's own temporary files. */
  accept?: (path: string) => boolean;
}

export interface Watcher {
  close(): void;
}

/** A batch of changed files; `unknown` when the system did not say which file changed (then everything is redone). */
export type ChangeHandler = (files: Set<string>, unknown: boolean) => void;

const isStandard = (path: string): boolean =>
  path.toLowerCase().endsWith('.md') && !path.split(/[\\/]/u).some((part) => part.startsWith(tempPrefix));

export function watchFolders(folders: string[], onChange: ChangeHandler, options: WatchOptions = {}): Watcher {
  const accept = options.accept ?? isStandard;
  const debounceMs = options.debounceMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let unknown = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // Linux has no recursive watch of its own: Node emulates it by watching each file, by inode, so a
  // file saved by renaming a new one over it (editors' atomic save, mv, git checkout) drops out of
  // the watch. Watching each folder on its own sees every name that changes in it, whatever the inode.
  let recursive = process.platform !== 'linux';

  const flush = () => {
    timer = undefined;
    const files = pending;
    const all = unknown;
    pending = new Set();
    unknown = false;
    if (!closed && (files.size > 0 || all)) onChange(files, all);
  };
  const event = (folder: string, name: string | Buffer | null) => {
    if (closed) return;
    if (name === null) unknown = true;
    else {
      const path = resolve(folder, name.toString());
      if (!recursive) addTree(path);
      if (!accept(path)) return;
      pending.add(path);
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const add = (folder: string, deep: boolean): boolean => {
    if (watchers.has(folder)) return true;
    try {
      const watcher = watch(folder, { recursive: deep }, (_type, name) => event(folder, name));
      // A watched folder that is deleted ends its watcher with an error; that is no reason to stop.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
      return true;
    } catch (error) {
      if (deep && (error as NodeJS.ErrnoException).code === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') return false;
      throw error;
    }
  };
  /** Without recursive watching: the folder and every folder below it, each watched on its own. */
  const addTree = (path: string) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return;
    }
    if (!isFolder || !add(path, false)) return;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) addTree(join(path, entry.name));
    }
  };

  for (const folder of folders.map((f) => resolve(f))) {
    if (recursive && add(folder, true)) continue;
    recursive = false;
    addTree(folder);
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
