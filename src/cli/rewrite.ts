/** Shared by `kvs fmt` and `kvs accept`: the standards to rewrite, read, with those that cannot be read said on stderr. */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { readStandardFile, type StandardFile } from '../fmt/file.js';
import { unreadableMessage } from './rewrite-text.js';
import { plainLine } from '../report/terminal-text.js';

export interface ReadableStandard {
  file: string;
  /** The path as the user sees it: relative to the working folder. */
  shown: string;
  read: Extract<StandardFile, { ok: true }>;
}

export function readStandards(files: string[], cwd: string, lang: Lang): { readable: ReadableStandard[]; unreadable: number } {
  const readable: ReadableStandard[] = [];
  let unreadable = 0;
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    const read = readStandardFile(file);
    if (read.ok) {
      readable.push({ file, shown, read });
    } else {
      process.stderr.write(`${plainLine(unreadableMessage(read, shown, lang))}\n`);
      unreadable++;
    }
  }
  return { readable, unreadable };
}
