/**
 * The only code that reads a standard from the disk. Every command that reads
 * a standard (check, build, fmt, accept, fix, compare, diff, export, watch)
 * comes through here, so what a standard may be is decided once:
 *
 * - a regular file: a FIFO would block the read for ever, a link to /dev/zero
 *   would fill the memory, a folder or socket cannot be text;
 * - ending in .md or .markdown;
 * - whose real path (links followed) lies inside the project and not in a
 *   dot-folder such as .git/ (where CI keeps its token): a link inside the
 *   project must not publish a file from elsewhere. A path the user types
 *   that lies outside the project is the user's own choice and is read;
 * - read with a bound: at most `maxBytes` + 1 bytes, so the size limit is
 *   seen without reading more.
 *
 * A refusal is data (code and a Danish/English reason), never an exception:
 * each command reports it for that file and goes on with the others.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Localized } from '../types.js';
import { isInside } from './inside.js';
import { readMessages as messages } from '../i18n/fs.js';

/** What the file was when it was read, to see later whether it changed (src/fs/replace.ts). */
export interface FileStamp {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export type FileRead =
  | { ok: true; bytes: Buffer; real: string; stamp: FileStamp; mode: number; size: number }
  | { ok: false; code: string; reason: Localized };

export interface ReadOptions {
  /** The project folder (the config's folder, else the working folder). */
  root: string;
  /** Bytes to read at most; one more is read so that a larger file is seen as larger. */
  maxBytes: number;
  /** File name endings allowed (lower case, with the dot); every ending when absent. */
  extensions?: readonly string[];
}

export const standardExtensions = ['.md', '.markdown'] as const;

/**
 * The most bytes a standard may have: a quality standard is 10-120 KB of
 * text, and the parser's worst case grows fast past this (src/model/limits.ts
 * says why and refuses larger files with the place).
 */
export const maxStandardBytes = 256 * 1024;

/** A standard, read as every command reads one. */
export function readStandardSource(path: string, root: string): FileRead {
  return readInputFile(path, { root, maxBytes: maxStandardBytes, extensions: standardExtensions });
}

/** The same bytes as the read that made `stamp`? (a cheap look at the inode, size and time). */
export function sameStamp(stats: Stats, stamp: FileStamp): boolean {
  return stats.dev === stamp.dev && stats.ino === stamp.ino && stats.size === stamp.size && stats.mtimeMs === stamp.mtimeMs;
}

export function readInputFile(path: string, options: ReadOptions): FileRead {
  const target = resolve(path);
  const place = whereIs(target, options);
  if (!place.ok) return place;
  return readBounded(place.real, options.maxBytes);
}

/** The real path of a file that may be read, or why it may not. */
export function whereIs(target: string, options: Pick<ReadOptions, 'root' | 'extensions'>): { ok: true; real: string } | Extract<FileRead, { ok: false }> {
  const found = regularFileAt(target);
  if (!found.ok) return found;
  const { real, stats } = found;
  // A hard link is the same file under two names, one of which may be in .git/: no path check can tell.
  if (options.extensions && stats.nlink > 1) return refusal('EHARDLINK', messages.hardLink(stats.nlink));
  const extensions = options.extensions;
  if (extensions && ![target, real].every((name) => extensions.includes(extname(name).toLowerCase()))) {
    return refusal('EEXT', messages.extension(extensions));
  }
  const root = resolve(options.root);
  const realRoot = realOrSelf(root);
  if (isInside(realRoot, real)) {
    const hidden = relative(realRoot, real).split(sep).slice(0, -1).find((part) => part.startsWith('.'));
    if (hidden !== undefined) return refusal('EHIDDEN', messages.hidden(join(hidden, sep)));
  } else if (isInside(root, target) || isInside(realRoot, target)) {
    // Named inside the project, lying outside it: a link out.
    return refusal('EOUTSIDE', messages.outside(real, realRoot));
  }
  return { ok: true, real };
}

/**
 * A small file of the tool's own (the config, a lock, the cache, a baseline):
 * only a regular file, read to at most `maxBytes` + 1 bytes, so a link to
 * /dev/zero or a FIFO committed under such a name cannot hang or fill the memory.
 */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  const found = regularFileAt(path);
  if (!found.ok) return found;
  const read = readBounded(found.real, maxBytes);
  if (read.ok && read.size > maxBytes) return refusal('EFBIG', messages.tooLarge(maxBytes));
  return read;
}

/** The regular file a path names, links followed, or why there is none: missing, a dangling or looping link, a FIFO, a device, a folder. */
function regularFileAt(target: string): { ok: true; real: string; stats: Stats } | Extract<FileRead, { ok: false }> {
  if (!lstatSync(target, { throwIfNoEntry: false })) return refusal('ENOENT', messages.missing);
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const code = codeOf(error);
    return refusal(code, code === 'ELOOP' ? messages.loop : code === 'ENOENT' ? messages.dangling : messages.unreadable(code));
  }
  const stats = statSync(real, { throwIfNoEntry: false });
  if (!stats) return refusal('ENOENT', messages.dangling);
  if (!stats.isFile()) return refusal('ENOTFILE', messages.notFile(kindOf(stats)));
  return { ok: true, real, stats };
}

/** Opens without following a last link or waiting on a FIFO, checks it is the regular file looked at, reads at most maxBytes + 1. */
function readBounded(real: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = codeOf(error);
    return refusal(code, code === 'ELOOP' ? messages.changedToLink : messages.unreadable(code));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusal('ENOTFILE', messages.notFile(kindOf(stats)));
    const want = Math.min(maxBytes + 1, Math.max(stats.size, 0) + 1);
    let buffer = Buffer.allocUnsafe(Math.max(want, 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew while being read: read on, still only to the bound.
        if (buffer.length > maxBytes) break;
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const count = readSync(fd, buffer, length, buffer.length - length, null);
      if (count === 0) break;
      length += count;
    }
    const stamp = { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
    return { ok: true, bytes: buffer.subarray(0, length), real, stamp, mode: stats.mode & 0o7777, size: Math.max(stats.size, length) };
  } catch (error) {
    const code = codeOf(error);
    return refusal(code, messages.unreadable(code));
  } finally {
    closeSync(fd);
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
}

function refusal(code: string, reason: Localized): Extract<FileRead, { ok: false }> {
  return { ok: false, code, reason };
}

function kindOf(stats: Stats): Localized {
  if (stats.isDirectory()) return messages.folder;
  if (stats.isFIFO()) return messages.fifo;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return messages.device;
  if (stats.isSocket()) return messages.socket;
  return messages.notRegular;
}
