/**
 * Runs one command as a whole process and keeps what the operating system
 * says about it: wall time around the process, its CPU time (user + system,
 * every thread and every child process it waited for) and its peak memory.
 *
 * - CPU: for node processes from the rss.mjs preload (getrusage of the process
 *   in microseconds, plus the CPU of its own finished children); for anything
 *   else the growth of this process's "children" CPU time across the run
 *   (/proc/self/stat cutime + cstime, what getrusage(RUSAGE_CHILDREN) and
 *   /usr/bin/time report), else GNU time.
 * - Peak memory: getrusage's maxRSS — the preload for node, GNU time for the rest.
 *
 * The runs of all rows are interleaved (schedule below): a slow minute of the
 * shared machine then falls on one run of every row, not on every run of one.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { childrenCpuMs } from './proc-cpu.mjs';

const rssPreload = pathToFileURL(fileURLToPath(new URL('rss.mjs', import.meta.url))).href;
const gnuTime = ['/usr/bin/time', '/usr/local/bin/time'].find((p) => existsSync(p));

export const hasGnuTime = gnuTime !== undefined;

/**
 * @typedef {object} Command
 * @property {string[]} argv program and arguments
 * @property {string} cwd
 * @property {'node' | 'other'} kind node processes get the preload; others GNU time (peak memory)
 * @property {number} [okStatus] highest exit status that still means "ran" (default 0; linters exit 1 on findings)
 */

/**
 * @typedef {object} Sample
 * @property {number} ms wall time
 * @property {number | undefined} cpuMs user + system CPU time of the process and its children
 * @property {number | undefined} peakMb
 * @property {number} load the 1-minute load average when the run started
 */

/**
 * One run. Throws when the process failed (a signal, or a status above okStatus),
 * with the end of its log.
 * @param {Command} command
 * @param {string} workDir where the log and the usage file go
 * @returns {Sample}
 */
export function runOnce(command, workDir) {
  mkdirSync(workDir, { recursive: true });
  const usageFile = join(workDir, 'rss.json');
  const logFile = join(workDir, 'log.txt');
  rmSync(usageFile, { force: true });
  let argv = command.argv;
  const env = { ...process.env };
  if (command.kind === 'node') {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} "--import=${rssPreload}"`.trim();
    env.KVS_BENCH_RSS_FILE = usageFile;
  } else if (gnuTime) {
    argv = [gnuTime, '-f', '%M %U %S', '-o', usageFile, ...argv];
  }
  // Output goes to a file, not a pipe: every tool pays the same small cost, and a failure can be shown.
  const log = openSync(logFile, 'w');
  const load = loadavg()[0];
  const childrenBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: command.cwd, env, stdio: ['ignore', log, log] });
  const ms = performance.now() - start;
  const childrenAfter = childrenCpuMs();
  closeSync(log);
  const okStatus = command.okStatus ?? 0;
  if (result.error || result.signal || (result.status ?? 99) > okStatus) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    const why = result.error?.message ?? (result.signal ? `signal ${result.signal}` : `exit status ${result.status}`);
    throw new Error(`${command.argv.join(' ')} failed (${why}) in ${command.cwd}:\n${tail}`);
  }
  const usage = readUsage(usageFile, command.kind);
  const fromOs = childrenBefore === undefined || childrenAfter === undefined ? undefined : childrenAfter - childrenBefore;
  // The preload's count is finer (microseconds, not clock ticks) and sees the same process.
  const cpuMs = command.kind === 'node' ? (usage.cpuMs ?? fromOs) : (fromOs ?? usage.cpuMs);
  return { ms, cpuMs, peakMb: usage.peakMb, load };
}

function readUsage(file, kind) {
  if (!existsSync(file)) return { peakMb: undefined, cpuMs: undefined };
  const text = readFileSync(file, 'utf8');
  if (kind === 'node') {
    const usage = JSON.parse(text);
    return { peakMb: usage.maxRssKb / 1024, cpuMs: (usage.cpuUs + (usage.childrenCpuUs ?? 0)) / 1000 };
  }
  // GNU time writes "Command exited with non-zero status N" before the numbers when the command fails.
  const [kb, user, system] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const cpu = (user ?? NaN) + (system ?? NaN);
  return { peakMb: Number.isFinite(kb) ? kb / 1024 : undefined, cpuMs: Number.isFinite(cpu) ? cpu * 1000 : undefined };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The order of all runs: round 0 is every row's warm-ups and its first run,
 * round r every row that has more than r runs, rows in their given order.
 * @param {{ runs: number, warmup: number }[]} rows
 * @returns {{ row: number, i: number, timed: boolean }[]} i counts the row's runs from 0 (warm-ups first)
 */
export function schedule(rows) {
  const steps = [];
  const rounds = Math.max(0, ...rows.map((r) => r.runs));
  for (let round = 0; round < rounds; round++) {
    rows.forEach((r, row) => {
      if (round >= r.runs) return;
      if (round === 0) for (let w = 0; w < r.warmup; w++) steps.push({ row, i: w, timed: false });
      steps.push({ row, i: r.warmup + round, timed: true });
    });
  }
  return steps;
}

/**
 * A row's numbers from its timed samples: medians of wall and CPU time (each
 * on its own), the wall's spread, the highest peak, the median load.
 * @param {Sample[]} samples
 */
export function summarise(samples, { runs, warmup }) {
  const times = samples.map((s) => s.ms);
  const peaks = samples.map((s) => s.peakMb).filter((p) => p !== undefined);
  const cpus = samples.map((s) => s.cpuMs).filter((c) => c !== undefined);
  return {
    runs,
    warmup,
    timesMs: times.map(round1),
    cpuTimesMs: cpus.map(round1),
    medianMs: round1(median(times)),
    minMs: round1(Math.min(...times)),
    maxMs: round1(Math.max(...times)),
    cpuMs: cpus.length > 0 ? round1(median(cpus)) : null,
    peakMb: peaks.length > 0 ? round1(Math.max(...peaks)) : null,
    load: Math.round(median(samples.map((s) => s.load)) * 100) / 100,
  };
}

export function round1(x) {
  return Math.round(x * 10) / 10;
}
