/**
 * `kvs compare [PATH…] [--format html|csv|json|md] [--out FILE]`: the
 * standards side by side (src/compare/). Markdown to the screen by default;
 * without --format the format follows --out's extension (.html, .csv, .json,
 * .md). --out is written atomically. Exit 0 when written; 1 when written but
 * a file could not be read (it is left out and named on stderr); bad usage
 * throws a UsageError, which `kvs` turns into exit 2 before anything is read.
 */
import { extname, relative } from 'node:path';
import type { Lang, Standard } from '../types.js';
import { UsageError } from '../errors.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { decode } from '../model/read.js';
import { buildStandard } from '../model/standard.js';
import { writeFileAtomic } from '../fs/write.js';
import { readStandardSource } from '../fs/read.js';
import { reportKinds, type ReportKind } from '../fs/outputs.js';
import { lookFor } from '../build/theme.js';
import { compareWords } from '../i18n/compare.js';
import { compareTable, isCompareFormat, renderCompare, type CompareFormat } from '../compare/index.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface CompareCliOptions {
  /** html, csv, json or md; when absent, from --out's extension, else md. */
  format?: string;
  /** Write to this file (atomically) instead of standard output. */
  out?: string;
  /** YYYY-MM-DD: the rule set in force and "overdue" are judged on this date; default today. */
  asOf?: string;
  config?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
}

const byExtension: Record<string, CompareFormat> = { '.html': 'html', '.htm': 'html', '.csv': 'csv', '.json': 'json', '.md': 'md', '.markdown': 'md' };

export function compareFormat(format: string | undefined, out: string | undefined): CompareFormat {
  if (format === undefined || format === '') return (out && byExtension[extname(out).toLowerCase()]) || 'md';
  const value = format.toLowerCase();
  if (isCompareFormat(value)) return value;
  throw new UsageError({ da: compareWords.da.badFormat(format), en: compareWords.en.badFormat(format) });
}

export async function runCompare(paths: string[], options: CompareCliOptions): Promise<number> {
  const cwd = process.cwd();
  const format = compareFormat(options.format, options.out);
  const context = commandContext(options, cwd);
  const { config, root, lang, asOf } = context;
  const t = compareWords[lang];
  // Fail on a bad date, rule-set pin or theme before reading any file.
  if (config.ruleSet) ruleSetById(config.ruleSet);
  else ruleSetFor(asOf);
  const look = format === 'html' ? lookFor(undefined, config, root) : undefined;
  const files = await context.standards(paths, 'compare');

  const run = context.outputs().inputsAll(files);
  const target = options.out === undefined ? undefined : run.claimReport(options.out, compareKind(format));
  const standards: Standard[] = [];
  let unreadable = 0;
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    const read = readStandardSource(file, root);
    const decoded = read.ok ? decode(read.bytes, read.size) : read;
    if (!decoded.ok) {
      unreadable++;
      process.stderr.write(`kvs: ${plainLine(t.unreadable(shown, decoded.reason[lang]))}\n`);
      continue;
    }
    standards.push(buildStandard(decoded.text, shown, config.headings ? { headings: config.headings } : {}));
  }

  const table = compareTable(standards, { asOf, lang, config });
  const text = renderCompare(table, format, look ?? {});
  if (options.out && target) {
    try {
      writeFileAtomic(target, text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError({ da: compareWords.da.cannotWrite(options.out, reason), en: compareWords.en.cannotWrite(options.out, reason) });
    }
    const shown = relative(cwd, target);
    process.stderr.write(`${plainLine(t.wrote(shown === '' || shown.startsWith('..') ? target : shown, table.rows.length))}\n`);
  } else {
    process.stdout.write(text);
  }
  return unreadable > 0 ? 1 : 0;
}

/** An earlier comparison of the same format may be replaced; a standard never. */
function compareKind(format: CompareFormat): ReportKind {
  if (format === 'json') return { option: '--output', sameKind: (head) => head.includes('"kvs-compare"') };
  if (format === 'html') return { option: '--output', sameKind: (head) => /^\s*<!DOCTYPE html>/iu.test(head) };
  if (format === 'csv') return reportKinds.text('--output');
  const titles = [compareWords.da, compareWords.en].map((t) => t.heading);
  return reportKinds.markdownReport('--output', new RegExp(`^# (?:${titles.join('|')})`, 'u'));
}
