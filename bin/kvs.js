#!/usr/bin/env node
// `npm run build` compiles to dist/ (run by `prepare` on install) and bundles the
// check path into dist/bundle/kvs.cjs with V8's code cache for it, which starts
// several times faster (src/cli/code-cache.ts). A bundle older than the compiled
// modules (tsc run on its own since) is not used.
import { statSync } from 'node:fs';

const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = (modified('../dist/bundle/build-id.json') ?? -1) >= (modified('../dist/cli/main.js') ?? Infinity);
const { main } = bundled ? (await import('../dist/cli/code-cache.js')).loadBundle().bundle : await import('../dist/cli/main.js');

// `kvs check | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
