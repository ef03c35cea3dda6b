/**
 * Option values the commands share, parsed once: report formats, counts,
 * worker threads, and what kind of file each report option writes.
 */
import { UsageError } from '../errors.js';
import { formatNames, type FormatName } from '../report/index.js';
import { reportKinds, type ReportKind } from '../fs/outputs.js';
import { cliText } from './text.js';

export function parseFormat(value: string): FormatName {
  if ((formatNames as string[]).includes(value)) return value as FormatName;
  throw new UsageError({
    da: cliText.da.badFormat(value, formatNames.join(', ')),
    en: cliText.en.badFormat(value, formatNames.join(', ')),
  });
}

export function parseCount(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  throw new UsageError({ da: cliText.da.badNumber(value), en: cliText.en.badNumber(value) });
}

/** --jobs, else KVS_JOBS, else undefined (as many threads as cores, when there are enough files). */
export function parseJobs(option: string | undefined, environment: string | undefined): number | undefined {
  const [source, value] = option !== undefined ? ['--jobs', option] : ['KVS_JOBS', environment];
  if (value === undefined || (source === 'KVS_JOBS' && value.trim() === '')) return undefined;
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new UsageError({ da: cliText.da.badJobs(source, value), en: cliText.en.badJobs(source, value) });
}

/** An earlier baseline may be replaced by --write-baseline; nothing else. */
export const baselineKind: ReportKind = { option: '--baseline', sameKind: (head) => head.includes('"kvsBaseline"') };

export function reportKindOf(format: FormatName, option: string): ReportKind {
  if (format === 'sarif') return reportKinds.sarif(option);
  if (format === 'json') return reportKinds.json(option);
  if (format === 'junit') return reportKinds.xml(option);
  return reportKinds.text(option);
}
