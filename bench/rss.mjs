/**
 * Preloaded into every measured node process (NODE_OPTIONS=--import=…/rss.mjs):
 * on exit, writes the peak resident set size the OS reports for the process
 * (getrusage, all threads) and its CPU time to the file named by
 * KVS_BENCH_RSS_FILE. The variable is removed at once, so a child process
 * can't overwrite the parent's numbers.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.KVS_BENCH_RSS_FILE;
if (file && isMainThread) {
  delete process.env.KVS_BENCH_RSS_FILE;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes; CPU times in microseconds.
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
  });
}
