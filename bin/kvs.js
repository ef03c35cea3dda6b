#!/usr/bin/env node
// `npm run build` compiles to dist/ (run by `prepare` on install) and bundles the
// CLI with V8's code cache, which starts several times faster (src/cli/code-cache.ts):
// dist/bundle/kvs.cjs has the check path only, kvs-all.cjs every command. A bundle
// older than the compiled modules (tsc run on its own since) is not used.
import { statSync } from 'node:fs';

const argv = process.argv.slice(2);

/** The CLI's `main`: from a bundle when it is current, else from the compiled modules. */
async function loadMain() {
  const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
  // As bundleIsCurrent (src/meta.ts) decides it: tsc's build info (written by every tsc run, which need not touch
  // dist/cli/main.js), in the package, without it, any compiled module.
  const bundled = (modified('../dist/bundle/build-id.json') ?? -1) >= (modified('../dist/.tsbuildinfo') ?? modified('../dist/meta.js') ?? Infinity);
  // KVS_BUNDLE=0: the compiled modules, with their source maps (a stack trace that points into src/) and
  // one module per file (for tools, and tests, that hook Node's module loader).
  if (!bundled || process.env.KVS_BUNDLE === '0') return (await import('../dist/cli/main.js')).main;
  // The command is the first word that is no option; a word that is an option's value only costs the larger bundle.
  const command = argv.find((arg) => !arg.startsWith('-'));
  const { allBundleUrl, loadBundle } = await import('../dist/cli/code-cache.js');
  const all = command !== undefined && command !== 'check' && modified('../dist/bundle/kvs-all.cjs') !== undefined;
  return (all ? loadBundle(allBundleUrl) : loadBundle()).bundle.main;
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Alone, `--version` needs no command line parser, and loading a bundle's code cache took longer than
  // the rest of the start: the same line commander prints, and exit code 0.
  const { toolVersion } = await import('../dist/meta.js');
  process.stdout.write(`${toolVersion}\n`);
} else {
  const main = await loadMain();

  // `kvs check | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  process.exitCode = await main(argv, { ownProcess: true });
}
