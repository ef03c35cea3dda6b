/**
 * The check engine: what `kvs check` does with a list of paths, as a library
 * (`import { checkFiles } from 'kvalitetsstandard'`). It finds the standards,
 * takes what it can from the result cache, checks the rest (in worker threads
 * when there are enough files), applies the baseline and `--changed`, and
 * hands each file's result on in the files' order as soon as every earlier
 * file is done, so a reporter can print while the rest is checked.
 *
 * The command line (src/cli/check.ts) only parses options and prints; the
 * watcher and the build use this too, so they cannot check differently.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { FileResult, Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';
import type { Config } from '../config.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { rules, runs } from '../rules/index.js';
import { today } from './dates.js';
import { readStandardSource } from '../fs/read.js';
import { unsafeDestination } from '../fs/inside.js';
import { toolVersion } from '../meta.js';
import { ignoredNote, resolveFileSet } from './files.js';
import { type ResultCache, contentHash, defaultCacheDir, openResultCache, runKey } from './cache.js';
import type { CheckPool } from './pool.js';
import { threadPlan } from './thread-plan.js';
import type { FileJob, JobResult } from './job.js';
import { adoption } from './adopt.js';
import type { CheckOptions } from './check.js';

export interface CheckFilesOptions {
  /** Paths are relative to this folder, and results show paths relative to it. */
  cwd: string;
  config: Config;
  /** The project folder (the config's folder): ignore globs, the cache and the baseline's paths are relative to it. */
  root: string;
  lang: Lang;
  /** YYYY-MM-DD: the rule set and dated rules follow this date. */
  asOf: string;
  /** Use and update the result cache (default true). */
  cache?: boolean;
  /** The cache folder (default `.kvs/cache` in the project). */
  cacheLocation?: string;
  /** Worker threads; undefined: one per core when there are enough files. */
  jobs?: number;
  /** Hide (or, with `writeBaseline`, record) the findings a baseline file knows. */
  baseline?: string;
  writeBaseline?: boolean;
  /** Only files changed since this git ref (true: the default ref). */
  changed?: string | boolean;
  /** False (`--no-inline-config`): kvs-disable comments switch nothing off. */
  inlineConfig?: boolean;
  /** `--report-unused-disable-directives`: a comment that switches nothing off is a finding. */
  reportUnusedDirectives?: boolean;
  /** The files, already found (the build's own list): `paths` is then not searched again. */
  files?: readonly string[];
  /** Called once with the files found, before any is checked: throwing stops the run (e.g. an output that would land on one of them). */
  onFiles?: (files: readonly string[]) => void;
  /** Each file's result, in the files' order, as soon as it and every earlier file are done. */
  onResult?: (result: FileResult, index: number) => void;
  /** Keep every result for the return value (default true); false lets a streaming caller check 10,000 files in little memory. */
  keepResults?: boolean;
  /** Also say in `notes` why the result cache was not used (e.g. written elsewhere, or changed). */
  verbose?: boolean;
  /** Called with the number of files to check in this thread, before they are, when no worker threads are used. */
  onLocalRun?: (files: number) => void;
}

export interface CheckFilesResult {
  /** The files checked, absolute, in the order of `results`. */
  files: string[];
  /** One result per file (empty when keepResults is false). */
  results: FileResult[];
  errors: number;
  warnings: number;
  /** Lines for the user from the baseline and --changed, e.g. how many findings the baseline hid. */
  notes: string[];
}

