/**
 * Worker threads for `kvs check`: files go out in batches, results come back
 * in any order and are handed on in the files' order, each as soon as every
 * earlier file is done, so a reporter can print while the rest is checked.
 *
 * The worker is `worker.js` beside this module, which is right both for the
 * compiled modules (dist/check/) and for the CLI bundle (dist/bundle/, where
 * worker.js loads the bundle with its code cache and runs the worker's module
 * from it), so workers always run the same checker as the main thread would.
 */
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from './check.js';
import type { FileJob, JobResult } from './job.js';

export { filesPerThread, threadPlan, workersAvailable, type ThreadPlan } from './thread-plan.js';

/** What every worker is told once, at start. Plain data: it is copied to each thread. */
export interface WorkerSettings {
  options: CheckOptions;
  /** Hash each file's bytes for the cache. */
  hash: boolean;
}

export type WorkerReply = { results: JobResult[] } | { error: { message: string; stack: string } };

const workerUrl = new URL('./worker.js', import.meta.url);

/** How many workers this process has started; tests read it to see that --jobs N used threads. */
export const poolStats = { started: 0 };

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  pending: number;
}

export class CheckPool {
  private readonly slots: Slot[];
  private queue: FileJob[] = [];
  private batchSize = 1;
  private remaining = 0;
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private readonly texts = new Map<string, string>();
  private failure: Error | undefined;

  /** Starts the workers at once, so they load while the main thread still looks files up in the cache. */
  constructor(
    size: number,
    settings: WorkerSettings,
    private readonly onResult: (result: JobResult) => void,
    /** The main thread checks files too (run() is then given its runner). */
    readonly here = false,
  ) {
    poolStats.started += size;
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(workerUrl, { workerData: settings }), pending: 0 };
      slot.worker.on('message', (reply: WorkerReply) => this.received(slot, reply));
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (this.remaining > 0) this.fail(new Error(`kvs: a check worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Checks the jobs; resolves when every result has been handed to onResult.
   * With `here`, this thread checks batches too, between the workers' answers.
   */
  run(jobs: FileJob[], here?: (job: FileJob) => JobResult): Promise<void> {
    this.queue = jobs.slice();
    this.remaining = jobs.length;
    // Small batches keep the workers evenly loaded and the results flowing in
    // order; large ones save messages. A few batches per worker is the balance.
    this.batchSize = Math.max(1, Math.min(8, Math.floor(jobs.length / ((this.slots.length + (here ? 1 : 0)) * 8))));
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      if (this.failure) reject(this.failure);
      else if (this.remaining === 0) resolve();
      else {
        for (const slot of this.slots) this.feed(slot);
        if (here) void this.checkHere(here);
      }
    });
  }

  /** Takes a batch at a time from the queue; yields between batches so the workers' answers are taken in and they are fed. */
  private async checkHere(check: (job: FileJob) => JobResult): Promise<void> {
    while (this.queue.length > 0 && !this.failure) {
      for (const job of this.queue.splice(0, this.batchSize)) {
        let result: JobResult;
        try {
          result = check(job);
        } catch (error) {
          this.fail(error as Error);
          return;
        }
        this.remaining--;
        this.onResult(result);
      }
      if (this.remaining === 0) this.settle?.resolve();
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Stops the workers; call it once, after run() settled. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private feed(slot: Slot): void {
    // Two batches in flight: the worker starts the next as soon as it answers.
    while (slot.pending < 2 && this.queue.length > 0) {
      slot.worker.postMessage(this.queue.splice(0, this.batchSize));
      slot.pending++;
    }
  }

  private received(slot: Slot, reply: WorkerReply): void {
    slot.pending--;
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      error.stack = reply.error.stack;
      this.fail(error);
      return;
    }
    for (const result of reply.results) {
      this.remaining--;
      this.onResult(shareTexts(result, this.texts));
    }
    if (this.remaining === 0) this.settle?.resolve();
    else this.feed(slot);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.queue = [];
    this.settle?.reject(error);
  }
}

/**
 * Every text that crosses from a worker arrives as a new copy, so the same
 * message, hint, law and link would be held once per finding: 10,000 standards' results
 * in the main thread ran to hundreds of megabytes. One copy of each suffices.
 */
function shareTexts(job: JobResult, texts: Map<string, string>): JobResult {
  const share = (text: string) => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  for (const finding of job.result.findings) {
    finding.ruleId = share(finding.ruleId);
    finding.message = share(finding.message);
    for (const place of finding.related ?? []) place.message = share(place.message);
    if (finding.law !== undefined) finding.law = share(finding.law);
    if (finding.hint !== undefined) finding.hint = share(finding.hint);
    if (finding.url !== undefined) finding.url = share(finding.url);
    if (finding.requirement !== undefined) finding.requirement = share(finding.requirement);
  }
  if (job.result.ruleSet !== undefined) job.result.ruleSet = share(job.result.ruleSet);
  return job;
}
