import { existsSync } from 'node:fs';
import { readStandardSource } from '../fs/read.js';
import { relative, resolve } from 'node:path';
import type { FileResult, Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { loadConfig } from '../config.js';
import { resolveFiles } from '../check/files.js';
import { parseAsOf, today } from '../check/dates.js';
import { ResultCache, contentHash, defaultCacheDir, runKey } from '../check/cache.js';
import { CheckPool, poolSize } from '../check/pool.js';
import type { FileJob, JobResult } from '../check/job.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { formatNames, formatResults, type FormatName, type ReportOptions } from '../report/index.js';
import { formatStylishCounts, formatStylishFile } from '../report/stylish.js';
import { allRuleMeta, rules } from '../rules/index.js';
import { writeFileAtomic } from '../fs/write.js';
import { RunFiles, reportKinds, type ReportKind } from '../fs/outputs.js';
import { toolVersion } from '../meta.js';
import { cliText } from './text.js';
import { adoption } from '../check/adopt.js';
import { plainLine } from '../report/terminal-text.js';

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
}

/** Where runCheck runs and writes; tests give their own. */
export interface CheckIo {
  cwd: string;
  stdout: { write(text: string): unknown; hasColors?(): boolean };
  stderr: { write(text: string): unknown };
}

const processIo = (): CheckIo => ({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });

