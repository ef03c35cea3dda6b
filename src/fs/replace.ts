/**
 * Replacing a file the user owns (a standard rewritten by fmt, fix or
 * accept; a standard or report replaced by import --force; a Word file by
 * export --force), the one way:
 *
 * - the old bytes go to `.kvs/backup/` first, under the file's path in the
 *   project, and only the last `keep` backups of each file are kept;
 * - a symbolic link is kept and the file it points to is replaced, if that
 *   lies inside the project; a read-only file is not replaced;
 * - when the caller read the file earlier (`expected`), the file is compared
 *   with what was read just before the new one is renamed into place: an
 *   edit saved in between (the writer's editor) is never lost, the write is
 *   refused instead.
 */
import { readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { isInside, unsafeDestination } from './inside.js';
import { readInputFile } from './read.js';
import { writeFileAtomic, WriteError } from './write.js';
import { writeMessages } from '../i18n/fs.js';

/** Backups kept per file when the config does not say (kvs.config.json `backups`). */
export const defaultBackups = 10;

/** Larger than any file the tool writes; a bound only so a device file cannot fill the memory. */
const maxReplacedBytes = 256 * 1024 * 1024;

export interface ReplaceOptions {
  /** The project folder: backups go to its .kvs/backup/, links may not lead out of it. */
  root: string;
  /** The bytes the caller read and changed; the file must still hold them. */
  expected?: Uint8Array;
  /** How many backups of this file to keep. */
  keep?: number;
}

/** Writes `data` over `path` (or creates it); returns the backup's path, if there was an old file. */
export function replaceFile(path: string, data: string | Uint8Array, options: ReplaceOptions): string | undefined {
  const unsafe = unsafeDestination(path, options.root);
  if (unsafe) throw new WriteError(writeMessages.unsafe(unsafe), 'EUNSAFE', path);
  const target = realTargetInside(path, options.root);
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) {
    if (options.expected) throw changed(path);
    writeFileAtomic(target, data, { exclusive: true });
    return undefined;
  }
  if (!stats.isFile()) throw new WriteError(writeMessages.notRegularFile(showPath(path)), 'ENOTFILE', path);
  if ((stats.mode & 0o222) === 0) throw new WriteError(writeMessages.readOnlyFile(showPath(path)), 'EREADONLY', path);
  const current = currentBytes(target, options.root, path);
  if (options.expected && !current.equals(options.expected)) throw changed(path);
  const saved = backupFile(target, current, options.root, { keep: options.keep ?? defaultBackups });
  writeFileAtomic(target, data, {
    // The last moment before the rename: an editor's save since the read above wins.
    beforeRename: () => {
      if (!currentBytes(target, options.root, path).equals(current)) throw changed(path);
    },
  });
  return saved;
}

/** The file a write to `path` lands in: through a link to its target, which must lie inside the project. */
function realTargetInside(path: string, root: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return path;
  }
  if (real === resolve(path)) return real;
  const realRoot = realpathSync(root);
  if (!isInside(realRoot, real)) {
    throw new WriteError(writeMessages.linksOutside(showPath(path), real), 'EOUTSIDE', path);
  }
  return real;
}

function currentBytes(target: string, root: string, shown: string): Buffer {
  const read = readInputFile(target, { root, maxBytes: maxReplacedBytes });
  if (!read.ok) {
    throw new WriteError(writeMessages.cannotKeep(showPath(shown), read.reason), read.code, target);
  }
  return read.bytes;
}

function changed(path: string): WriteError {
  return new WriteError(writeMessages.changed(showPath(path)), 'ECHANGED', path);
}

function showPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/**
 * Keeps `bytes` as `.kvs/backup/<path in the project>/<name>.<time><ext>` (a
 * counter is added when two fall in the same millisecond; each name is
 * created exclusively, so no backup replaces another) and removes the oldest
 * backups of the same file beyond `keep`. A file outside the project is
 * kept under `.kvs/backup/_outside/`.
 */
export function backupFile(path: string, bytes: Uint8Array, projectRoot: string, options: { keep?: number; now?: Date } = {}): string {
  const dir = backupFolder(path, projectRoot);
  // .kvs/ or .kvs/backup/ made a link into .git/ or out of the project: no backup is written there.
  const unsafe = unsafeDestination(dir, projectRoot);
  if (unsafe) throw new WriteError(writeMessages.backupUnsafe(unsafe), 'EUNSAFE', dir);
  const extension = extname(path) || '.md';
  // A name near the file system's 255 bytes leaves no room for the time stamp: shortened, made unique by a hash.
  const name = shortName(basename(path, extname(path)));
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  for (let counter = 1; ; counter++) {
    const target = join(dir, `${name}.${stamp}${counter === 1 ? '' : `-${counter}`}${extension}`);
    try {
      writeFileAtomic(target, bytes, { exclusive: true });
      pruneBackups(dir, name, extension, options.keep ?? defaultBackups, basename(target));
      return target;
    } catch (error) {
      if (!(error instanceof WriteError && error.code === 'EEXIST') || counter >= 1000) throw error;
    }
  }
}

function backupFolder(path: string, projectRoot: string): string {
  const base = join(resolve(projectRoot), '.kvs', 'backup');
  let root = resolve(projectRoot);
  try {
    root = realpathSync(root);
  } catch {
    // A project folder that is gone cannot hold a backup either; the write below says so.
  }
  const folder = resolve(dirname(path));
  const inside = isInside(root, folder) ? relative(root, folder) : isInside(resolve(projectRoot), folder) ? relative(resolve(projectRoot), folder) : undefined;
  if (inside !== undefined) return join(base, inside);
  return join(base, '_outside', ...folder.split(sep).filter((part) => part !== '' && !part.endsWith(':')));
}

/** A backup's name: the file's name, a time stamp (2026-12-07T13-02-08-123Z) and maybe a counter. */
const stampPattern = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-(\d+))?$/u;

function shortName(name: string): string {
  if (Buffer.byteLength(name) <= 150) return name;
  let short = name;
  while (Buffer.byteLength(short) > 130) short = short.slice(0, -1);
  return `${short}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

/** Removes the oldest backups beyond `keep`; never the one just written (a clock set back, or a stray file named in the future, must not cost it). */
function pruneBackups(dir: string, name: string, extension: string, keep: number, written: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const ours = entries
    .filter((entry) => entry.startsWith(`${name}.`) && entry.endsWith(extension))
    .map((entry) => ({ entry, stamp: entry.slice(name.length + 1, entry.length - extension.length) }))
    .filter(({ stamp, entry }) => stampPattern.test(stamp) && entry !== written)
    .sort((a, b) => order(a.stamp).localeCompare(order(b.stamp)));
  for (const { entry } of ours.slice(0, Math.max(0, ours.length + 1 - keep))) {
    try {
      rmSync(join(dir, entry), { force: true });
    } catch {
      // A backup that cannot be removed is only one too many.
    }
  }
}

/** The stamp with its counter padded, so "-10" sorts after "-9". */
function order(stamp: string): string {
  const match = stampPattern.exec(stamp);
  const counter = Number(match?.[1] ?? 1);
  return `${stamp.slice(0, 24)}-${String(counter).padStart(4, '0')}`;
}
