/**
 * What the `kvs` program does to its own process, which ends with its command.
 *
 * V8 compiles the functions a check runs hot (micromark's tokenizer, the
 * rules' loops) a second time with its optimizing compilers, on background
 * threads. A `kvs` process that checks one file ends before that pays: in a
 * one-file check it was 50-90 ms of some 300 ms CPU (issue 23), more than the
 * optimized code saves, even for a file at the input limit (256 KB: 1.4 →
 * 1.1 s CPU). So such a process goes without them; its findings do not change.
 *
 * V8's flags belong to the whole process: only the `kvs` program asks for
 * this (bin/kvs.js), never a library user's or a test's process, and not when
 * the user set V8's compiler flags (node's options, NODE_OPTIONS).
 */
import { setFlagsFromString } from 'node:v8';

const userFlags = /--(?:no-)?(?:turbofan|opt|maglev|always-turbofan|always-opt)\b/u;

/** Turns V8's optimizing compilers off for the rest of this process (the one-file `kvs check`). */
export function withoutOptimizingCompilers(): void {
  if (userFlags.test(`${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''}`)) return;
  // Both flags are known to V8 in every Node the package supports (20.19+, 22.12+, 24); maglev is on by default from 22.
  setFlagsFromString('--no-turbofan');
  setFlagsFromString('--no-maglev');
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
