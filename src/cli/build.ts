import { relative, resolve, sep } from 'node:path';
import { isInside, realDestination, unsafeDestination } from '../fs/inside.js';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { buildAll, switchedOffLaw, type BuildOutcome } from '../build/build.js';
import { configWeakening } from '../rules/index.js';
import type { Config } from '../config.js';
import { lookFor } from '../build/theme.js';
import { acquireBuildLock } from '../build/lock.js';
import { discardOpenStages, recoverOutput } from '../build/stage.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface BuildCliOptions {
  out: string;
  only?: string;
  strict: boolean;
  imposition: boolean;
  asOf?: string;
  config?: string;
  lang?: Lang;
  /** See BuildOptions.keep (--watch, kvs preview). */
  keep?: (file: string) => boolean;
  /** --review: also write review.html (a redline) for each standard. */
  review?: boolean;
  /** False under --no-cache: the findings are not taken from or written to the result cache. */
  cache?: boolean;
}

export async function runBuild(paths: string[], options: BuildCliOptions): Promise<number> {
  const context = commandContext(options);
  const { cwd, config, root, lang, asOf } = context;
  const da = lang === 'da';
  if (options.only !== undefined && options.only !== 'html' && options.only !== 'pdf') {
    throw new UsageError({ da: `--only skal være html eller pdf, ikke "${options.only}".`, en: `--only must be html or pdf, not "${options.only}".` });
  }
  if (config.ruleSet) ruleSetById(config.ruleSet);
  else ruleSetFor(asOf);
  // A theme or template path that does not exist is a usage error, found before anything is written.
  lookFor(undefined, config, root);
  for (const kommune of Object.keys(config.kommuner ?? {})) lookFor(kommune, config, root);
  const files = await context.standards(paths, 'build');
  for (const weakened of configWeakening(config, lang)) process.stderr.write(`kvs: ${plainLine(weakened)}\n`);
  const epoch = sourceDateEpoch();
  const outDir = resolve(cwd, options.out);
  assertOwnFolder(outDir, files, root, cwd);
  const tty = process.stderr.isTTY === true && !process.env['CI'];

  const note = (text: string) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}kvs: ${plainLine(text)}\n`);
  // Usage errors come first, before the lock: a mistyped command never waits for or blocks a build.
  const lock = acquireBuildLock(outDir, { lang, cwd, note, onInterrupt: discardOpenStages });
  let outcomes: BuildOutcome[];
  try {
    for (const name of recoverOutput(outDir)) {
      const shown = relative(cwd, resolve(outDir, name));
      note(da ? `${shown}/ er sat tilbage, som den var før en afbrudt build.` : `${shown}/ is put back as it was before an interrupted build.`);
    }
    outcomes = await buildAll(files, {
      outDir,
      ...(options.only ? { only: options.only as 'html' | 'pdf' } : {}),
      strict: options.strict,
      imposition: options.imposition,
      asOf,
      lang,
      config,
      configRoot: root,
      ...(epoch === undefined ? {} : { sourceDateEpoch: epoch }),
      ...(options.keep ? { keep: options.keep } : {}),
      ...(options.review ? { review: true } : {}),
      ...(options.cache === false ? { cache: false } : {}),
      onStart: (index, total, slug) => {
        if (tty) process.stderr.write(`\r\x1b[K[${index + 1}/${total}] ${plainLine(slug)}`);
      },
    });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
    lock.release();
  }

  for (const outcome of outcomes) process.stdout.write(`${plainLine(line(outcome, outDir, cwd, da, config))}\n`);
  const built = outcomes.filter((o) => o.status === 'built').length;
  const summary = da
    ? `${built} af ${outcomes.length} standarder udgivet i ${relative(cwd, outDir) || '.'}/ (oversigt: ${relative(cwd, resolve(outDir, 'index.html'))}).`
    : `${built} of ${outcomes.length} standards published to ${relative(cwd, outDir) || '.'}/ (overview: ${relative(cwd, resolve(outDir, 'index.html'))}).`;
  process.stdout.write(`${plainLine(summary)}\n`);
  return built === outcomes.length ? 0 : 1;
}

function line(outcome: BuildOutcome, outDir: string, cwd: string, da: boolean, config: Config): string {
  const errors = outcome.check.findings.filter((f) => f.severity === 'error').length;
  const warnings = outcome.check.findings.length - errors;
  const off = outcome.check.suppressed?.length ?? 0;
  const switchedOff = off === 0 ? '' : da ? `, ${off} ikke talt` : `, ${off} not counted`;
  const counts = da ? `${errors} fejl, ${warnings} advarsler${switchedOff}` : `${errors} errors, ${warnings} warnings${switchedOff}`;
  if (outcome.status === 'built') {
    return `✔ ${outcome.file} (${counts}) → ${relative(cwd, resolve(outDir, outcome.slug))}/: ${outcome.written.join(', ')}`;
  }
  if (outcome.status === 'refused') {
    const law = [...new Set(switchedOffLaw(outcome.check, config))];
    const disabled =
      law.length === 0
        ? ''
        : da
          ? ` Lovkrav slået fra med kvs-disable tæller med under --strict (${law.join(', ')}); tillad det i kvs.config.json med "allowDisable", hvis det er meningen.`
          : ` Legal rules switched off with kvs-disable count under --strict (${law.join(', ')}); allow it in kvs.config.json with "allowDisable" if that is intended.`;
    return da
      ? `✖ ${outcome.file} (${counts}): ikke udgivet (--strict). Ret fejlene med kvs check; den tidligere udgave er urørt.${disabled}`
      : `✖ ${outcome.file} (${counts}): not published (--strict). Fix the errors with kvs check; the previous output is untouched.${disabled}`;
  }
  // file:line:column, as `kvs check` shows it, when the reason has a place (an input limit, a bad byte).
  const start = outcome.at;
  const place = start && (start.line > 1 || start.column > 1) ? `${outcome.file}:${start.line}:${start.column}` : outcome.file;
  const reason = outcome.reason?.replace(/\.$/u, '');
  return da
    ? `✖ ${place}: kunne ikke bygges: ${reason}. Den tidligere udgave er urørt.`
    : `✖ ${place}: could not be built: ${reason}. The previous output is untouched.`;
}

/**
 * The build replaces whole folders inside --out: the project's own folder, a
 * folder holding a standard or a hidden folder such as .git/ would lose files.
 */
function assertOwnFolder(outDir: string, files: string[], root: string, cwd: string): void {
  const refuse = (da: string, en: string): never => {
    const shown = relative(cwd, outDir) || '.';
    throw new UsageError({
      da: `--out-dir ${shown} afvises: ${da} Vælg en mappe for sig selv, fx --out-dir output.`,
      en: `--out-dir ${shown} is refused: ${en} Choose a folder of its own, e.g. --out-dir output.`,
    });
  };
  // Compared where the folders really are: `output` or a folder on the way may be a link.
  const unsafe = unsafeDestination(outDir, root);
  if (unsafe) refuse(unsafe.da, unsafe.en);
  const realOut = realDestination(outDir);
  if ([cwd, root].some((folder) => isInside(realOut, realDestination(folder)))) {
    refuse('det er projektmappen eller en mappe over den.', 'it is the project folder or a folder above it.');
  }
  const holding = files.find((file) => isInside(realOut, realDestination(file)));
  if (holding) refuse(`den indeholder standarden ${relative(cwd, holding)}.`, `it holds the standard ${relative(cwd, holding)}.`);
  const realRoot = realDestination(root);
  const hidden = isInside(realRoot, realOut) ? relative(realRoot, realOut).split(sep).find((part) => part.startsWith('.')) : undefined;
  if (hidden !== undefined) refuse(`den ligger i den skjulte mappe ${hidden}/.`, `it lies in the hidden folder ${hidden}/.`);
}

/** SOURCE_DATE_EPOCH (reproducible builds): seconds since 1970, or nothing. */
function sourceDateEpoch(): number | undefined {
  const value = process.env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  // At most the last second of year 9999: dates past it cannot be written in a PDF or a leaflet.
  if (!/^\d+$/.test(value) || Number(value) > 253_402_300_799) {
    throw new UsageError({
      da: `SOURCE_DATE_EPOCH skal være et antal sekunder siden 1970 (senest år 9999), ikke "${value}".`,
      en: `SOURCE_DATE_EPOCH must be a number of seconds since 1970 (year 9999 at the latest), not "${value}".`,
    });
  }
  return Number(value);
}
