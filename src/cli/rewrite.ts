/**
 * Shared by `kvs fmt` and `kvs accept`: the standards to rewrite, each read
 * just before it is changed and written (a file read long before its write
 * would lose an edit saved in between), with those that cannot be read said
 * on stderr.
 */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { readStandardFile, type StandardFile } from '../fmt/file.js';
import { rewriteWords } from '../i18n/rewrite.js';
import { plainLine } from '../report/terminal-text.js';

export interface ReadableStandard {
  file: string;
  /** The path as the user sees it: relative to the working folder. */
  shown: string;
  read: Extract<StandardFile, { ok: true }>;
}

export interface Standards extends Iterable<ReadableStandard> {
  /** How many could not be read, so far. */
  readonly unreadable: number;
}

/** Why a standard could not be read for rewriting. */
function unreadableMessage(file: Extract<StandardFile, { ok: false }>, shown: string, lang: Lang): string {
  const t = rewriteWords[lang];
  return file.problem === 'unreadable' ? t.unreadable(shown, file.reason[lang]) : t.notUtf8(shown, file.encoding);
}

export function readStandards(files: string[], cwd: string, root: string, lang: Lang): Standards {
  let unreadable = 0;
  return {
    get unreadable() {
      return unreadable;
    },
    *[Symbol.iterator]() {
      for (const file of files) {
        const shown = relative(cwd, file) || file;
        const read = readStandardFile(file, root);
        if (read.ok) {
          yield { file, shown, read };
        } else {
          process.stderr.write(`${plainLine(unreadableMessage(read, shown, lang))}\n`);
          unreadable++;
        }
      }
    },
  };
}
