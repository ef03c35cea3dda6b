/**
 * The key that signs the result cache. A cache is used only when this
 * machine (or this CI job) wrote it: the cache file carries an HMAC made with
 * a random key that lives in the user's cache folder, outside every project.
 * A cache that was committed, copied from elsewhere or edited by hand
 * therefore fails the check and is rebuilt; it can never turn failing
 * standards into a passing run. A CI cache restored together with the key's
 * folder keeps working.
 *
 * The key must not lie inside the project: then it could be committed next
 * to the cache, and a fresh checkout would trust both. In that case, and when
 * the key cannot be made or read, there is no cache at all.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Localized } from '../types.js';
import { isInside } from '../fs/inside.js';
import { writeFileAtomic } from '../fs/write.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

const keyBytes = 32;

export type CacheSecret = { ok: true; secret: Buffer; file: string } | { ok: false; why: Localized };

/**
 * Where the key lives: $XDG_CACHE_HOME/kvalitetsstandard/, else
 * %LOCALAPPDATA%\kvalitetsstandard\ on Windows, else ~/.cache/kvalitetsstandard/.
 * Undefined when there is no such folder to name.
 */
export function cacheSecretPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env['XDG_CACHE_HOME'];
  const local = platform === 'win32' ? env['LOCALAPPDATA'] : undefined;
  const base = xdg && isAbsolute(xdg) ? xdg : local && isAbsolute(local) ? local : homeCache();
  return base === undefined ? undefined : join(base, 'kvalitetsstandard', 'cache-secret');
}

function homeCache(): string | undefined {
  try {
    const home = homedir();
    return home && isAbsolute(home) ? join(home, '.cache') : undefined;
  } catch {
    // No passwd entry and no HOME (some containers).
    return undefined;
  }
}

/** This machine's key, made on first use, or why there is none to trust. */
export function loadCacheSecret(projectRoot: string): CacheSecret {
  const file = cacheSecretPath();
  if (file === undefined) return { ok: false, why: inBoth(checkWords, (t) => t.cacheNoHome) };
  if (insideProject(dirname(file), projectRoot)) return { ok: false, why: inBoth(checkWords, (t) => t.cacheKeyInside(file)) };
  try {
    const secret = readKey(file) ?? createKey(file);
    return secret ? { ok: true, secret, file } : { ok: false, why: inBoth(checkWords, (t) => t.cacheBadKey(file)) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, why: inBoth(checkWords, (t) => t.cacheKeyUnavailable(file, reason)) };
  }
}

/** The key in `file`: undefined when there is none yet, null when the file is not a key of ours. */
function readKey(file: string): Buffer | null | undefined {
  let stats = lstatSync(file, { throwIfNoEntry: false });
  // A run that is making the key links it into place and then removes its temporary name: wait that moment out.
  for (let tries = 0; stats?.isFile() && stats.nlink === 2 && tries < 10; tries++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    stats = lstatSync(file, { throwIfNoEntry: false });
  }
  if (!stats) return undefined;
  // Checked before reading: a FIFO or a huge file in its place must not hang or fill the run.
  // A link (symbolic, or hard: a second name) may point at a key committed in the project, which a forged cache would then match.
  if (!stats.isFile() || stats.nlink !== 1 || stats.size !== keyBytes) return null;
  const bytes = readFileSync(file);
  return bytes.length === keyBytes ? bytes : null;
}

/**
 * Makes the key: written whole under a temporary name and linked into place
 * only if no key exists, so two runs starting at once agree on one key (the
 * one that loses the race reads the winner's) and none sees half a key.
 */
function createKey(file: string): Buffer | null {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileAtomic(file, randomBytes(keyBytes), { exclusive: true, mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKey(file) ?? null;
}

/**
 * True when `folder` is in the project: below its root or below the git
 * work tree around it (HOME inside the repository), compared both as written
 * and with symlinks resolved, so a ~/.cache that links into the repository
 * counts as inside too.
 */
export function insideProject(folder: string, projectRoot: string): boolean {
  const roots = [resolve(projectRoot), gitTop(resolve(projectRoot))].filter((root): root is string => root !== undefined);
  const folders = [resolve(folder), realOrNearest(resolve(folder))];
  return roots.flatMap((root) => [root, realOrNearest(root)]).some((root) => folders.some((place) => isInside(root, place)));
}

/** The nearest folder at or above `dir` that holds a `.git`, or undefined. */
function gitTop(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** The real path of `path`, or of its nearest existing parent with the rest appended (the key's folder may not exist yet). */
function realOrNearest(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrNearest(parent), basename(path));
  }
}
