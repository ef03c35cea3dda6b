import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { Lang, Localized } from '../types.js';
import { UsageError } from '../errors.js';
import { importDocument, ImportError, type ImportOptions, type ImportResult } from '../import/index.js';
import { sourceFormats } from '../import/detect.js';
import { standardFileName } from '../import/slug.js';
import { groupSameStandards, type ImportedStandard } from '../import/same.js';
import type { SourceFormat } from '../import/types.js';
import { removeQuietly, WriteError } from '../fs/write.js';
import { freeFolderName, writeNewFolder } from '../fs/new-folder.js';
import { replaceFile } from '../fs/replace.js';
import { readInputFile } from '../fs/read.js';
import { reportKinds } from '../fs/outputs.js';
import { checkText } from '../check/check.js';
import { buildStandard } from '../model/standard.js';
import { documentKind, documentKindFileName } from '../model/document-kind.js';
import { commandContext } from './context.js';
import { plainLine } from '../report/terminal-text.js';
import { inBoth } from '../i18n/index.js';
import { cliWords } from '../i18n/cli.js';
import { importWords } from '../i18n/import.js';

export interface ImportCliOptions {
  out: string;
  output?: string;
  kommune?: string;
  from?: string;
  report?: string;
  force: boolean;
  keepChanges?: boolean;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
  config?: string;
}

export function runImport(files: string[], options: ImportCliOptions): number {
  const context = commandContext(options);
  const { cwd, lang, root } = context;
  const t = importWords[lang];
  const from = parseFrom(options.from);
  if (files.length === 0) {
    throw new UsageError(inBoth(importWords, (w) => w.noFiles));
  }
  // Where everything goes is settled before anything is read or written: the report never
  // replaces a source, the new standard or a standard elsewhere.
  const run = context.outputs().inputsAll(files);
  if (options.output && options.output !== '-') run.claimReport(options.output, { option: '-o', markdown: true, sameKind: () => true });
  const reportPath = options.report ? run.claimReport(options.report, reportKinds.json('--report')) : undefined;
  // --report follows the same rule as the standards: never overwritten unless asked.
  if (reportPath && existsSync(reportPath) && !options.force) {
    const report = options.report!;
    throw new UsageError(inBoth(cliWords, (w) => w.exists(report)));
  }
  let failed = false;
  const say = (text: string) => process.stderr.write(`${plainLine(text)}\n`);

  const importOptions: ImportOptions = { ...(options.kommune ? { kommune: options.kommune } : {}), ...(from ? { from } : {}), ...(options.keepChanges ? { keepChanges: true } : {}) };
  const read: Array<{ source: string; result: ImportResult }> = [];
  const sourceBytes = new Map<string, Uint8Array>();
  for (const file of files) {
    const path = resolve(cwd, file);
    const source = readInputFile(path, { root, maxBytes: maxImportBytes });
    if (!source.ok || source.size > maxImportBytes) {
      const reason = source.ok ? tooLarge(source.size) : source.reason;
      say(`${file}: ${reason[lang]} ${t.nothingWritten}`);
      failed = true;
      continue;
    }
    const bytes = source.bytes;
    try {
      const result = importDocument(bytes, basename(path), importOptions);
      read.push({ source: file, result });
      sourceBytes.set(file, bytes);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      say(`${file}: ${error.localized[lang]} ${t.nothingWritten}`);
      failed = true;
    }
  }

  const imported = groupSameStandards(read);
  for (const item of imported) {
    for (const other of item.alternates) {
      say(t.sameStandard(other, item.source));
    }
  }
  if (options.output && options.output !== '-' && imported.length > 1) {
    throw new UsageError(inBoth(importWords, (w) => w.oneStandardOnly));
  }

  const reports: object[] = [];
  for (const item of imported) {
    let { result } = item;
    const kommune = options.kommune ?? result.frontMatter.kommune;
    let target: string | undefined;
    if (options.output === '-') {
      process.stdout.write(result.markdown);
    } else {
      if (!options.output && !kommune) {
        say(t.noKommune(item.source));
        failed = true;
        continue;
      }
      target = options.output ? resolve(cwd, options.output) : resolve(cwd, options.out, standardFileName(kommune!, areaFileName(result.markdown)));
      if (!options.output) {
        try {
          // Two documents of one kommune in one run, or a name the report takes: never one over the other.
          run.claimReport(relative(cwd, target), { option: '--out-dir', markdown: true, sameKind: () => true });
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          say(`${item.source}: ${error.localized[lang]}`);
          failed = true;
          continue;
        }
      }
      if (existsSync(target) && !options.force) {
        say(cliWords[lang].exists(relative(cwd, target)));
        failed = true;
        continue;
      }
      const pictures = withPictures(item.source, result, target, { bytes: sourceBytes.get(item.source), options: importOptions, root, cwd });
      if (pictures.error) say(`${item.source}: ${pictures.error.localized[lang]}`);
      else if (pictures.folder) say(t.picturesWritten(pictures.result.images!.length, relative(cwd, pictures.folder)));
      result = pictures.result;
      try {
        replace(target, result.markdown, { cwd, root }, say, lang);
      } catch (error) {
        if (pictures.folder) removeQuietly(pictures.folder);
        if (!(error instanceof WriteError)) throw error;
        say(`${item.source}: ${error.localized[lang]}`);
        failed = true;
        continue;
      }
    }
    if (result.removed.some((removal) => removal.reason === 'image')) say(t.picturesReported(item.source));
    const shownTarget = target ? relative(cwd, target) : '-';
    say(summary(item, shownTarget, lang));
    reports.push({
      source: item.source,
      output: shownTarget,
      format: result.format,
      ...(item.alternates.length > 0 ? { sameStandardAs: item.alternates } : {}),
      ...(result.converted ? { converted: result.converted } : {}),
      ...(result.images && target ? { images: result.images.map((image) => ({ file: relative(cwd, resolve(dirname(target!), image.folder ?? '', image.file)), alt: image.alt, source: image.source, line: image.line })) } : {}),
      removed: result.removed,
      added: result.added,
      ...(result.notes ? { notes: result.notes } : {}),
      ...(result.split.length > 0 ? { split: result.split } : {}),
    });
  }
  if (reportPath) replace(reportPath, `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`, { cwd, root }, say, lang);
  return failed ? 1 : 0;
}

