import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { importDocument, ImportError, type ImportResult } from '../import/index.js';
import { sourceFormats } from '../import/detect.js';
import { standardFileName } from '../import/slug.js';
import { groupSameStandards, type ImportedStandard } from '../import/same.js';
import type { SourceFormat } from '../import/types.js';
import { WriteError } from '../fs/write.js';
import { replaceFile } from '../fs/replace.js';
import { readInputFile } from '../fs/read.js';
import { reportKinds } from '../fs/outputs.js';
import { checkText } from '../check/check.js';
import { commandContext } from './context.js';
import { plainLine } from '../report/terminal-text.js';

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

const reasonNames: Record<string, Record<Lang, string>> = {
  'tracked-deletion': { da: 'sletninger', en: 'deletions' },
  comment: { da: 'kommentarer', en: 'comments' },
  duplicate: { da: 'gentagelser', en: 'repeats' },
  'near-duplicate': { da: 'næsten-gentagelser (lagt i kommentar)', en: 'near-repeats (moved to a comment)' },
  'page-header': { da: 'sidehoveder', en: 'page headers' },
  'page-footer': { da: 'sidefødder', en: 'page footers' },
  'page-number': { da: 'sidetal', en: 'page numbers' },
  'table-of-contents': { da: 'indholdsfortegnelse', en: 'table of contents' },
  'field-error': { da: 'feltfejl', en: 'field errors' },
  navigation: { da: 'navigation (springlinks, brødkrummer, tilbage)', en: 'navigation (skip links, breadcrumbs, back)' },
  'page-control': { da: 'knapper (fold ud, del, udskriv)', en: 'buttons (expand, share, print)' },
  'cookie-notice': { da: 'cookietekst', en: 'cookie notices' },
  logo: { da: 'logotekst', en: 'logo text' },
  'pdf-viewer': { da: 'PDF-fremviserens tekst', en: 'PDF viewer text' },
  'front-matter': { da: 'forsidelinjer (flyttet til front-matter)', en: 'cover lines (moved to the front-matter)' },
};

export function runImport(files: string[], options: ImportCliOptions): number {
  const context = commandContext(options);
  const { cwd, lang, root } = context;
  const da = lang === 'da';
  const from = parseFrom(options.from);
  if (files.length === 0) {
    throw new UsageError({ da: 'Angiv mindst én fil: kvs import FIL…', en: 'Give at least one file: kvs import FILE…' });
  }
  // Where everything goes is settled before anything is read or written: the report never
  // replaces a source, the new standard or a standard elsewhere.
  const run = context.outputs().inputsAll(files);
  if (options.output && options.output !== '-') run.claimReport(options.output, { option: '-o', markdown: true, sameKind: () => true });
  const reportPath = options.report ? run.claimReport(options.report, reportKinds.json('--report')) : undefined;
  // --report follows the same rule as the standards: never overwritten unless asked.
  if (reportPath && existsSync(reportPath) && !options.force) {
    throw new UsageError({
      da: `${options.report} findes allerede. Brug --force for at erstatte den (den gamle gemmes i .kvs/backup/). Intet skrevet.`,
      en: `${options.report} already exists. Use --force to replace it (the old one is kept in .kvs/backup/). Nothing written.`,
    });
  }
  let failed = false;
  const say = (text: string) => process.stderr.write(`${plainLine(text)}\n`);

  const read: Array<{ source: string; result: ImportResult }> = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    const source = readInputFile(path, { root, maxBytes: maxImportBytes });
    if (!source.ok || source.size > maxImportBytes) {
      const reason = source.ok ? tooLarge(source.size) : source.reason;
      say(`${file}: ${reason[lang]} ${da ? 'Intet skrevet.' : 'Nothing written.'}`);
      failed = true;
      continue;
    }
    const bytes = source.bytes;
    try {
      const result = importDocument(bytes, basename(path), { ...(options.kommune ? { kommune: options.kommune } : {}), ...(from ? { from } : {}), ...(options.keepChanges ? { keepChanges: true } : {}) });
      read.push({ source: file, result });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      say(`${file}: ${error.localized[lang]} ${da ? 'Intet skrevet.' : 'Nothing written.'}`);
      failed = true;
    }
  }

  const imported = groupSameStandards(read);
  for (const item of imported) {
    for (const other of item.alternates) {
      say(da ? `${other}: samme standard som ${item.source} — importeres som én.` : `${other}: the same standard as ${item.source} — imported as one.`);
    }
  }
  if (options.output && options.output !== '-' && imported.length > 1) {
    throw new UsageError({
      da: '-o FIL kan kun bruges, når filerne bliver til én standard. Brug --out MAPPE.',
      en: '-o FILE can only be used when the files make one standard. Use --out DIR.',
    });
  }

  const reports: object[] = [];
  for (const item of imported) {
    const { result } = item;
    const kommune = options.kommune ?? result.frontMatter.kommune;
    let target: string | undefined;
    if (options.output === '-') {
      process.stdout.write(result.markdown);
    } else {
      if (!options.output && !kommune) {
        say(
          da
            ? `${item.source}: kommunens navn står ikke i dokumentet. Angiv det med --kommune "Navn Kommune" eller filen med -o. Intet skrevet.`
            : `${item.source}: the document does not name its kommune. Give it with --kommune "Name Kommune" or the file with -o. Nothing written.`,
        );
        failed = true;
        continue;
      }
      target = options.output ? resolve(cwd, options.output) : resolve(cwd, options.out, standardFileName(kommune!));
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
        say(
          da
            ? `${relative(cwd, target)} findes allerede. Brug --force for at erstatte den (den gamle gemmes i .kvs/backup/). Intet skrevet.`
            : `${relative(cwd, target)} already exists. Use --force to replace it (the old one is kept in .kvs/backup/). Nothing written.`,
        );
        failed = true;
        continue;
      }
      try {
        replace(target, result.markdown, { cwd, root }, say, da);
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        say(`${item.source}: ${error.localized[lang]}`);
        failed = true;
        continue;
      }
    }
    const shownTarget = target ? relative(cwd, target) : '-';
    say(summary(item, shownTarget, lang));
    reports.push({
      source: item.source,
      output: shownTarget,
      format: result.format,
      ...(item.alternates.length > 0 ? { sameStandardAs: item.alternates } : {}),
      ...(result.converted ? { converted: result.converted } : {}),
      removed: result.removed,
      added: result.added,
    });
  }
  if (reportPath) replace(reportPath, `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`, { cwd, root }, say, da);
  return failed ? 1 : 0;
}

