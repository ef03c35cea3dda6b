/**
 * A worker thread of `kvs check`: loads the checker once, then checks the
 * batches of files the main thread sends and answers with their results
 * (findings only; the syntax trees stay here and are dropped file by file).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type FileJob, type JobResult } from './job.js';
import type { WorkerSettings, WorkerReply } from './pool.js';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('kvs: src/check/worker.ts runs only as a worker thread');

port.on('message', (batch: FileJob[]) => {
  let reply: WorkerReply;
  try {
    const results: JobResult[] = batch.map((job) => runJob(job, settings.options, settings.hash));
    reply = { results };
  } catch (error) {
    // A bug in a rule: the main thread reports it as it would without workers.
    reply = { error: { message: (error as Error).message, stack: (error as Error).stack ?? String(error) } };
  }
  port.postMessage(reply);
});
