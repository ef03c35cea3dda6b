/**
 * Module loader hooks for fault-hold.mjs: the build's own loading of a renderer
 * (a dynamic import in src/build/build.ts, after the lock is taken) waits for
 * the release file. Static imports of the renderer's helpers load before the lock and never wait.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

let file = '';

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, next) {
  if (file && specifier.startsWith('../render/') && context.parentURL?.endsWith('/build/build.js')) {
    const until = Date.now() + 60_000;
    while (!existsSync(file) && Date.now() < until) await sleep(20);
  }
  return next(specifier, context);
}
