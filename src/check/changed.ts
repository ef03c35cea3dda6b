/**
 * `kvs check --changed [REF]`: which files changed since a git ref, counting
 * what is staged, what is only in the working tree and new untracked files.
 * Deleted files are skipped (nothing to check). git is run directly, never
 * through a shell, with NUL-separated output so any file name is safe.
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

function git(args: string[], cwd: string): string {
  // Taken when git is run (--changed): child_process with net and dgram is some ms of every check's start.
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function usage(pick: (words: (typeof checkWords)['da']) => string): UsageError {
  return new UsageError(inBoth(checkWords, pick));
}

/** True when `ref` names a commit in the repository at `cwd`. */
function refExists(ref: string, cwd: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The ref to compare with when none is given: the remote's default branch if there is one, else the last commit. */
export function defaultRef(cwd: string): string {
  return refExists('origin/HEAD', cwd) ? 'origin/HEAD' : 'HEAD';
}

/**
 * Absolute paths of the existing files changed since `ref` (default: see
 * defaultRef) or untracked and not ignored. Throws a UsageError outside a git
 * repository and for an unknown ref.
 */
export function changedFiles(cwd: string, ref?: string): { ref: string; files: Set<string> } {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw usage((t) => t.noGit);
    throw usage((t) => t.notGit(cwd));
  }
  const base = ref ?? defaultRef(cwd);
  // A ref starting with "-" would be read as an option; no real ref does.
  if (base.startsWith('-') || !refExists(base, cwd)) throw usage((t) => t.unknownRef(base));
  const names = [
    ...split(git(['diff', '--name-only', '--no-renames', '-z', base, '--', '.'], top)),
    ...split(git(['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], top)),
  ];
  const files = new Set<string>();
  for (const name of names) {
    const path = resolve(top, name);
    if (existsSync(path)) files.add(path);
  }
  return { ref: base, files };
}

function split(output: string): string[] {
  return output.split('\0').filter((name) => name !== '');
}

/** The files of `files` that are in `changed`; both sides compared as real paths (git reports them without symlinks). */
export function onlyChanged(files: string[], changed: Set<string>): string[] {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const wanted = new Set([...changed].map(real));
  return files.filter((file) => wanted.has(real(file)));
}
