/**
 * How many worker threads a check uses. Apart from the pool (src/check/pool.ts) so that a run without
 * workers (one file, a few) never loads worker_threads and the pool.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const workerUrl = new URL('./worker.js', import.meta.url);

/** False when running from TypeScript sources (tests), where there is no worker.js to start. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(workerUrl));
}

/**
 * Without --jobs, a thread for every this many files, up to one per core.
 * Measured on the bench corpus: a worker costs about 0.1 s CPU to load the
 * checker and 0.2 s more on its first file while V8 compiles it, against
 * 0.04 s for a file once warm; copying a file's findings back costs 0.1 ms.
 * A worker's start is worth about 8 files' work, so below 16 files per
 * thread it adds more CPU than it takes off the wall time.
 */
export const filesPerThread = 16;

/** Threads for a run: worker threads, and whether this thread checks files too. */
export interface ThreadPlan {
  workers: number;
  /** The main thread takes batches like a worker (it would otherwise wait): one worker fewer to start and warm up. */
  here: boolean;
}

/**
 * No worker for small runs. --jobs N asks for N worker threads (1: none);
 * without it, up to one thread per core, this thread being one of them.
 */
export function threadPlan(files: number, jobs: number | undefined): ThreadPlan {
  if (!workersAvailable()) return { workers: 0, here: true };
  if (jobs !== undefined) {
    const size = Math.min(jobs, files);
    return size >= 2 ? { workers: size, here: false } : { workers: 0, here: true };
  }
  const threads = Math.min(availableParallelism(), Math.floor(files / filesPerThread));
  return threads >= 2 ? { workers: threads - 1, here: true } : { workers: 0, here: true };
}
