/**
 * One file's check, as the CLI runs it in its own thread or in a worker: read
 * the bytes, hash them for the cache, check them. The same function in both
 * places, so `--jobs 1` and `--jobs N` cannot differ.
 */
import { readFileSync } from 'node:fs';
import type { FileResult } from '../types.js';
import { checkBytes, unreadable, type CheckOptions } from './check.js';
import { contentHash } from './cache.js';

export interface FileJob {
  /** Place in the sorted file list; results are reported in this order. */
  index: number;
  /** Absolute path to read. */
  file: string;
  /** The path as findings and reports show it. */
  shown: string;
}

export interface JobResult {
  index: number;
  result: FileResult;
  /** sha256 of the bytes that were checked; absent when the file could not be read (such results are not cached). */
  hash?: string;
}

export function runJob(job: FileJob, options: CheckOptions, wantHash: boolean): JobResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.file);
  } catch (error) {
    return { index: job.index, result: unreadableResult(job.shown, error, options) };
  }
  const result = checkBytes(bytes, job.shown, options);
  return wantHash ? { index: job.index, result, hash: contentHash(bytes) } : { index: job.index, result };
}

export function unreadableResult(shown: string, error: unknown, options: CheckOptions): FileResult {
  const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const lang = options.lang ?? options.config?.lang ?? 'da';
  return unreadable(shown, lang === 'da' ? `Filen kan ikke læses (${reason}).` : `The file cannot be read (${reason}).`);
}
