/**
 * The reliability ledger: every reliability test records what it tried and
 * what came out, and the test run's teardown (test/reliability-setup.ts)
 * turns the records into docs/reliability.md. The document is therefore
 * only ever as true as the last full test run.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface LedgerEntry {
  /** Group in the document, e.g. "Any input", "Encodings", "Bad YAML", "No data lost", "Nothing unsafe published". */
  area: string;
  /** The class of bad input, fault or attack, in one line, e.g. "Random bytes → check()". */
  what: string;
  /** How many cases were tried. */
  cases: number;
  /** What happened, in one line, e.g. "no exception; every position inside the file". */
  result: string;
  /** Cases that ended in an uncaught exception (should be 0; counted for check/build over the fuzz corpus). */
  uncaught?: number;
}

/** Where the records go; set by the global setup, absent when a test file runs outside the suite. */
export const ledgerDirVariable = 'KVS_RELIABILITY_LEDGER';

export function record(entry: LedgerEntry): void {
  const dir = process.env[ledgerDirVariable];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${JSON.stringify(entry)}\n`);
}