function summary(item: ImportedStandard, target: string, lang: Lang): string {
  const { result } = item;
  const da = lang === 'da';
  if (result.unchanged) return da ? `${item.source} → ${target}: allerede i formatet, uændret.` : `${item.source} → ${target}: already in the format, unchanged.`;
  const counts = new Map<string, number>();
  for (const removal of result.removed) counts.set(removal.reason, (counts.get(removal.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${n} ${reasonNames[reason]?.[lang] ?? reason}`);
  const findings = checkText(result.markdown, target).findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const converted = result.converted ? (da ? ` Konverteret fra ${result.converted.from}.` : ` Converted from ${result.converted.from}.`) : '';
  const n = result.added.length;
  const added = n === 0 ? '' : da ? ` Tilføjet ${n} kvs-kommentar${n === 1 ? '' : 'er'} til skribenten.` : ` Added ${n} kvs comment${n === 1 ? '' : 's'} for the writer.`;
  return da
    ? `${item.source} → ${target} (${result.format}): ${parts.length > 0 ? `fjernet ${parts.join(', ')}` : 'intet fjernet'}.${added}${converted} kvs check finder ${errors} fejl.`
    : `${item.source} → ${target} (${result.format}): ${parts.length > 0 ? `removed ${parts.join(', ')}` : 'nothing removed'}.${added}${converted} kvs check finds ${errors} errors.`;
}

/** Writes `path` whole or not at all; a file already there is first copied, whole and flushed, to .kvs/backup/. */
function replace(path: string, text: string, { cwd, root }: { cwd: string; root: string }, say: (text: string) => void, da: boolean): void {
  const kept = replaceFile(path, text, { root });
  if (kept) {
    const shown = relative(cwd, path);
    say(da ? `Den hidtidige ${shown} er gemt som ${relative(cwd, kept)}.` : `The previous ${shown} is kept as ${relative(cwd, kept)}.`);
  }
}

/** Word files with pictures run to a few MB; past this a file is not a standard, and reading it would only fill the memory. */
const maxImportBytes = 64 * 1024 * 1024;

function tooLarge(size: number): { da: string; en: string } {
  const mb = Math.round(size / 1024 / 1024);
  return {
    da: `Filen fylder ${mb} MB; kvs import læser højst ${maxImportBytes / 1024 / 1024} MB. Gem standarden uden billeder, eller del den op.`,
    en: `The file is ${mb} MB; kvs import reads at most ${maxImportBytes / 1024 / 1024} MB. Save the standard without pictures, or split it.`,
  };
}

function parseFrom(value: string | undefined): SourceFormat | undefined {
  if (value === undefined) return undefined;
  if ((sourceFormats as string[]).includes(value)) return value as SourceFormat;
  throw new UsageError({
    da: `Ukendt --from "${value}". Vælg et af: ${sourceFormats.join(', ')}.`,
    en: `Unknown --from "${value}". Choose one of: ${sourceFormats.join(', ')}.`,
  });
}
