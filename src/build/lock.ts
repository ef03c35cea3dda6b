/**
 * One `kvs build` at a time per output folder. Two builds writing the same
 * folder would swap each other's standards in and out; the second one
 * stops at once instead, and says who holds the folder.
 *
 * The lock is `output/.kvs-build.lock`, created exclusively with its whole
 * content (pid, host, start time), so no build ever reads a half-written lock.
 * A lock whose build is gone (its pid is not alive on this host, e.g. after a
 * crash or `kill -9`) is taken over with a note. The lock is released on normal
 * exit, on error and on SIGINT/SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import type { Lang, Localized } from '../types.js';
import { UsageError } from '../errors.js';
import { makeFolder, tempPath, writeErrorFor, writeFileAtomic, WriteError } from '../fs/write.js';
import { readRegularFile } from '../fs/read.js';
import { buildMessages } from '../i18n/build.js';

export const lockName = '.kvs-build.lock';

interface LockInfo {
  pid: number;
  host: string;
  /** ISO time. */
  started: string;
  /** Tells our own lock from a later one with the same pid. */
  token: string;
}

export interface BuildLock {
  release(): void;
}

export interface LockOptions {
  lang: Lang;
  cwd: string;
  /** Says something to the user (a stale lock taken over). */
  note: (text: string) => void;
  /** Runs on SIGINT/SIGTERM before the lock is released and the process ends (removes half-built staging folders). */
  onInterrupt?: () => void;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireBuildLock(outDir: string, options: LockOptions): BuildLock {
  const path = join(outDir, lockName);
  const shown = { dir: relative(options.cwd, outDir) || '.', lock: relative(options.cwd, path) };
  const own: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const content = `${JSON.stringify(own)}\n`;
  try {
    makeFolder(outDir);
  } catch (error) {
    throw writeErrorFor(error, outDir);
  }

  // Listen for SIGINT/SIGTERM before the lock exists: a signal between creating the lock and
  // listening would end the process the default way and leave the lock behind.
  const lock = keepLock(path, content, options);
  try {
    takeLock(path, content, own, shown, outDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}

function takeLock(path: string, content: string, own: LockInfo, shown: { dir: string; lock: string }, outDir: string, options: LockOptions): void {
  // A few rounds: a lock can vanish or be taken over between our looking and our creating.
  for (let round = 0; round < 5; round++) {
    try {
      writeFileAtomic(path, content, { exclusive: true });
      return;
    } catch (error) {
      if (!(error instanceof WriteError && error.code === 'EEXIST')) throw error;
    }
    const found = readLock(path);
    if (found === 'gone') continue;
    if (found === 'unreadable') throw new UsageError(unreadableMessage(shown.lock));
    if (found.info.host !== own.host || found.info.pid === process.pid || isRunning(found.info.pid)) {
      throw new UsageError(heldMessage(found.info, own.host, shown));
    }
    // Stale. Move it aside first: of two builds taking it over at once, only one rename succeeds.
    const aside = tempPath(outDir, 'stale-build.lock');
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const movedRead = readRegularFile(aside, 64 * 1024);
    const moved = movedRead.ok ? movedRead.bytes.toString('utf8') : '';
    if (moved !== found.text) {
      // A live build's fresh lock was moved, not the stale one: put it back and give way.
      try {
        linkSync(aside, path);
      } catch {
        // Someone holds the name again; they go on, we stop.
      }
      rmSync(aside, { force: true });
      const holder = parseLock(moved);
      throw new UsageError(holder ? heldMessage(holder, own.host, shown) : unreadableMessage(shown.lock));
    }
    rmSync(aside, { force: true });
    options.note(staleMessage(found.info, shown.lock)[options.lang]);
  }
  throw new UsageError(unreadableMessage(shown.lock));
}

/** Keeps the lock until release(), which also runs on exit and on SIGINT/SIGTERM; release removes the lock file only if it is ours. */
function keepLock(path: string, content: string, options: LockOptions): BuildLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    try {
      // Only our own lock: never one a later build took over after ours was judged stale.
      const current = readRegularFile(path, 64 * 1024);
      if (current.ok && current.bytes.toString('utf8') === content) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      options.onInterrupt?.();
    } finally {
      release();
      // Our listeners are gone: the signal now ends the process the default way (exit status 128 + signal).
      process.kill(process.pid, signal);
    }
  };
  process.on('exit', release);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { release };
}

function readLock(path: string): { text: string; info: LockInfo } | 'gone' | 'unreadable' {
  // A lock is one line of JSON; anything else under its name (a FIFO, a link to /dev/zero) is not read.
  const read = readRegularFile(path, 64 * 1024);
  if (!read.ok) return read.code === 'ENOENT' ? 'gone' : 'unreadable';
  const text = read.bytes.toString('utf8');
  const info = parseLock(text);
  return info ? { text, info } : 'unreadable';
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0 && typeof value.host === 'string' && typeof value.started === 'string') {
      return { pid: value.pid, host: value.host, started: value.started, token: String(value.token ?? '') };
    }
  } catch {
    // Not JSON: unreadable.
  }
  return undefined;
}

/** "14:02" today, "2026-03-01 14:02" another day; local time, as the user reads the clock. */
function clock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const now = new Date();
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return day === today ? time : `${day} ${time}`;
}

/** Another build holds the lock: which (its host only when it is another machine's), and since when. */
function heldMessage(holder: LockInfo, host: string, shown: { dir: string; lock: string }): Localized {
  return buildMessages.lockHeld(shown.dir, holder.pid, holder.host === host ? undefined : holder.host, clock(holder.started), shown.lock);
}

function unreadableMessage(lock: string): Localized {
  return buildMessages.lockUnreadable(lock);
}

function staleMessage(holder: LockInfo, lock: string): Localized {
  return buildMessages.lockStale(lock, holder.pid, clock(holder.started));
}
