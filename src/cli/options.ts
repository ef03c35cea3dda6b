/**
 * Option values the commands share, parsed once: report formats, counts,
 * worker threads, and what kind of file each report option writes.
 */
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { formatNames, type FormatName } from '../report/index.js';
import { reportKinds, type ReportKind } from '../fs/outputs.js';
import { cliWords } from '../i18n/cli.js';
import type { CheckFilesOptions } from '../check/engine.js';
import type { Lang } from '../types.js';

/** `kvs check`'s options as Commander gives them. */
export interface CheckCliOptions {
  format: string;
  outputFile?: string;
  asOf?: string;
  config?: string;
  quiet: boolean;
  maxWarnings?: string;
  /** False under --no-cache. */
  cache?: boolean;
  cacheLocation?: string;
  /** From --jobs; otherwise KVS_JOBS, else one thread per core. */
  jobs?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
  /** --baseline, --write-baseline, --changed [REF] (src/check/adopt.ts). */
  baseline?: string;
  writeBaseline?: boolean;
  changed?: string | boolean;
  /** --verbose: notices on stderr, e.g. why the result cache was not used. */
  verbose?: boolean;
  /** False under --no-inline-config. */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

export function parseFormat(value: string): FormatName {
  if ((formatNames as string[]).includes(value)) return value as FormatName;
  throw new UsageError({
    da: cliWords.da.badFormat(value, formatNames.join(', ')),
    en: cliWords.en.badFormat(value, formatNames.join(', ')),
  });
}

export function parseCount(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError({ da: cliWords.da.badNumber(value), en: cliWords.en.badNumber(value) });
}

/** --jobs, else KVS_JOBS, else undefined (as many threads as cores, when there are enough files). */
export function parseJobs(option: string | undefined, environment: string | undefined): number | undefined {
  const [source, value] = option !== undefined ? ['--jobs', option] : ['KVS_JOBS', environment];
  if (value === undefined || (source === 'KVS_JOBS' && value.trim() === '')) return undefined;
  // More threads than twice the cores only add memory (each loads the checker): 400 took 6.4 GB.
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Math.min(Number(value), Math.max(2, availableParallelism() * 2));
  throw new UsageError({ da: cliWords.da.badJobs(source, value), en: cliWords.en.badJobs(source, value) });
}

/** An earlier baseline may be replaced by --write-baseline; nothing else. */
export const baselineKind: ReportKind = { option: '--baseline', sameKind: (head) => head.includes('"kvsBaseline"') };

export function reportKindOf(format: FormatName, option: string): ReportKind {
  if (format === 'sarif') return reportKinds.sarif(option);
  if (format === 'json') return reportKinds.json(option);
  if (format === 'junit') return reportKinds.xml(option);
  return reportKinds.text(option);
}

/** The engine's options that `kvs check`'s flags give, only those given. */
export function engineOptions(options: CheckCliOptions, jobs: number | undefined): Partial<CheckFilesOptions> {
  return {
    ...(options.cache === false ? { cache: false } : {}),
    ...(options.cacheLocation ? { cacheLocation: options.cacheLocation } : {}),
    ...(jobs === undefined ? {} : { jobs }),
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
    ...(options.writeBaseline ? { writeBaseline: true } : {}),
    ...(options.changed === undefined ? {} : { changed: options.changed }),
    ...(options.inlineConfig === false ? { inlineConfig: false } : {}),
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}),
    ...(options.verbose ? { verbose: true } : {}),
  };
}
