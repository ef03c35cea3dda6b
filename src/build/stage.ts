/**
 * Publishing one standard's files as one set, never half of it.
 *
 * Everything is written into a staging folder inside the output folder (same
 * file system, so renames are atomic and nothing is copied) and flushed to the
 * disk. Then the staging folder as a whole takes the place of `<slug>/`: the
 * old folder is moved aside into `.kvs-swap-…/<slug>`, the new one renamed in,
 * the old one removed. A reader sees the complete old set or the complete new
 * one. Only for the instant between the two renames is `<slug>/` missing, and
 * a crash exactly there is repaired by the next build (recoverOutput puts the
 * old folder back). Renaming file by file instead would leave a mix of old and
 * new files when the build dies between two renames.
 *
 * Files in `<slug>/` that this build does not write (a kommune's own notes,
 * the print PDF of an earlier --imposition build) are never deleted: before
 * the swap they are carried into the new folder as hard links (copies where
 * the file system has none), so the old folder keeps them until the new one
 * has them too.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, symlinkSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { makeFolder, modeOf, removeQuietly, syncFolder, tempPrefix, writeDurably, writeErrorFor } from '../fs/write.js';
import { isRunning } from './lock.js';

export const stagingPrefix = '.kvs-staging-';
export const swapPrefix = '.kvs-swap-';

export interface Stage {
  write(file: string, data: string | Uint8Array): void;
  /** Publishes the staged files as `<outDir>/<name>/`; returns the file names written. */
  commit(): string[];
  discard(): void;
}

/** Staging folders of this process not yet committed or discarded, removed when the build is interrupted. */
const open = new Set<string>();

export function stage(outDir: string, name: string): Stage {
  const target = join(outDir, name);
  const dir = join(outDir, ownName(stagingPrefix));
  try {
    makeFolder(outDir);
    // mkdir, not mkdtemp (which makes the folder private): this folder becomes <slug>/ and must be readable like any other.
    mkdirSync(dir);
  } catch (error) {
    throw writeErrorFor(error, target);
  }
  open.add(dir);
  const files: string[] = [];
  return {
    write(file, data) {
      try {
        writeDurably(join(dir, file), data);
      } catch (error) {
        throw writeErrorFor(error, join(target, file));
      }
      files.push(file);
    },
    commit() {
      try {
        const old = statIfAny(target);
        if (old && !old.isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${target}`), { code: 'ENOTDIR' });
        if (old) carryOver(target, dir, files, old);
        syncFolder(dir);
        swapIn(outDir, dir, target, old !== undefined);
        syncFolder(outDir);
      } catch (error) {
        throw writeErrorFor(error, target);
      }
      open.delete(dir);
      return files;
    },
    discard() {
      removeQuietly(dir);
      open.delete(dir);
    },
  };
}

/** Removes this process's unfinished staging folders (on SIGINT/SIGTERM). */
export function discardOpenStages(): void {
  for (const dir of open) removeQuietly(dir);
  open.clear();
}

/**
 * Repairs what a killed build left in `outDir`: a `<slug>/` moved aside but not
 * replaced is put back, and staging folders, swap folders and temporary files
 * of builds no longer running are removed. Returns the names put back.
 * Run it while holding the build lock.
 */
export function recoverOutput(outDir: string): string[] {
  const restored: string[] = [];
  for (const entry of listing(outDir)) {
    const pid = /^\.kvs-(?:staging|swap|tmp)-(\d+)-/.exec(entry)?.[1];
    const ours = entry.startsWith(stagingPrefix) || entry.startsWith(swapPrefix) || entry.startsWith(tempPrefix);
    if (!ours || (pid !== undefined && isRunning(Number(pid)))) continue;
    const path = join(outDir, entry);
    if (entry.startsWith(swapPrefix)) {
      for (const name of listing(path)) {
        if (statIfAny(join(outDir, name))) continue;
        try {
          renameSync(join(path, name), join(outDir, name));
        } catch (error) {
          // The aside folder is the only copy left: stop rather than remove it.
          throw writeErrorFor(error, join(outDir, name));
        }
        restored.push(name);
      }
    }
    removeQuietly(path);
  }
  return restored;
}

function ownName(prefix: string): string {
  // The pid lets recoverOutput tell a live build's folder from a dead one's.
  return `${prefix}${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Everything in the old `<slug>/` this build did not write goes along; what it did write keeps the old file's mode. */
function carryOver(target: string, dir: string, files: string[], old: Stats): void {
  for (const entry of readdirSync(target)) {
    if (files.includes(entry)) {
      const mode = modeOf(join(target, entry));
      if (mode !== undefined) chmodSync(join(dir, entry), mode);
    } else {
      carry(join(target, entry), join(dir, entry));
    }
  }
  chmodSync(dir, old.mode & 0o7777);
}

function carry(from: string, to: string): void {
  const stats = lstatSync(from);
  if (stats.isDirectory()) {
    mkdirSync(to);
    for (const entry of readdirSync(from)) carry(join(from, entry), join(to, entry));
    chmodSync(to, stats.mode & 0o7777);
  } else if (stats.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/** The two renames; if the second fails, the first is undone. */
function swapIn(outDir: string, dir: string, target: string, hadOld: boolean): void {
  if (!hadOld) {
    renameSync(dir, target);
    return;
  }
  const aside = join(outDir, ownName(swapPrefix));
  mkdirSync(aside);
  const parked = join(aside, basename(target));
  renameSync(target, parked);
  try {
    renameSync(dir, target);
  } catch (error) {
    renameSync(parked, target);
    removeQuietly(aside);
    throw error;
  }
  removeQuietly(aside);
}

function statIfAny(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