export async function runCheck(paths: string[], options: CheckCliOptions, io: CheckIo = processIo()): Promise<number> {
  const { cwd, stdout, stderr } = io;
  const format = parseFormat(options.format);
  const maxWarnings = options.maxWarnings === undefined ? undefined : parseCount(options.maxWarnings);
  const jobs = parseJobs(options.jobs, process.env['KVS_JOBS']);
  const asOf = options.asOf === undefined ? today() : parseAsOf(options.asOf);
  const { config, root, path: configPath } = loadConfig(options.config, cwd);
  const lang = options.lang ?? config.lang ?? 'da';
  const t = cliText[lang];
  // Fail on a bad date or rule-set pin before reading any file.
  const ruleSet = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);

  if (paths.length === 0 && !existsSync(resolve(cwd, 'standards'))) {
    throw new UsageError({ da: cliText.da.noStandards('standards/'), en: cliText.en.noStandards('standards/') });
  }
  const listed = await resolveFiles(paths.length > 0 ? paths : ['standards'], cwd, config.ignore, root);
  // Where the reports go is settled before anything is checked: a report never replaces a standard.
  const run = new RunFiles(cwd).inputsAll(listed);
  if (configPath) run.input(configPath);
  if (options.baseline !== undefined && !options.writeBaseline) run.input(options.baseline);
  if (options.baseline !== undefined && options.writeBaseline) run.claimReport(options.baseline, baselineKind);
  const outputTarget = options.outputFile === undefined ? undefined : run.claimReport(options.outputFile, reportKindOf(format, '--output-file'));
  const adopt = adoption(options, { cwd, root, lang });
  const files = adopt.select(listed);
  const checkOptions = { asOf, lang, config };

  let cache: ResultCache | undefined;
  if (options.cache !== false) {
    const datedRules = rules.some((rule) => rule.meta.dependsOnDate && (config.rules?.[rule.meta.id] ?? ruleSet.rules[rule.meta.id] ?? 'off') !== 'off');
    const key = runKey({ toolVersion, config, ruleSet, lang, ...(datedRules ? { asOf } : {}) });
    cache = ResultCache.open(options.cacheLocation ? resolve(cwd, options.cacheLocation) : defaultCacheDir(root), root, key);
  }

  const reportOptions: ReportOptions = {
    lang,
    cwd,
    rules: allRuleMeta(),
    color: stdout.hasColors?.() ?? false,
    toolVersion,
  };
  const shownOf = (result: FileResult): FileResult =>
    options.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
  // Stylish on the screen is printed file by file, in order, as the files are done; a printed
  // file's findings are let go (only the counts are kept), so 10,000 standards fit in memory.
  const streaming = format === 'stylish' && !options.outputFile;
  const results: FileResult[] = new Array<FileResult>(files.length);
  const counts = { errors: 0, warnings: 0, shownErrors: 0, shownWarnings: 0 };
  let printed = 0;
  const settle = (index: number, result: FileResult) => {
    const kept = adopt.filter(result);
    for (const finding of kept.findings) counts[finding.severity === 'error' ? 'errors' : 'warnings']++;
    results[index] = kept;
    if (!streaming) return;
    while (printed < files.length && results[printed] !== undefined) {
      const shown = shownOf(results[printed]!);
      for (const finding of shown.findings) counts[finding.severity === 'error' ? 'shownErrors' : 'shownWarnings']++;
      stdout.write(formatStylishFile(shown, reportOptions));
      results[printed] = { filePath: shown.filePath, findings: [] };
      printed++;
    }
  };
  const done = (job: JobResult) => {
    if (cache && job.hash !== undefined) cache.set(files[job.index]!, job.hash, job.result);
    settle(job.index, job.result);
  };

  const jobList: FileJob[] = files.map((file, index) => ({ index, file, shown: relative(cwd, file) || file, root }));
  const settings = { options: checkOptions, hash: cache !== undefined };
  // Nothing can come from the cache: start the workers now, so they load while the files are listed.
  let pool = !cache || cache.empty ? startPool(jobList.length, jobs, settings, done) : undefined;
  const misses = cache && !cache.empty ? jobList.filter((job) => !fromCache(cache, job, settle)) : jobList;
  pool ??= startPool(misses.length, jobs, settings, done);
  if (pool) {
    try {
      await pool.run(misses);
    } finally {
      await pool.close();
    }
  } else if (misses.length > 0) {
    // The checker (parser, rules) is loaded only when a file must be checked.
    const { runJob } = await import('../check/job.js');
    for (const job of misses) done(runJob(job, checkOptions, settings.hash));
  }
  cache?.save();
  for (const note of adopt.finish()) stderr.write(`kvs: ${plainLine(note)}\n`);

  const shown = options.quiet ? results.map(shownOf) : results;
  if (streaming) {
    stdout.write(formatStylishCounts({ files: files.length, errors: counts.shownErrors, warnings: counts.shownWarnings }, reportOptions));
  } else if (options.outputFile) {
    const target = outputTarget!;
    try {
      writeFileAtomic(target, formatResults(shown, format, { ...reportOptions, color: false }));
    } catch (error) {
      // A folder, a read-only place, a missing drive: the user's mistake, not a bug.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError({ da: cliText.da.cannotWrite(options.outputFile, reason), en: cliText.en.cannotWrite(options.outputFile, reason) });
    }
    stdout.write(formatResults(shown, 'stylish', reportOptions));
    stderr.write(`${plainLine(t.wroteFile(relative(cwd, target)))}\n`);
  } else {
    stdout.write(formatResults(shown, format, reportOptions));
  }

  const { errors, warnings } = counts;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  // Otherwise exit 1 comes without a reason (and under --quiet after "no problems").
  if (tooManyWarnings) stderr.write(`kvs: ${t.tooManyWarnings(warnings, maxWarnings)}\n`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Settles the job from the cache and returns true, or returns false when the file must be checked. */
function fromCache(cache: ResultCache, job: FileJob, settle: (index: number, result: FileResult) => void): boolean {
  const read = readStandardSource(job.file, job.root);
  // Unreadable files are never cached; the check says why it cannot read it.
  if (!read.ok) return false;
  const cached = cache.get(job.file, contentHash(read.bytes));
  if (cached) settle(job.index, { filePath: job.shown, ...cached });
  return cached !== undefined;
}

function startPool(
  files: number,
  jobs: number | undefined,
  settings: ConstructorParameters<typeof CheckPool>[1],
  done: (job: JobResult) => void,
): CheckPool | undefined {
  const size = poolSize(files, jobs);
  return size > 0 ? new CheckPool(size, settings, done) : undefined;
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

/** --jobs, else KVS_JOBS, else undefined (as many threads as cores, when there are enough files). */
function parseJobs(option: string | undefined, environment: string | undefined): number | undefined {
  const [source, value] = option !== undefined ? ['--jobs', option] : ['KVS_JOBS', environment];
  if (value === undefined || (source === 'KVS_JOBS' && value.trim() === '')) return undefined;
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new UsageError({ da: cliText.da.badJobs(source, value), en: cliText.en.badJobs(source, value) });
}

const baselineKind: ReportKind = { option: '--baseline', sameKind: (head) => head.includes('"kvsBaseline"') };

function reportKindOf(format: FormatName, option: string): ReportKind {
  if (format === 'sarif') return reportKinds.sarif(option);
  if (format === 'json') return reportKinds.json(option);
  if (format === 'junit') return reportKinds.xml(option);
  return reportKinds.text(option);
}
