import { relative, resolve, sep } from 'node:path';
import { isInside, realDestination, unsafeDestination } from '../fs/inside.js';
import type { Lang, Localized } from '../types.js';
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
import { inBoth } from '../i18n/index.js';
import { buildWords } from '../i18n/build.js';
import { tunedForShortRun } from './own-process.js';

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

/** `ownProcess`: this process is the `kvs` program and ends with the build (not --watch, not kvs preview): V8 is tuned for a short run after the check (src/cli/own-process.ts). */
export async function runBuild(paths: string[], options: BuildCliOptions, ownProcess = false): Promise<number> {
  const context = commandContext(options);
  const { cwd, config, root, lang, asOf } = context;
  const t = buildWords[lang];
  const only = options.only;
  if (only !== undefined && only !== 'html' && only !== 'pdf') throw new UsageError(inBoth(buildWords, (w) => w.badOnly(only)));
  if (config.ruleSet) ruleSetById(config.ruleSet);
  else ruleSetFor(asOf);
  // A theme or template path that does not exist is a usage error, found before anything is written.
  lookFor(undefined, config, root);
  for (const kommune of Object.keys(config.kommuner ?? {})) lookFor(kommune, config, root);
  const files = await context.standards(paths, 'build');
  for (const weakened of configWeakening(config, lang)) process.stderr.write(`kvs: ${plainLine(weakened)}\n`);
  // The project's own templates and CSS decide what a citizen sees, and kvs does not judge them: said on every build.
  const ownTemplates = [config.templates, ...Object.values(config.kommuner ?? {}).map((k) => k.templates)].filter((dir): dir is string => !!dir);
  if (ownTemplates.length > 0) process.stderr.write(`kvs: ${plainLine(buildWords[lang].ownTemplates([...new Set(ownTemplates)].join(', ')))}\n`);
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
      note(t.restored(shown));
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
      ...(ownProcess ? { onChecked: tunedForShortRun } : {}),
      onStart: (index, total, slug) => {
        if (tty) process.stderr.write(`\r\x1b[K[${index + 1}/${total}] ${plainLine(slug)}`);
      },
    });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
    lock.release();
  }

  for (const outcome of outcomes) process.stdout.write(`${plainLine(line(outcome, outDir, cwd, lang, config))}\n`);
  const built = outcomes.filter((o) => o.status === 'built').length;
  const withErrors = outcomes.filter(publishedWithErrors).length;
  const summary = t.summary(built, outcomes.length, relative(cwd, outDir) || '.', relative(cwd, resolve(outDir, 'index.html')), withErrors);
  process.stdout.write(`${plainLine(summary)}\n`);
  // The exit codes every command shares: 1 when a standard is not built or is published with errors.
  return built === outcomes.length && withErrors === 0 ? 0 : 1;
}

const errorCount = (outcome: BuildOutcome) => outcome.check.findings.filter((f) => f.severity === 'error').length;
const publishedWithErrors = (outcome: BuildOutcome) => outcome.status === 'built' && errorCount(outcome) > 0;

function line(outcome: BuildOutcome, outDir: string, cwd: string, lang: Lang, config: Config): string {
  const t = buildWords[lang];
  const errors = errorCount(outcome);
  const warnings = outcome.check.findings.length - errors;
  const counts = t.counts(errors, warnings, outcome.check.suppressed?.length ?? 0);
  if (outcome.status === 'built') {
    // A tick only for a standard published clean; one published with errors gets the warning sign.
    return `${errors > 0 ? '⚠' : '✔'} ${outcome.file} (${counts}) → ${relative(cwd, resolve(outDir, outcome.slug))}/: ${outcome.written.join(', ')}`;
  }
  if (outcome.status === 'refused') {
    return t.refused(outcome.file, counts, [...new Set(switchedOffLaw(outcome.check, config))]);
  }
  // file:line:column, as `kvs check` shows it, when the reason has a place (an input limit, a bad byte).
  const start = outcome.at;
  const place = start && (start.line > 1 || start.column > 1) ? `${outcome.file}:${start.line}:${start.column}` : outcome.file;
  return t.failed(place, outcome.reason?.replace(/\.$/u, ''));
}

/**
 * The build replaces whole folders inside --out: the project's own folder, a
 * folder holding a standard or a hidden folder such as .git/ would lose files.
 */
function assertOwnFolder(outDir: string, files: string[], root: string, cwd: string): void {
  const refuse = (why: Localized): never => {
    const shown = relative(cwd, outDir) || '.';
    throw new UsageError({ da: buildWords.da.outDirRefused(shown, why.da), en: buildWords.en.outDirRefused(shown, why.en) });
  };
  // Compared where the folders really are: `output` or a folder on the way may be a link.
  const unsafe = unsafeDestination(outDir, root);
  if (unsafe) refuse(unsafe);
  const realOut = realDestination(outDir);
  if ([cwd, root].some((folder) => isInside(realOut, realDestination(folder)))) {
    refuse(inBoth(buildWords, (t) => t.projectFolder));
  }
  const holding = files.find((file) => isInside(realOut, realDestination(file)));
  if (holding) refuse(inBoth(buildWords, (t) => t.holdsStandard(relative(cwd, holding))));
  const realRoot = realDestination(root);
  const hidden = isInside(realRoot, realOut) ? relative(realRoot, realOut).split(sep).find((part) => part.startsWith('.')) : undefined;
  if (hidden !== undefined) refuse(inBoth(buildWords, (t) => t.hiddenFolder(hidden)));
}

/** SOURCE_DATE_EPOCH (reproducible builds): seconds since 1970, or nothing. */
function sourceDateEpoch(): number | undefined {
  const value = process.env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  // At most the last second of year 9999: dates past it cannot be written in a PDF or a leaflet.
  if (!/^\d+$/.test(value) || Number(value) > 253_402_300_799) {
    throw new UsageError(inBoth(buildWords, (t) => t.badEpoch(value)));
  }
  return Number(value);
}
