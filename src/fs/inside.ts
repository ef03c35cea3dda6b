/**
 * Paths from a config or a standard are untrusted: a logo, a font or a
 * template folder must lie inside the project (the folder that holds
 * kvs.config.json). A path that climbs out with `../`, an absolute path, and
 * a symlink whose target lies outside are refused with a usage error that
 * names the setting, the path and the reason. The check compares real paths
 * (symlinks resolved on both sides), so a project that itself sits behind a
 * symlink works.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Localized } from '../types.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep, win32 } from 'node:path';
import { UsageError } from '../errors.js';
import { placeMessages } from '../i18n/fs.js';

export type PathKind = 'file' | 'folder';

/** `child` is `root` or lies below it (both absolute, normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real absolute path of `path` (relative to `root`), or a UsageError.
 * `what` names the setting, e.g. "theme.logo" or "kommuner.Holbæk.templates".
 */
export function resolveInside(root: string, path: string, what: string, kind: PathKind = 'file'): string {
  const refuse = (why: Localized): never => {
    throw new UsageError(placeMessages.settingRefused(what, path, why));
  };
  if (path.includes('\0')) refuse(placeMessages.nulCharacter);
  if (isAbsolute(path) || win32.isAbsolute(path)) refuse(placeMessages.absolute);
  const base = resolve(root);
  const target = resolve(base, path);
  if (!isInside(base, target)) {
    refuse(placeMessages.climbsOut(base));
  }
  if (!existsSync(target)) {
    throw new UsageError(placeMessages.settingMissing(target, what));
  }
  const real = realpathSync(target);
  const realBase = realpathSync(base);
  if (!isInside(realBase, real)) {
    refuse(placeMessages.linksOutOfProject(target, real, realBase));
  }
  const hidden = relative(realBase, real).split(sep).find((part) => part.startsWith('.'));
  if (hidden !== undefined) {
    refuse(placeMessages.inHiddenFolder(target, hidden));
  }
  const stats = statSync(real);
  if (!stats.isFile() && !stats.isDirectory()) refuse(placeMessages.notFileOrFolder(target));
  const isFolder = stats.isDirectory();
  if (kind === 'folder' && !isFolder) refuse(placeMessages.notAFolder(target));
  if (kind === 'file' && isFolder) refuse(placeMessages.aFolder(target));
  return real;
}

/**
 * Every file ending in one of `extensions` below `folder` (and every folder on
 * the way) must really lie inside `root`: a template folder may hold no
 * symlink to a style sheet or template elsewhere on the machine.
 */
export function assertTreeInside(root: string, folder: string, what: string, extensions: string[]): void {
  const realRoot = realpathSync(root);
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    const realDir = realpathSync(dir);
    if (seen.has(realDir) || depth > 8) return;
    seen.add(realDir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (!entry.isSymbolicLink() && !entry.isDirectory() && !extensions.some((ext) => entry.name.endsWith(ext))) continue;
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        continue; // A dangling link: nothing can be read through it.
      }
      const folderEntry = statSync(real).isDirectory();
      if (!folderEntry && !extensions.some((ext) => entry.name.endsWith(ext))) continue;
      const hidden = isInside(realRoot, real) && relative(realRoot, real).split(sep).some((part) => part.startsWith('.'));
      if (!isInside(realRoot, real) || hidden) {
        throw new UsageError(placeMessages.settingLinksOut(what, path, real, hidden, realRoot));
      }
      if (folderEntry) walk(path, depth + 1);
    }
  };
  walk(folder, 0);
}

/**
 * Where a write to `path` really lands: the nearest folder on the way that
 * exists, with its links resolved, and the rest of the path after it. A link
 * anywhere on the way (output/ → .git, gl/ → .git, .kvs/ → elsewhere) shows here.
 */
export function realDestination(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest);
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.unshift(basename(existing));
      existing = parent;
    }
  }
}

/**
 * Why the tool must not write to `path`, or undefined: never into .git/ (in
 * any letter case: macOS and Windows fold it), and never out of the project
 * through a link when the path itself is inside it.
 */
export function unsafeDestination(path: string, root: string): Localized | undefined {
  const real = realDestination(path);
  if (real.split(sep).some((part) => part.toLowerCase() === '.git')) {
    return placeMessages.inGit(path);
  }
  const base = resolve(root);
  const realBase = realDestination(base);
  const lexical = resolve(path);
  if ((isInside(base, lexical) || isInside(realBase, lexical)) && !isInside(realBase, real)) {
    return placeMessages.linksOut(path, real);
  }
  return undefined;
}
