/**
 * What the `kvs` program does to its own process, which ends with its command.
 * V8's flags belong to the whole process: only the `kvs` program asks for
 * these (bin/kvs.js → main(argv, { ownProcess: true })), never a library
 * user's or a test's process, not `--watch` (which runs for as long as the
 * user likes), and not when the user set V8's compiler flags (node's options,
 * NODE_OPTIONS). Findings and output never change, only what the CPU does.
 *
 * V8's optimizing compilers are tuned for pages and servers that run for
 * minutes; they compile the functions a run makes hot (micromark's
 * tokenizer, the rules' loops, pdfkit's, the line layout's) a second time on
 * background threads, which pays only in a long run (issue 23):
 *
 * - A `kvs check` of one file ends before it pays: 50-90 ms of some 300 ms
 *   CPU, more than the optimized code saves, even for a file at the input
 *   limit (256 KB: 1.4 → 1.1 s CPU). It goes without them.
 * - A `kvs build` runs for seconds: 20 booklets took 4.4 s CPU, 1.8 s of it on
 *   those threads. Asking for about eight times as much work before a function
 *   is considered leaves the really hot ones optimized: 3.4-3.7 s CPU in the
 *   same wall time or less (budget 500,000; 300,000 gave 3.7-4.1 s, 800,000
 *   3.3 s, 2,000,000 3.7-4.1 s); 100 booklets 11.9 s instead of 13.7 s.
 * - A `kvs check` of many files keeps V8's defaults: a check of a thousand
 *   standards runs long enough to pay for optimizing.
 *
 * V8 reads these flags whenever it sets a function's budget or tiers it up,
 * so setting them at run time takes effect for the code run after. It takes
 * cached bytecode only under the flags it was made with, so a build sets its
 * flag after the check, whose worker threads load the CLI bundle with the
 * cache made for V8's defaults (src/cli/code-cache.ts).
 */
import { setFlagsFromString } from 'node:v8';

const userFlags = /--(?:no-)?(?:turbofan|opt|maglev|always-turbofan|always-opt|interrupt-budget)\b/u;

/** False when the user chose V8's compiler flags: theirs are kept. */
function mayTune(): boolean {
  return !userFlags.test(`${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''}`);
}

/** Turns V8's optimizing compilers off for the rest of this process (the one-file `kvs check`). */
export function withoutOptimizingCompilers(): void {
  if (!mayTune()) return;
  // Both flags are known to V8 in every Node the package supports (20.19+, 22.12+, 24); maglev is on by default from 22.
  setFlagsFromString('--no-turbofan');
  setFlagsFromString('--no-maglev');
}

/** Budget in bytecode executed before V8 considers a function for optimizing (its default: 66 KB on Node 20, 132 KB later). */
const SHORT_RUN_BUDGET = 500_000;

/** Asks V8 for about eight times as much work before it optimizes a function (`kvs build`, after its check). */
export function tunedForShortRun(): void {
  if (mayTune()) setFlagsFromString(`--interrupt-budget=${SHORT_RUN_BUDGET}`);
}

/**
 * Ends the process with `code` at once, once everything written to stdout and stderr is out (on Linux both
 * are written synchronously; elsewhere a pipe may still hold some, and the process then ends the usual way).
 * The usual way frees V8's heap piece by piece and waits for its background tasks: 10-15 ms of CPU after a
 * one-file check, for nothing. Only for a command that leaves nothing running (`kvs check` without --watch).
 */
export function endNow(code: number): void {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}
