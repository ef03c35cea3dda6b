/**
 * V8's optimizing compiler (TurboFan) is tuned for pages and servers that run
 * for minutes. A `kvs build` of a kommune's standards runs for seconds, and
 * most functions V8 picks as hot (the Markdown parser's, pdfkit's, the line
 * layout's) are compiled on its background threads at a cost they do not earn
 * back before the process ends: 20 booklets took 4.4 s CPU, of which 1.8 s on
 * those threads, mostly optimizing. Asking for about eight times as much work
 * before a function is considered leaves the really hot ones optimized and
 * the rest in the baseline tiers: 3.4–3.7 s CPU, in the same wall time or less
 * (the budget 500,000; 300,000 gave 3.7–4.1 s, 800,000 3.3 s, 2,000,000 3.7–4.1 s).
 * A longer build still gains: 100 booklets 11.9 s CPU instead of 13.7 s.
 *
 * The flag is process-wide (worker threads started later share it) and V8
 * reads it whenever it sets a function's budget, so setting it at run time
 * takes effect for the code loaded after. `kvs check` keeps V8's default: a
 * check of a thousand standards runs long enough to pay for optimizing.
 * V8 takes cached bytecode only under the flags it was made with, so buildAll
 * sets this after the check, whose worker threads load the CLI bundle with
 * the cache made for V8's defaults (src/cli/code-cache.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** Budget in bytecode executed (V8's default: 66 KB on Node 20, 132 KB later). */
const INTERRUPT_BUDGET = 500_000;

let done = false;

export function tierForShortRun(): void {
  if (done) return;
  done = true;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
