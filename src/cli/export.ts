/**
 * `kvs export FILE --docx [--changes]`: a standard as a Word document beside
 * it (or at -o). The file is written atomically, never over an existing one
 * unless --force is given (then the old one is kept in .kvs/backup/), and
 * only inside the project folder (the working folder).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Lang } from '../types.js';
import { LocalizedError, UsageError } from '../errors.js';
import { decode } from '../model/read.js';
import { resolveCriticMarkup } from '../model/critic.js';
import { readStandardSource } from '../fs/read.js';
import { isInside } from '../fs/inside.js';
import { replaceFile } from '../fs/replace.js';
import { reportKinds } from '../fs/outputs.js';
import { exportDocx } from '../export/docx/index.js';
import { inBoth } from '../i18n/index.js';
import { cliWords } from '../i18n/cli.js';
import { exportWords } from '../i18n/export.js';
import { commandContext } from './context.js';
import { plainLine } from '../report/terminal-text.js';

export interface ExportCliOptions {
  docx?: boolean;
  changes?: boolean;
  output?: string;
  author?: string;
  force?: boolean;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
  config?: string;
  /** The project folder; the working folder when not given. */
  cwd?: string;
}

export async function runExport(file: string, options: ExportCliOptions): Promise<number> {
  if (!options.docx) throw new UsageError(inBoth(exportWords, (t) => t.noFormat));
  const context = commandContext(options, options.cwd ?? process.cwd());
  const { cwd, root, lang } = context;
  const source = resolve(cwd, file);
  const text = readStandard(source, file, root);
  const author = checkedAuthor(options.author);
  const date = exportDate(process.env['SOURCE_DATE_EPOCH']);

  const target = resolve(cwd, options.output ?? join(dirname(file), `${basename(file, extname(file))}.docx`));
  const shown = relative(cwd, target) || target;
  if (extname(target).toLowerCase() !== '.docx') throw new UsageError(inBoth(exportWords, (t) => t.notDocx(shown)));
  if (target === source) throw new UsageError(inBoth(exportWords, (t) => t.sameFile));
  assertInside(cwd, target, shown);
  context.outputs().input(source).claimReport(target, reportKinds.docx('-o'));
  const replacing = existsSync(target);
  if (replacing && !options.force) throw new UsageError(inBoth(cliWords, (t) => t.exists(shown)));

  const result = await exportDocx(text, { changes: options.changes === true, author, date });
  try {
    replaceFile(target, result.bytes, { root });
  } catch (error) {
    // A write that fails says what happened in both languages; print it like any usage error, without a stack.
    if (error instanceof LocalizedError && !(error instanceof UsageError)) throw new UsageError(error.localized);
    throw error;
  }
  const marks = options.changes ? 0 : resolveCriticMarkup(text).marks.length;
  process.stderr.write(`${plainLine(exportSummary(relative(cwd, source) || file, shown, options.changes ? result.counts : undefined, marks, lang))}\n`);
  return 0;
}

/** What was written: the accepted text, or how many marks of each kind became tracked changes. */
function exportSummary(source: string, target: string, counts: Record<MarkKind, number> | undefined, marksLeftOut: number, lang: Lang): string {
  const t = exportWords[lang];
  if (!counts) return t.acceptedText(source, target, marksLeftOut);
  const kinds: MarkKind[] = ['insertions', 'deletions', 'substitutions', 'comments', 'highlights'];
  const listed = kinds.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${t.marks[kind][counts[kind] === 1 ? 0 : 1]}`);
  return listed.length === 0 ? t.noChanges(source, target) : t.trackedChanges(source, target, listed.join(', '));
}

type MarkKind = keyof (typeof exportWords)['da']['marks'];

function readStandard(path: string, shown: string, root: string): string {
  const read = readStandardSource(path, root);
  if (!read.ok) throw new UsageError({ da: `${shown}: ${read.reason.da}`, en: `${shown}: ${read.reason.en}` });
  const decoded = decode(read.bytes, read.size);
  if (!decoded.ok) throw new UsageError({ da: `${shown}: ${decoded.reason.da}`, en: `${shown}: ${decoded.reason.en}` });
  return decoded.text;
}

function checkedAuthor(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  const name = author.trim();
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) throw new UsageError(inBoth(exportWords, (t) => t.badAuthor));
  return name;
}

/** SOURCE_DATE_EPOCH (reproducible builds) fixes the date of the changes and the document; else now. */
export function exportDate(epoch: string | undefined): Date {
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d{1,11}$/.test(epoch.trim())) throw new UsageError(inBoth(exportWords, (t) => t.badEpoch(epoch)));
  return new Date(Number(epoch.trim()) * 1000);
}

/** The target, and the real folder it lands in, must lie inside the project. */
function assertInside(root: string, target: string, shown: string): void {
  const realRoot = realpathSync(root);
  let folder = dirname(target);
  while (!existsSync(folder)) folder = dirname(folder);
  if (!isInside(resolve(root), target) || !isInside(realRoot, realpathSync(folder))) {
    throw new UsageError(inBoth(exportWords, (t) => t.outside(shown, realRoot)));
  }
}