function summary(item: ImportedStandard, target: string, lang: Lang): string {
  const { result } = item;
  const t = importWords[lang];
  if (result.unchanged) return t.unchanged(item.source, target);
  const counts = new Map<string, number>();
  for (const removal of result.removed) counts.set(removal.reason, (counts.get(removal.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${n} ${t.reasons[reason] ?? reason}`);
  const findings = checkText(result.markdown, target).findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const converted = result.converted ? t.converted(result.converted.from) : '';
  return t.summary(item.source, target, result.format, parts, `${t.added(result.added.length)}${t.split(result.split.length)}`, converted, errors);
}

/** Writes `path` whole or not at all; a file already there is first copied, whole and flushed, to .kvs/backup/. */
function replace(path: string, text: string, { cwd, root }: { cwd: string; root: string }, say: (text: string) => void, lang: Lang): void {
  const kept = replaceFile(path, text, { root });
  if (kept) {
    const shown = relative(cwd, path);
    say(importWords[lang].kept(shown, relative(cwd, kept)));
  }
}

/**
 * A Word file's pictures go beside the standard, in a folder named after it
 * (`name.billeder/1.png` …) under a name nothing has yet, and the standard is
 * imported again linking them there. When they cannot be written (outside the
 * project, a write fails) nothing of the folder is left and the standard keeps
 * the first import, which lists the pictures in the report.
 */
function withPictures(
  source: string,
  result: ImportResult,
  target: string,
  { bytes, options, root, cwd }: { bytes: Uint8Array | undefined; options: ImportOptions; root: string; cwd: string },
): { result: ImportResult; folder?: string; error?: WriteError } {
  if (result.format !== 'docx' || !bytes || !result.removed.some((removal) => removal.reason === 'image')) return { result };
  const parent = dirname(target);
  let name: string;
  try {
    name = freeFolderName(parent, `${basename(target, extname(target))}.billeder`);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return { result, error };
  }
  const linked = importDocument(bytes, basename(resolve(cwd, source)), { ...options, imageFolder: name });
  if (!linked.images) return { result };
  try {
    const folder = writeNewFolder(parent, name, linked.images.map((image) => ({ name: image.file, bytes: image.bytes })), root);
    for (const image of linked.images) image.folder = name;
    return { result: linked, folder };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    return { result, error };
  }
}

/** Word files with pictures run to a few MB; past this a file is not a standard, and reading it would only fill the memory. */
const maxImportBytes = 64 * 1024 * 1024;

function tooLarge(size: number): Localized {
  return inBoth(importWords, (t) => t.tooLarge(Math.round(size / 1024 / 1024), maxImportBytes / 1024 / 1024));
}

function parseFrom(value: string | undefined): SourceFormat | undefined {
  if (value === undefined) return undefined;
  if ((sourceFormats as string[]).includes(value)) return value as SourceFormat;
  throw new UsageError(inBoth(importWords, (t) => t.badFrom(value, sourceFormats.join(', '))));
}

/** A § 107 standard imported beside the § 101 one is `<kommune>-midlertidigt-botilbud.md`, not a second `-stofmisbrug.md`. */
function areaFileName(markdown: string): string {
  return documentKindFileName(documentKind(buildStandard(markdown)).kind);
}
