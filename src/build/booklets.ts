/**
 * Booklet (PDF) rendering for `kvs build`, in worker threads: one fewer than
 * there are cores (at least one, at most one per booklet), since the main
 * thread keeps a core busy reading, checking and parsing the next standards
 * while the workers lay out. Each worker loads the renderer and warms its
 * caches once, which a worker more on a core already taken costs without
 * paying back: 20 booklets on 2 cores took 6.2 s CPU with two workers and
 * 5.0 s with one, in the same wall time (medians of 3).
 * Even one booklet renders in a worker: the layout is synchronous, and on the
 * main thread it would hold back the SIGINT/SIGTERM handler that releases the
 * build lock (src/build/lock.ts) until the booklet is done. Only from the
 * TypeScript sources (tests, no compiled worker) do they render in this thread.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Localized } from '../types.js';
import type { RenderInput } from '../render/types.js';
import type { WordCacheOptions } from '../render/pdf/word-cache.js';
import { LocalizedError } from '../errors.js';
import { bundleIsCurrent } from '../meta.js';
import { defaultCacheDir } from '../check/cache.js';
import { loadCacheSecret } from '../check/secret.js';
import { unsafeDestination } from '../fs/inside.js';

export interface Booklet {
  booklet: Uint8Array;
  /** The imposed copy for printing, when asked for. */
  print?: Uint8Array;
}

export interface BookletRequest {
  id: number;
  input: RenderInput;
  imposition: boolean;
}

/** Asks a worker to write its shaped words to the disk cache; it answers with the same object. */
export interface SaveRequest {
  save: true;
}

export interface BookletWorkerData {
  wordCache: WordCacheOptions | undefined;
}

export type BookletReply =
  | ({ id: number } & Booklet)
  | { id: number; error: { message: string; stack: string; localized?: Localized } };

export interface Booklets {
  /** How many booklets render at once. */
  readonly width: number;
  render(input: RenderInput, imposition: boolean): Promise<Booklet>;
  close(): Promise<void>;
}

const compiledWorker = new URL('./booklet-worker.js', import.meta.url);
/** The same worker bundled into one file by scripts/bundle.js, which starts faster. */
const bundledWorker = new URL('../bundle/booklet-worker.js', import.meta.url);

/** The bundled worker, unless tsc has compiled the sources since it was bundled (tsc run on its own); none from the TypeScript sources. */
function workerFile(): URL | undefined {
  if (!statSync(compiledWorker, { throwIfNoEntry: false })) return undefined;
  return bundleIsCurrent() ? bundledWorker : compiledWorker;
}

/** KVS_JOBS as `kvs check` reads it; anything else than a whole number ≥ 1 means "as many as there are cores". */
function jobsFromEnvironment(): number | undefined {
  const value = process.env['KVS_JOBS']?.trim();
  return value && /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/**
 * Shaped words are kept between builds in the project's cache folder, signed
 * with this machine's key like the check's results (src/render/pdf/shape-cache.ts);
 * `projectRoot` undefined (--no-cache) or no key: every build shapes afresh.
 */
export function wordCacheFor(projectRoot: string | undefined): WordCacheOptions | undefined {
  if (projectRoot === undefined) return undefined;
  const dir = join(defaultCacheDir(projectRoot), 'fonts');
  // A folder linked out of the project (or into .git) is not written to, as for the check's cache.
  if (unsafeDestination(dir, projectRoot)) return undefined;
  const secret = loadCacheSecret(projectRoot);
  return secret.ok ? { dir, secret: secret.secret } : undefined;
}

export async function booklets(count: number, wordCache?: WordCacheOptions): Promise<Booklets> {
  const size = Math.max(1, Math.min(jobsFromEnvironment() ?? availableParallelism() - 1, count));
  const workerUrl = count >= 1 ? workerFile() : undefined;
  if (workerUrl) return new BookletPool(size, workerUrl, wordCache);
  const pdf = await import('../render/pdf/index.js');
  const options = wordCache ? { wordCache } : {};
  return {
    width: 1,
    async render(input, imposition) {
      const booklet = await pdf.renderBooklet(input, options);
      return imposition ? { booklet, print: await pdf.imposeBooklet(booklet) } : { booklet };
    },
    async close() {
      pdf.saveWordCaches();
    },
  };
}

interface Waiting {
  resolve: (booklet: Booklet) => void;
  reject: (error: Error) => void;
}

class BookletPool implements Booklets {
  private readonly idle: Worker[] = [];
  private readonly queue: BookletRequest[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;

  constructor(
    readonly width: number,
    workerUrl: URL,
    wordCache: WordCacheOptions | undefined,
  ) {
    for (let i = 0; i < width; i++) {
      const worker = new Worker(workerUrl, { workerData: { wordCache } satisfies BookletWorkerData });
      worker.on('message', (reply: BookletReply | SaveRequest) => {
        if (!('save' in reply)) this.answered(worker, reply);
      });
      worker.on('error', (error) => this.broken(worker, error));
      worker.on('exit', (code) => this.broken(worker, new Error(`kvs: a booklet worker stopped (exit code ${code})`)));
      this.idle.push(worker);
    }
  }

  render(input: RenderInput, imposition: boolean): Promise<Booklet> {
    const id = this.next++;
    return new Promise<Booklet>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ id, input, imposition });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    const idle = [...this.idle];
    this.idle.length = 0;
    this.busy.clear();
    // The idle workers write their shaped words to the disk cache first (a busy one is stopped as it is).
    await Promise.all(idle.map((worker) => saved(worker)));
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const request = this.queue.shift()!;
      this.busy.set(worker, request.id);
      worker.postMessage(request);
    }
  }

  private answered(worker: Worker, reply: BookletReply): void {
    this.busy.delete(worker);
    this.idle.push(worker);
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if ('error' in reply) {
      // A user's mistake (a font that cannot be embedded …) stays one, with its message in both languages.
      const error = reply.error.localized ? new LocalizedError(reply.error.localized) : new Error(reply.error.message);
      error.stack = reply.error.stack;
      waiting?.reject(error);
    } else {
      waiting?.resolve(reply.print ? { booklet: reply.booklet, print: reply.print } : { booklet: reply.booklet });
    }
    this.dispatch();
  }

  /** A worker that died takes its booklet with it; the rest of the queue waits for the others. */
  private broken(worker: Worker, error: Error): void {
    const id = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
    if (id !== undefined) {
      this.waiting.get(id)?.reject(error);
      this.waiting.delete(id);
    }
    if (this.idle.length + this.busy.size === 0) {
      for (const [, waiting] of this.waiting) waiting.reject(error);
      this.waiting.clear();
      this.queue.length = 0;
    }
  }
}

/** Settles when the worker has written its shaped words (or has stopped). */
function saved(worker: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (reply: unknown) => {
      if ((reply as Partial<SaveRequest>).save === true) done();
    };
    worker.on('message', onMessage);
    worker.on('exit', done);
    worker.postMessage({ save: true } satisfies SaveRequest);
  });
}
