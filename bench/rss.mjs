/**
 * Preloaded into every measured node process (NODE_OPTIONS=--import=…/rss.mjs):
 * on exit, writes what the OS reports for the process to the file named by
 * KVS_BENCH_RSS_FILE: the peak resident set size (getrusage, all threads), its
 * CPU time (all threads) and that of the child processes it waited for. The
 * variable is removed at once, so a child process can't overwrite the
 * parent's numbers.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { childrenCpuMs } from './proc-cpu.mjs';

const file = process.env.KVS_BENCH_RSS_FILE;
if (file && isMainThread) {
  delete process.env.KVS_BENCH_RSS_FILE;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const children = childrenCpuMs();
    // maxRSS is in kilobytes; CPU times in microseconds.
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime, childrenCpuUs: children === undefined ? 0 : children * 1000 }));
  });
}