export async function checkFiles(paths: readonly string[], options: CheckFilesOptions): Promise<CheckFilesResult> {
  const { cwd, config, root, lang, asOf } = options;
  // Fail on a rule-set pin that does not exist before reading any file.
  const ruleSet = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);
  if (!options.files && paths.length === 0 && !existsSync(resolve(cwd, 'standards'))) throw new UsageError(inBoth(checkWords, (t) => t.noStandards('check')));
  const resolved = options.files
    ? { files: [...options.files], ignored: [] }
    : await resolveFileSet(paths.length > 0 ? [...paths] : ['standards'], cwd, config.ignore, root);
  const listed = resolved.files;
  options.onFiles?.(listed);
  const adopt = adoption(options, { cwd, root, lang });
  const files = adopt.select(listed);
  const directives = {
    ...(options.inlineConfig === false ? { inlineConfig: false } : {}),
    ...(options.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  };
  const checkOptions: CheckOptions = { asOf, lang, config, ...directives };

  let cache: ResultCache | undefined;
  const notes: string[] = resolved.ignored.length > 0 ? [ignoredNote(resolved.ignored, cwd)[lang]] : [];
  if (options.cache !== false) {
    const datedRules = rules.some((rule) => rule.meta.dependsOnDate && runs(rule.meta.id, config, ruleSet));
    // A dated rule also reads today's date (an approval date may lie after both), so a cached result lasts a day at most.
    const key = runKey({ toolVersion, config, ruleSet, lang, ...(datedRules ? { asOf, today: today() } : {}), ...directives });
    const location = options.cacheLocation ? resolve(cwd, options.cacheLocation) : defaultCacheDir(root);
    const unsafe = unsafeDestination(location, root);
    if (unsafe) throw new UsageError({ da: checkWords.da.cacheLocationRefused(unsafe.da), en: checkWords.en.cacheLocationRefused(unsafe.en) });
    const opened = openResultCache(location, root, key);
    cache = opened.cache;
    if (options.verbose && opened.note) notes.push(opened.note[lang]);
  }

  const keep = options.keepResults !== false;
  const results: FileResult[] = new Array<FileResult>(files.length);
  const pending = new Map<number, FileResult>();
  let next = 0;
  let errors = 0;
  let warnings = 0;
  const settle = (index: number, result: FileResult) => {
    const kept = adopt.filter(result);
    for (const finding of kept.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    pending.set(index, kept);
    // Handed on in order: a result waits for every earlier file.
    while (pending.has(next)) {
      const ready = pending.get(next)!;
      pending.delete(next);
      if (keep) results[next] = ready;
      options.onResult?.(ready, next);
      next++;
    }
  };
  const done = (job: JobResult) => {
    if (cache && job.hash !== undefined) cache.set(files[job.index]!, job.hash, job.result);
    settle(job.index, job.result);
  };

  const jobList: FileJob[] = files.map((file, index) => ({ index, file, shown: relative(cwd, file) || file, root }));
  const settings = { options: checkOptions, hash: cache !== undefined };
  // Nothing can come from the cache: start the workers now, so they load while the cache is read.
  let pool = !cache || cache.empty ? await startPool(jobList.length, options.jobs, settings, done) : undefined;
  const misses = cache && !cache.empty ? jobList.filter((job) => !fromCache(cache, job, settle)) : jobList;
  pool ??= await startPool(misses.length, options.jobs, settings, done);
  if (pool) {
    try {
      const here = pool.here ? await localRunner(checkOptions, settings.hash) : undefined;
      await pool.run(misses, here);
    } finally {
      await pool.close();
    }
  } else if (misses.length > 0) {
    options.onLocalRun?.(misses.length);
    const run = await localRunner(checkOptions, settings.hash);
    for (const job of misses) done(run(job));
  }
  cache?.save();
  return { files, results: keep ? results : [], errors, warnings, notes: [...notes, ...adopt.finish()] };
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

async function startPool(
  files: number,
  jobs: number | undefined,
  settings: ConstructorParameters<typeof CheckPool>[1],
  done: (job: JobResult) => void,
): Promise<CheckPool | undefined> {
  const plan = threadPlan(files, jobs);
  if (plan.workers === 0) return undefined;
  const { CheckPool } = await import('./pool.js');
  return new CheckPool(plan.workers, settings, done, plan.here);
}

/** The check of one job in this thread. The checker (parser, rules) is loaded only when a file must be checked here. */
async function localRunner(options: CheckOptions, hash: boolean): Promise<(job: FileJob) => JobResult> {
  const { runJob } = await import('./job.js');
  return (job) => runJob(job, options, hash);
}
