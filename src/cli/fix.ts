/**
 * `kvs fix [--write] [PATH…]`: shows the mechanical fixes as a unified diff;
 * with --write saves them, each file atomically after a backup in
 * `.kvs/backup/`. Exit 0 done; 1 a file could not be read or saved; 2 bad usage.
 */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { readStandardFile, replaceStandardFile, writeFailure } from '../fmt/file.js';
import { unifiedDiff } from '../fmt/patch.js';
import { fixStandardText } from '../fix/index.js';
import { fixWords } from '../i18n/fix.js';
import { plainLine, plainLines } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface FixCliOptions {
  write: boolean;
  asOf?: string;
  config?: string;
  lang?: Lang;
}

export async function runFix(paths: string[], options: FixCliOptions): Promise<number> {
  const cwd = process.cwd();
  const context = commandContext(options, cwd);
  const { config, root, lang, asOf } = context;
  const t = fixWords[lang];
  const files = await context.standards(paths, 'fix');
  const say = (text: string) => process.stderr.write(`${plainLine(text)}\n`);
  let fixes = 0;
  let touched = 0;
  let failed = false;
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    const read = readStandardFile(file, root);
    if (!read.ok) {
      say(t.skipped(shown, read.problem === 'not-utf8' ? t.notUtf8(read.encoding) : read.reason[lang]));
      failed = true;
      continue;
    }
    const result = fixStandardText(read.text, shown, { asOf, lang, config });
    if (result.applied.length === 0 || result.text === read.text) continue;
    process.stdout.write(plainLines(unifiedDiff(read.text, result.text, shown)));
    for (const edit of result.applied) say(t.edit(shown, edit.note[lang]));
    if (options.write) {
      try {
        const saved = replaceStandardFile(file, read.bytes, result.text, read.bom, root, config.backups);
        say(t.fixed(shown, relative(cwd, saved) || saved));
      } catch (error) {
        say(t.cannotWrite(shown, writeFailure(error, lang)));
        failed = true;
        continue;
      }
    }
    fixes += result.applied.length;
    touched++;
  }
  say(options.write ? t.summary(fixes, touched) : t.dryRun(fixes, touched));
  return failed ? 1 : 0;
}
