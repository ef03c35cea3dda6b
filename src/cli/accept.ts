/**
 * `kvs accept FILE… [--dry-run]`: every tracked change accepted and every
 * review comment removed (src/accept/), so an adopted standard is clean. The
 * file is replaced atomically after a backup in `.kvs/backup/`, and only when
 * its accepted view (front-matter, headings, prose) stays exactly the same.
 *
 * Exit 0: done; 1: a file could not be read, written or accepted safely;
 * 2: bad usage.
 */
import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { acceptAll } from '../accept/accept.js';
import { acceptedView } from '../accept/view.js';
import { replaceStandardFile, writeFailure } from '../fmt/file.js';
import { rewriteWords } from '../i18n/rewrite.js';
import { readStandards } from './rewrite.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface AcceptCliOptions {
  dryRun: boolean;
  config?: string;
  lang?: Lang;
}

export async function runAccept(paths: string[], options: AcceptCliOptions): Promise<number> {
  const cwd = process.cwd();
  if (paths.length === 0) throw new UsageError({ da: rewriteWords.da.noFiles, en: rewriteWords.en.noFiles });
  const context = commandContext(options, cwd);
  const { config, root, lang } = context;
  const t = rewriteWords[lang];
  const files = await context.standards(paths, 'accept');
  const say = (text: string) => process.stderr.write(`${plainLine(text)}\n`);

  const standards = readStandards(files, cwd, root, lang);
  let failed = false;
  for (const { file, shown, read } of standards) {
    const accepted = acceptAll(read.text);
    if (accepted.changes + accepted.comments === 0) {
      say(t.nothingToAccept(shown));
      continue;
    }
    if (!isDeepStrictEqual(acceptedView(accepted.text), acceptedView(read.text))) {
      say(t.acceptUnsafe(shown));
      failed = true;
      continue;
    }
    if (options.dryRun) {
      if (files.length > 1) process.stdout.write(`==> ${plainLine(shown)} <==\n`);
      process.stdout.write(accepted.text);
      say(t.accepted(shown, accepted.changes, accepted.comments));
      continue;
    }
    try {
      const saved = replaceStandardFile(file, read.bytes, accepted.text, read.bom, root, config.backups);
      say(t.accepted(shown, accepted.changes, accepted.comments));
      say(t.backup(relative(cwd, saved) || saved));
    } catch (error) {
      say(t.cannotWrite(shown, writeFailure(error, lang)));
      failed = true;
    }
  }
  if (options.dryRun) say(t.dryRunNote);
  return failed || standards.unreadable > 0 ? 1 : 0;
}
