/**
 * The only code that writes files. A write goes to a temporary file beside the
 * target, is flushed to the disk and renamed into place, so a reader never
 * sees half a file and a crash or a full disk leaves the old file as it was.
 * A failed write becomes a WriteError that says, in Danish and English, what
 * happened to which file and what to do; the CLI prints it without a stack.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { LocalizedError } from '../errors.js';
import type { Localized } from '../types.js';
import { writeMessages } from '../i18n/fs.js';

/** Every temporary name the tool uses starts with `.kvs-`, so none is ever mistaken for content. */
export const tempPrefix = '.kvs-tmp-';

/** A fresh temporary name in `dir`; it carries the pid so a later clean-up can tell a live writer's file from a dead one's. */
export function tempPath(dir: string, name: string): string {
  // The target's name is kept (shortened) only to make a leftover recognisable.
  return join(dir, `${tempPrefix}${process.pid}-${randomBytes(6).toString('hex')}-${name.slice(0, 60)}`);
}

/** Creates `path` (it must not exist), writes all of `data` and flushes it to the disk. */
export function writeDurably(path: string, data: string | Uint8Array, mode?: number): void {
  const fd = openSync(path, 'wx', mode ?? 0o666);
  try {
    // The umask narrows the mode given to open; a replaced file keeps exactly its old mode.
    if (mode !== undefined) fchmodSync(fd, mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or a new name in `dir` durable. Windows cannot open a folder; there the rename is as durable as it gets. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some network file systems): nothing more to do.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface WriteOptions {
  /** Fail with code EEXIST instead of replacing a file that exists (used for backups, which must never overwrite each other). */
  exclusive?: boolean;
  /** Runs when the new bytes are on the disk, just before they take the name; throwing cancels the write (src/fs/replace.ts). */
  beforeRename?: () => void;
  /** Permission bits of a new file (e.g. 0o600 for a key); by default a replaced file keeps its own. */
  mode?: number;
}

export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const dir = dirname(path);
  let temp: string | undefined;
  try {
    makeFolder(dir);
    const mode = options.mode ?? modeOf(path);
    temp = tempPath(dir, basename(path));
    writeDurably(temp, data, mode);
    options.beforeRename?.();
    if (options.exclusive) publishNew(temp, path);
    else renameSync(temp, path);
    temp = undefined;
    syncFolder(dir);
  } catch (error) {
    if (temp !== undefined) removeQuietly(temp);
    throw writeErrorFor(error, path);
  }
}

/** Removes a file or folder of ours; a failure only leaves a `.kvs-` leftover that the next build removes, so it must not hide the real error. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // See above.
  }
}

/** mkdir -p; a file in the way is reported as ENOTDIR, so EEXIST from a write always means the target itself exists. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw Object.assign(new Error(`ENOTDIR: ${dir}`), { code: 'ENOTDIR' });
    throw error;
  }
}

/** The permission bits of an existing file, so a replacement keeps them; undefined when there is none. */
export function modeOf(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

/** Gives `temp` the name `path` only if no file has it: a hard link is created exclusively, where rename would replace. */
function publishNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some shares): check, then rename; the gap is the best they allow.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (existsSync(path)) throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}

/** Codes after which no further file can be written either: the build stops instead of failing each standard in turn. */
const diskWide = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

export class WriteError extends LocalizedError {
  /** The system's error code, e.g. ENOSPC. */
  readonly code: string;
  readonly path: string;

  constructor(message: Localized, code: string, path: string) {
    super(message);
    this.code = code;
    this.path = path;
  }

  /** True when the disk as a whole refuses writes (full, over quota, read-only). */
  get diskWide(): boolean {
    return diskWide.has(this.code);
  }
}

/** Turns whatever a write threw into a WriteError about `path` (a WriteError is passed on as it is). */
export function writeErrorFor(error: unknown, path: string): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  const shown = showPath(path);
  const failed = (message: Localized) => new WriteError(message, code, path);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return failed(writeMessages.diskFull(shown));
    case 'EACCES':
    case 'EPERM':
      return failed(writeMessages.noPermission(shown, code));
    case 'EROFS':
      return failed(writeMessages.readOnlyDrive(shown));
    case 'EISDIR':
      return failed(writeMessages.isFolder(shown));
    case 'ENOTDIR':
      return failed(writeMessages.notFolder(shown));
    case 'EEXIST':
      return failed(writeMessages.exists(shown));
    default:
      return failed(writeMessages.failed(shown, code));
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
function showPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
