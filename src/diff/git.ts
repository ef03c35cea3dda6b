/**
 * One file as it was at a git revision: `git show REV:./NAME`, run in the
 * file's folder (so the path is the file's, wherever the repository root is),
 * without a shell. A revision is refused if git could read it as an option.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import type { Localized } from '../types.js';
import { diffWords } from '../i18n/diff.js';

export type Revision = { ok: true; bytes: Uint8Array } | { ok: false; reason: Localized };

/** "A..B" → [A, B]; "A" or "A.." → [A, undefined] (undefined: the file as it is now). */
export function parseRevisionRange(value: string): [string, string | undefined] | undefined {
  const [from, to, ...rest] = value.split('..');
  if (rest.length > 0 || !from || !isRevision(from) || (to && !isRevision(to))) return undefined;
  return [from, to || undefined];
}

function isRevision(value: string): boolean {
  return /^[^\s:-][^\s:]*$/u.test(value);
}

export function showRevision(file: string, revision: string): Revision {
  const spec = `${revision}:./${basename(file)}`;
  try {
    const bytes = execFileSync('git', ['show', spec], {
      cwd: dirname(file),
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      windowsHide: true,
    });
    return { ok: true, bytes };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') return { ok: false, reason: { da: diffWords.da.gitMissing, en: diffWords.en.gitMissing } };
    const said = failure.stderr?.toString('utf8').trim().split('\n')[0] ?? failure.message;
    return { ok: false, reason: { da: diffWords.da.gitFailed(spec, said), en: diffWords.en.gitFailed(spec, said) } };
  }
}
