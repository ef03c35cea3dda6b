#!/usr/bin/env node
// `npm run build` compiles to dist/ (run by `prepare` on install) and bundles the
// CLI with V8's code cache, which starts several times faster (src/cli/code-cache.ts):
// dist/bundle/kvs.cjs has the check path only, kvs-all.cjs every command. A bundle
// older than the compiled modules (tsc run on its own since) is not used.
import { statSync } from 'node:fs';

const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = (modified('../dist/bundle/build-id.json') ?? -1) >= (modified('../dist/cli/main.js') ?? Infinity);
// The command is the first word that is no option; a word that is an option's value only costs the larger bundle.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const startBundle = async () => {
  const { allBundleUrl, loadBundle } = await import('../dist/cli/code-cache.js');
  const all = command !== undefined && command !== 'check' && modified('../dist/bundle/kvs-all.cjs') !== undefined;
  return (all ? loadBundle(allBundleUrl) : loadBundle()).bundle;
};
const { main } = bundled ? await startBundle() : await import('../dist/cli/main.js');

// `kvs check | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
