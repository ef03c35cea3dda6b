/**
 * `kvs check`: options in, report out. The checking itself is the engine's
 * (src/check/engine.ts); this file parses the options, settles where reports
 * go (never over a standard: src/fs/outputs.ts) and prints.
 */
import { relative } from 'node:path';
import type { FileResult } from '../types.js';
import { UsageError } from '../errors.js';
import { checkFiles } from '../check/engine.js';
import { formatResults, type ReportOptions } from '../report/index.js';
import { formatStylishCounts, formatStylishFile } from '../report/stylish.js';
import { addSuppressed, emptySuppressedCounts } from '../report/suppressed.js';
import { allRuleMeta, configWeakening } from '../rules/index.js';
import { writeFileAtomic } from '../fs/write.js';
import { toolVersion } from '../meta.js';
import { plainLine } from '../report/terminal-text.js';
import { cliWords } from '../i18n/cli.js';
import { commandContext } from './context.js';
import { withoutOptimizingCompilers } from './own-process.js';
import { baselineKind, engineOptions, parseCount, parseFormat, parseJobs, reportKindOf, type CheckCliOptions } from './options.js';

export type { CheckCliOptions } from './options.js';

/** Where runCheck runs and writes; tests give their own. */
export interface CheckIo {
  cwd: string;
  stdout: { write(text: string): unknown; hasColors?(): boolean };
  stderr: { write(text: string): unknown };
}

export const processIo = (): CheckIo => ({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });

/** A log (CI, a file, a pipe) has no width of its own: 100 columns fits the usual viewers. */
const LOG_WIDTH = 100;

/** COLUMNS (as `ls` and `git` read it), else the terminal's columns, else LOG_WIDTH when stdout is not a terminal. */
function terminalWidth(stdout: CheckIo['stdout']): number {
  const fromEnv = Number(process.env['COLUMNS']);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  const { isTTY, columns } = stdout as { isTTY?: boolean; columns?: number };
  return isTTY === true && typeof columns === 'number' && columns > 0 ? columns : LOG_WIDTH;
}

/**
 * `ownProcess`: this process is the `kvs` program, which ends after the check: one file is then checked
 * without V8's optimizing compilers (src/cli/own-process.ts).
 */
export async function runCheck(paths: string[], options: CheckCliOptions, io: CheckIo = processIo(), ownProcess = false): Promise<number> {
  const { cwd, stdout, stderr } = io;
  const format = parseFormat(options.format);
  const maxWarnings = options.maxWarnings === undefined ? undefined : parseCount(options.maxWarnings);
  const jobs = parseJobs(options.jobs, process.env['KVS_JOBS']);
  const context = commandContext(options, cwd);
  const { lang } = context;
  const t = cliWords[lang];
  const report: ReportOptions = {
    lang,
    cwd,
    rules: allRuleMeta(),
    color: stdout.hasColors?.() ?? false,
    toolVersion,
    width: terminalWidth(stdout),
    ...(options.verbose ? { verbose: true } : {}),
  };
  // An info (e.g. a guarantee better than the law) is in every machine format, on the screen only with --verbose.
  const hidesInfo = format === 'stylish' && !options.verbose;
  const shownOf = (result: FileResult): FileResult =>
    options.quiet
      ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') }
      : hidesInfo && result.findings.some((f) => f.severity === 'info')
        ? { ...result, findings: result.findings.filter((f) => f.severity !== 'info') }
        : result;
  // Stylish on the screen is printed file by file, in order, as the files are done; a printed
  // file's findings are let go (only the counts are kept), so 10,000 standards fit in memory.
  const streaming = format === 'stylish' && !options.outputFile;
  const shownCounts = { errors: 0, warnings: 0, suppressed: emptySuppressedCounts() };
  let target: string | undefined;

  const run = await checkFiles(paths, {
    ...context,
    ...engineOptions(options, jobs),
    keepResults: !streaming,
    ...(ownProcess ? { onLocalRun: (files: number) => (files === 1 ? withoutOptimizingCompilers() : undefined) } : {}),
    // Where the reports go is settled before anything is checked: a report never replaces a standard.
    onFiles: (files) => {
      const claims = context.outputs().inputsAll(files);
      if (options.baseline !== undefined) {
        if (options.writeBaseline) claims.claimReport(options.baseline, baselineKind);
        else claims.input(options.baseline);
      }
      if (options.outputFile !== undefined) target = claims.claimReport(options.outputFile, reportKindOf(format, '--output'));
    },
    onResult: (result) => {
      if (!streaming) return;
      const shown = shownOf(result);
      for (const finding of shown.findings) {
        if (finding.severity === 'error') shownCounts.errors++;
        else if (finding.severity === 'warning') shownCounts.warnings++;
      }
      addSuppressed(shownCounts.suppressed, shown);
      stdout.write(formatStylishFile(shown, report));
    },
  });
  // A config that weakens the law check is said on every run, --quiet or not: it is not the standard that passes.
  for (const note of [...configWeakening(context.config, lang), ...run.notes]) stderr.write(`kvs: ${plainLine(note)}\n`);

  const shown = run.results.map(shownOf);
  if (streaming) {
    stdout.write(formatStylishCounts({ files: run.files.length, ...shownCounts }, report));
  } else if (options.outputFile && target) {
    try {
      writeFileAtomic(target, formatResults(shown, format, { ...report, color: false }));
    } catch (error) {
      // A folder, a read-only place, a missing drive: the user's mistake, not a bug.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError({ da: cliWords.da.cannotWrite(options.outputFile, reason), en: cliWords.en.cannotWrite(options.outputFile, reason) });
    }
    stdout.write(formatResults(shown, 'stylish', report));
    stderr.write(`${plainLine(t.wroteFile(relative(cwd, target)))}\n`);
  } else {
    stdout.write(formatResults(shown, format, report));
  }

  const tooManyWarnings = maxWarnings !== undefined && run.warnings > maxWarnings;
  // Otherwise exit 1 comes without a reason (and under --quiet after "no problems").
  if (tooManyWarnings) stderr.write(`kvs: ${t.tooManyWarnings(run.warnings, maxWarnings)}\n`);
  return run.errors > 0 || tooManyWarnings ? 1 : 0;
}
