/**
 * One file's check, as the CLI runs it in its own thread or in a worker: read
 * the bytes, hash them for the cache, check them. The same function in both
 * places, so `--jobs 1` and `--jobs N` cannot differ.
 */
import { readStandardSource } from '../fs/read.js';
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
  /** The project folder: a standard must lie inside it (src/fs/read.ts). */
  root: string;
}

export interface JobResult {
  index: number;
  result: FileResult;
  /** sha256 of the bytes that were checked; absent when the file could not be read (such results are not cached). */
  hash?: string;
}

export function runJob(job: FileJob, options: CheckOptions, wantHash: boolean): JobResult {
  const read = readStandardSource(job.file, job.root);
  if (!read.ok) return { index: job.index, result: unreadable(job.shown, read.reason[options.lang ?? options.config?.lang ?? 'da']) };
  const result = checkBytes(read.bytes, job.shown, options, read.size);
  return wantHash ? { index: job.index, result, hash: contentHash(read.bytes) } : { index: job.index, result };
}
