/**
 * `kvs fmt [--check] [--diff] [PATH…]`: standards in the canonical Markdown
 * style (src/fmt/). A file is written only when it changes, atomically, after
 * a backup in `.kvs/backup/`. With --check or --diff nothing is written.
 *
 * Exit 0: done (files fmt cannot format safely are left as they are, with a
 * note); 1: with --check/--diff a file would change, or a file could not be
 * read or written; 2: bad usage.
 */
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { formatMarkdown } from '../fmt/format.js';
import { replaceStandardFile, writeFailure } from '../fmt/file.js';
import { unifiedDiff } from '../fmt/patch.js';
import { rewriteWords } from '../i18n/rewrite.js';
import { readStandards } from './rewrite.js';
import { plainLine, plainLines } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface FmtCliOptions {
  check: boolean;
  diff: boolean;
  config?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
}

export async function runFmt(paths: string[], options: FmtCliOptions): Promise<number> {
  const cwd = process.cwd();
  const context = commandContext(options, cwd);
  const { config, root, lang } = context;
  const t = rewriteWords[lang];
  const dryRun = options.check || options.diff;
  const files = await context.standards(paths, 'fmt');
  const say = (text: string) => process.stderr.write(`${plainLine(text)}\n`);

  const standards = readStandards(files, cwd, root, lang);
  let changed = 0;
  let same = 0;
  let skipped = 0;
  let failed = false;
  for (const { file, shown, read } of standards) {
    const result = formatMarkdown(read.text);
    if (!result.ok) {
      say(t.skipped(shown, result.reason[lang]));
      skipped++;
      continue;
    }
    for (const note of result.notes) say(t.note(shown, note[lang]));
    // Text is read in NFC (src/model/read.ts); a file still in NFD on disk is rewritten in NFC, not called "in style".
    const decomposed = Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/u, '') !== read.text;
    if (!result.changed && !decomposed) {
      same++;
      continue;
    }
    changed++;
    if (dryRun) {
      process.stdout.write(options.diff ? plainLines(unifiedDiff(read.text, result.text, shown)) : `${plainLine(t.wouldChange(shown))}\n`);
      continue;
    }
    try {
      const saved = replaceStandardFile(file, read.bytes, result.text, read.bom, root, config.backups);
      process.stdout.write(`${plainLine(t.formatted(shown))}\n${plainLine(t.backup(relative(cwd, saved) || saved))}\n`);
    } catch (error) {
      say(t.cannotWrite(shown, writeFailure(error, lang)));
      changed--;
      skipped++;
      failed = true;
    }
  }
  skipped += standards.unreadable;
  failed ||= standards.unreadable > 0;
  if (dryRun) say(t.checkSummary(changed, files.length));
  else say(t.summary(changed, same, skipped));
  return failed || (dryRun && changed > 0) ? 1 : 0;
}
