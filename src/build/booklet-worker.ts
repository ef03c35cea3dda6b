/**
 * A worker thread of `kvs build`: loads the booklet renderer (pdfkit, fonts,
 * hyphenation patterns) once and renders the booklets the main thread sends,
 * one at a time, answering with the PDF bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { imposeBooklet, renderBooklet, saveWordCaches } from '../render/pdf/index.js';
import type { BookletReply, BookletRequest, BookletWorkerData, SaveRequest } from './booklets.js';

const port = parentPort;
if (!port) throw new Error('kvs: src/build/booklet-worker.ts runs only as a worker thread');

const { wordCache } = workerData as BookletWorkerData;
const options = wordCache ? { wordCache } : {};

port.on('message', async (request: BookletRequest | SaveRequest) => {
  if ('save' in request) {
    saveWordCaches();
    port.postMessage(request);
    return;
  }
  const { id, input, imposition } = request;
  let reply: BookletReply;
  try {
    const booklet = await renderBooklet(input, options);
    reply = { id, booklet, ...(imposition ? { print: await imposeBooklet(booklet) } : {}) };
  } catch (error) {
    const { message, stack, localized } = error as Error & { localized?: unknown };
    reply = { id, error: { message, stack: stack ?? message, ...(isLocalized(localized) ? { localized } : {}) } };
  }
  port.postMessage(reply);
});

function isLocalized(value: unknown): value is { da: string; en: string } {
  return typeof value === 'object' && value !== null && typeof (value as { da?: unknown }).da === 'string' && typeof (value as { en?: unknown }).en === 'string';
}
