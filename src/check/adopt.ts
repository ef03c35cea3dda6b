/**
 * The options that let a kommune adopt `kvs check` in CI on a repository
 * that is not clean yet: `--changed [REF]` narrows the files, `--baseline`
 * hides known findings. One object so the check command needs only a few
 * lines to use them.
 */
import type { FileResult, Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { BaselineRun } from './baseline.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';
import { changedFiles, onlyChanged } from './changed.js';

export interface AdoptOptions {
  baseline?: string;
  writeBaseline?: boolean;
  /** `true` for --changed without a ref. */
  changed?: string | boolean;
}

export interface Adoption {
  /** The files to check: all of them, or under --changed those changed since the ref. */
  select(files: string[]): string[];
  /** A result with the findings the baseline knows removed (or recorded, under --write-baseline). */
  filter(result: FileResult): FileResult;
  /** Writes the baseline if asked; the lines to print on stderr. */
  finish(): string[];
}

export function adoption(options: AdoptOptions, where: { cwd: string; root: string; lang: Lang }): Adoption {
  if (options.writeBaseline && options.baseline === undefined) {
    throw new UsageError(inBoth(checkWords, (t) => t.needsBaseline));
  }
  const baseline =
    options.baseline === undefined
      ? undefined
      : BaselineRun.open({ file: options.baseline, write: options.writeBaseline === true, ...where });
  const notes: string[] = [];
  return {
    select(files) {
      if (options.changed === undefined || options.changed === false) return files;
      const { ref, files: changed } = changedFiles(where.cwd, typeof options.changed === 'string' ? options.changed : undefined);
      const selected = onlyChanged(files, changed);
      if (selected.length === 0) notes.push(checkWords[where.lang].noneChanged(ref));
      return selected;
    },
    filter: (result) => (baseline ? baseline.filter(result) : result),
    finish: () => [...notes, ...(baseline ? [baseline.finish()] : [])],
  };
}
