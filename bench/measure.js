/**
 * Runs one command as a whole process, several times, and keeps what the
 * operating system says about it: wall time around the process, and peak
 * memory (getrusage's maxRSS) and CPU time — from the rss.mjs preload for
 * node processes, from GNU time for anything else when it is installed.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, fileURLToPath } from 'node:url';

const rssPreload = pathToFileURL(fileURLToPath(new URL('rss.mjs', import.meta.url))).href;
const gnuTime = ['/usr/bin/time', '/usr/local/bin/time'].find((p) => existsSync(p));

export const hasGnuTime = gnuTime !== undefined;

/**
 * @typedef {object} Command
 * @property {string[]} argv program and arguments
 * @property {string} cwd
 * @property {'node' | 'other'} kind node processes get the preload; others GNU time
 * @property {number} [okStatus] highest exit status that still means "ran" (default 0; linters exit 1 on findings)
 */

/**
 * One run. Throws when the process failed (a signal, or a status above okStatus),
 * with the end of its log.
 * @param {Command} command
 * @param {string} workDir where the log and the memory file go
 * @returns {{ ms: number, peakMb: number | undefined, cpuMs: number | undefined }}
 */
export function runOnce(command, workDir) {
  mkdirSync(workDir, { recursive: true });
  const rssFile = join(workDir, 'rss.json');
  const logFile = join(workDir, 'log.txt');
  rmSync(rssFile, { force: true });
  let argv = command.argv;
  const env = { ...process.env };
  if (command.kind === 'node') {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} "--import=${rssPreload}"`.trim();
    env.KVS_BENCH_RSS_FILE = rssFile;
  } else if (gnuTime) {
    argv = [gnuTime, '-f', '%M %U %S', '-o', rssFile, ...argv];
  }
  // Output goes to a file, not a pipe: every tool pays the same small cost, and a failure can be shown.
  const log = openSync(logFile, 'w');
  const start = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: command.cwd, env, stdio: ['ignore', log, log] });
  const ms = performance.now() - start;
  closeSync(log);
  const okStatus = command.okStatus ?? 0;
  if (result.error || result.signal || (result.status ?? 99) > okStatus) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    const why = result.error?.message ?? (result.signal ? `signal ${result.signal}` : `exit status ${result.status}`);
    throw new Error(`${command.argv.join(' ')} failed (${why}) in ${command.cwd}:\n${tail}`);
  }
  return { ms, ...readUsage(rssFile, command.kind) };
}

function readUsage(file, kind) {
  if (!existsSync(file)) return { peakMb: undefined, cpuMs: undefined };
  const text = readFileSync(file, 'utf8');
  if (kind === 'node') {
    const usage = JSON.parse(text);
    return { peakMb: usage.maxRssKb / 1024, cpuMs: usage.cpuUs / 1000 };
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
 * Warm-up runs (thrown away), then measured runs; `before(i)` runs untimed
 * before run i (0 = first warm-up).
 * @param {Command} command
 * @param {{ runs: number, warmup: number, workDir: string, before?: (i: number) => void }} options
 */
export function measure(command, { runs, warmup, workDir, before }) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    before?.(i);
    const sample = runOnce(command, workDir);
    if (i >= warmup) samples.push(sample);
  }
  const times = samples.map((s) => s.ms);
  const peaks = samples.map((s) => s.peakMb).filter((p) => p !== undefined);
  const cpus = samples.map((s) => s.cpuMs).filter((c) => c !== undefined);
  return {
    runs,
    warmup,
    timesMs: times.map(round1),
    medianMs: round1(median(times)),
    minMs: round1(Math.min(...times)),
    maxMs: round1(Math.max(...times)),
    peakMb: peaks.length > 0 ? round1(Math.max(...peaks)) : null,
    cpuMs: cpus.length > 0 ? round1(median(cpus)) : null,
  };
}

export function round1(x) {
  return Math.round(x * 10) / 10;
}
