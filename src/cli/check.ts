import { readFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { FileResult, Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { loadConfig } from '../config.js';
import { resolveFiles } from '../check/files.js';
import { checkBytes, unreadable } from '../check/check.js';
import { parseAsOf, today } from '../check/dates.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { formatNames, formatResults, type FormatName } from '../report/index.js';
import { allRuleMeta } from '../rules/index.js';
import { writeFileAtomic } from '../fs/write.js';
import { toolVersion } from '../meta.js';
import { cliText } from './text.js';

export interface CheckCliOptions {
  format: string;
  outputFile?: string;
  asOf?: string;
  config?: string;
  quiet: boolean;
  maxWarnings?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
}

export async function runCheck(paths: string[], options: CheckCliOptions): Promise<number> {
  const cwd = process.cwd();
  const format = parseFormat(options.format);
  const maxWarnings = options.maxWarnings === undefined ? undefined : parseCount(options.maxWarnings);
  const asOf = options.asOf === undefined ? today() : parseAsOf(options.asOf);
  const { config, root } = loadConfig(options.config, cwd);
  const lang = options.lang ?? config.lang ?? 'da';
  const t = cliText[lang];
  // Fail on a bad date or rule-set pin before reading any file.
  if (config.ruleSet) ruleSetById(config.ruleSet);
  else ruleSetFor(asOf);

  if (paths.length === 0 && !existsSync(resolve(cwd, 'standards'))) {
    throw new UsageError({ da: cliText.da.noStandards('standards/'), en: cliText.en.noStandards('standards/') });
  }
  const files = await resolveFiles(paths.length > 0 ? paths : ['standards'], cwd, config.ignore, root);

  const results: FileResult[] = files.map((file) => {
    const shown = relative(cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
      return unreadable(shown, lang === 'da' ? `Filen kan ikke læses (${reason}).` : `The file cannot be read (${reason}).`);
    }
    return checkBytes(bytes, shown, { asOf, lang, config });
  });

  const shown = options.quiet
    ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : results;
  const reportOptions = {
    lang,
    cwd,
    rules: allRuleMeta(),
    color: process.stdout.hasColors?.() ?? false,
    toolVersion,
  };
  if (options.outputFile) {
    const target = resolve(cwd, options.outputFile);
    try {
      writeFileAtomic(target, formatResults(shown, format, { ...reportOptions, color: false }));
    } catch (error) {
      // A folder, a read-only place, a missing drive: the user's mistake, not a bug.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError({ da: cliText.da.cannotWrite(options.outputFile, reason), en: cliText.en.cannotWrite(options.outputFile, reason) });
    }
    process.stdout.write(formatResults(shown, 'stylish', reportOptions));
    process.stderr.write(`${t.wroteFile(relative(cwd, target))}\n`);
  } else {
    process.stdout.write(formatResults(shown, format, reportOptions));
  }

  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  // Otherwise exit 1 comes without a reason (and under --quiet after "no problems").
  if (tooManyWarnings) process.stderr.write(`kvs: ${t.tooManyWarnings(warnings, maxWarnings)}\n`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function parseFormat(value: string): FormatName {
  if ((formatNames as string[]).includes(value)) return value as FormatName;
  throw new UsageError({
    da: cliText.da.badFormat(value, formatNames.join(', ')),
    en: cliText.en.badFormat(value, formatNames.join(', ')),
  });
}

function parseCount(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError({ da: cliText.da.badNumber(value), en: cliText.en.badNumber(value) });
}
