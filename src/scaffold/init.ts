/**
 * `kvs init`: sets up a kommune's repository. It never overwrites: a file
 * that is already there (even a dangling link) is left as it is and reported.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';
import { initWords } from '../i18n/init.js';
import { writeFileAtomic } from '../fs/write.js';
import { readRegularFile } from '../fs/read.js';
import { ignoredByKvs, scaffoldContent, scaffoldFilesFor, type CiSystem } from './files.js';

export interface InitResult {
  /** The project folder, absolute. */
  root: string;
  /** Targets written, as listed in scaffoldFiles. */
  written: string[];
  /** Targets that were there already and were not touched. */
  existing: string[];
  /** Targets not written because a folder on the way is a link out of the project. */
  outside: string[];
  /** Lines of `ignoredByKvs` an existing .gitignore lacks. */
  missingIgnores: string[];
}

export function initProject(dir: string, ci: CiSystem = 'github'): InitResult {
  const root = resolve(dir);
  const stat = statSync(root, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) {
    throw new UsageError(inBoth(initWords, (t) => t.notAFolder(dir)));
  }
  // A folder inside .git (or another git folder) is git's, not a project: files written there would be read as git's own.
  if (resolve(root).split(sep).some((part) => part.toLowerCase() === '.git')) {
    throw new UsageError(inBoth(initWords, (t) => t.insideGit(dir)));
  }
  mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);

  const result: InitResult = { root, written: [], existing: [], outside: [], missingIgnores: [] };
  for (const file of scaffoldFilesFor(ci)) {
    const target = join(root, ...file.target.split('/'));
    if (lstatSync(target, { throwIfNoEntry: false })) {
      result.existing.push(file.target);
      continue;
    }
    if (!isInside(realRoot, realpathSync(nearestExisting(dirname(target))))) {
      result.outside.push(file.target);
      continue;
    }
    writeFileAtomic(target, scaffoldContent(file));
    if (file.executable) chmodSync(target, 0o755);
    result.written.push(file.target);
  }
  if (result.existing.includes('.gitignore')) result.missingIgnores = missingIgnoreLines(join(root, '.gitignore'));
  return result;
}

function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current)) current = dirname(current);
  return current;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** "output/", "/output" and "output" all keep output/ out of git. */
function missingIgnoreLines(gitignore: string): string[] {
  // A FIFO or a link to /dev/zero named .gitignore must not hang or fill the memory: only a regular file is read.
  const read = readRegularFile(gitignore, 1024 * 1024);
  if (!read.ok) return [];
  const text = new TextDecoder().decode(read.bytes);
  const lines = new Set(text.split(/\r?\n/).map((line) => line.trim().replace(/^\//, '').replace(/\/$/, '')));
  return ignoredByKvs.filter((entry) => !lines.has(entry.replace(/\/$/, '')));
}
