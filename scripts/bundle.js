#!/usr/bin/env node
/**
 * Build step after tsc and the validator precompile: bundles the CLI's check
 * path (dist/cli/main.js and the check worker, with unified, micromark, YAML
 * and the rest) into one file, dist/bundle/kvs.cjs, with esbuild, and then
 * has V8 compile it once for good: a check of the bundled standards runs in a
 * child process, and the bytecode of every function it used is written to
 * dist/bundle/kvs.cache. `kvs check one.md` was spending most of its time
 * loading and compiling code (src/cli/code-cache.ts loads the two).
 *
 * - CommonJS, not ESM: Node 20 can give V8's code cache only to a vm.Script.
 *   The code the check needs late (the checker itself, the worker, globbing)
 *   is in the same file but runs only when first imported.
 * - dist/bundle/ is two levels below the package root, like dist/<dir>/, so
 *   the modules' `new URL('../../schemas/…', import.meta.url)` still work
 *   (`import.meta.url` is the bundle's URL, handed in by the loader).
 * - dist/bundle/worker.js, the file the check pool starts, loads the bundle
 *   with its cache and runs the worker's module from it.
 * - The other commands (build, import, compare, …) are not in it: they would
 *   make every check load more. They are in a second bundle with all of the
 *   CLI, dist/bundle/kvs-all.cjs, with a code cache of its own, which bin/kvs.js
 *   starts for any command but check (hundreds of ES modules from dist/ cost a
 *   `kvs build` or `kvs import` half a second of CPU to load). One process runs
 *   one of the two bundles; kvs.cjs imports the other commands from dist/ only
 *   when run as a library or from an older build.
 * - The modules whose classes the CLI tells apart with instanceof (errors,
 *   fs/write) stay outside both bundles: one copy of each, shared by all.
 * - dist/bundle/booklet-worker.js is the booklet worker of `kvs build` with
 *   pdfkit, fontkit and the renderer in one ES module (src/build/booklets.ts
 *   starts it unless tsc has compiled the sources since).
 * - dist/export/docx/library.js, the one module importing `docx`, becomes a
 *   bundle of docx, so the published package needs no docx (whose nanoid 6 gives
 *   an engine warning on Node 20 that `overrides` cannot reach in a kommune's project).
 * - dist/bundle/build-id.json records a hash of the bundled code, which the
 *   result cache uses to tell one build from another.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');

/** dist/ modules the bundle imports at run time instead of containing them. */
function staysOutside(file) {
  if (sharedOnly(file)) return true;
  const name = relative(dist, file).split(sep).join('/');
  // Every command but check: they load their own (larger) code when run. What check itself uses from cli/ stays in:
  // left outside, options.js was loaded as a module of its own with its imports (reporters, outputs), a second copy.
  return /^cli\/[^/]+\.js$/.test(name) && !['cli/main.js', 'cli/check.js', 'cli/context.js', 'cli/options.js', 'cli/own-process.js'].includes(name);
}

/** Leaves the dist/ modules `keepOut` names outside the bundle, imported at run time. */
const outside = (keepOut) => ({
  name: 'kvs-outside',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(dist + sep) || args.importer.startsWith(outdir + sep)) return undefined;
      const file = join(dirname(args.importer), args.path);
      if (!keepOut(file)) return undefined;
      return { path: `./${relative(outdir, file).split(sep).join('/')}`, external: true };
    });
  },
});

/** Only the modules with instanceof classes: the whole CLI in one file. */
function sharedOnly(file) {
  const name = relative(dist, file).split(sep).join('/');
  return name === 'errors.js' || name === 'fs/write.js';
}

const entry = {
  contents: "export { main } from './cli/main.js';\nexport const startWorker = () => import('./check/worker.js');\n",
  resolveDir: dist,
  sourcefile: 'entry.js',
};
const cliBundle = (outfile, keepOut) =>
  build({
    stdin: entry,
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // The loader (src/cli/code-cache.ts) hands the bundle's URL in as __kvsUrl.
    define: { 'import.meta.url': '__kvsUrl' },
    plugins: [outside(keepOut), lazyChildProcess, lazyHtmlTools],
    legalComments: 'none',
    logLevel: 'warning',
  });

/**
 * commander requires child_process (with net and dgram) at load, for subcommands that are programs of their
 * own, which kvs has none of: some ms of every start. The bundle's copy requires it when it would spawn one.
 */
const lazyChildProcess = {
  name: 'kvs-lazy-child-process',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[/\\]commander[/\\]lib[/\\]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`scripts/bundle.js: commander no longer has "${eager}"; see lazyChildProcess`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * src/model/visible.ts reaches its HTML tools (rehype-parse, parse5, the sanitizer) only through `htmlTools()`;
 * in the bundles that function requires them at its first call, which most checks never make, instead of
 * loading them with the check (their tables cost some ms of every start).
 */
const lazyHtmlTools = {
  name: 'kvs-lazy-html-tools',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[/\\]dist[/\\]model[/\\]visible\.js$/ }, (args) => {
      const eager = ["import * as htmlToolsModule from './html-tools.js';", 'const htmlTools = () => htmlToolsModule;'];
      let source = readFileSync(args.path, 'utf8');
      for (const line of eager) {
        if (!source.includes(line)) throw new Error(`scripts/bundle.js: dist/model/visible.js no longer has "${line}"; see lazyHtmlTools`);
      }
      source = source.replace(eager[0], '').replace(eager[1], "const htmlTools = () => require('./html-tools.js');");
      return { contents: source, loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await cliBundle(join(outdir, 'kvs.cjs'), staysOutside);
await cliBundle(join(outdir, 'kvs-all.cjs'), sharedOnly);
// Code from V8's cache loses what Node needs for import() in a vm.Script (nodejs/node#43663; and
// vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER is experimental, with a warning, on Node 20): the
// commands outside the bundle are imported by a function the loader hands in as __kvsImport.
// Packages loaded late (pdf-lib for --imposition) are imported the same way.
const bundleFile = join(outdir, 'kvs.cjs');
const allFile = join(outdir, 'kvs-all.cjs');
const outsideImport = /\bimport\(("(?:\.\/\.\.\/[\w/-]+\.js|[\w@][\w@/.-]*)")\)/g;
for (const file of [bundleFile, allFile]) {
  const rewritten = readFileSync(file, 'utf8').replace(outsideImport, '__kvsImport($1)');
  if (/\bimport\(/.test(rewritten)) throw new Error(`scripts/bundle.js: an import() the loader cannot serve is left in ${relative(root, file)}`);
  writeFileSync(file, rewritten);
}
writeFileSync(
  join(outdir, 'worker.js'),
  "// A check worker (src/check/pool.ts): the bundle with its code cache, running the worker's module.\n" +
    "import { loadBundle } from '../cli/code-cache.js';\n\nawait loadBundle().bundle.startWorker();\n",
);

// The booklet worker of `kvs build` (src/build/booklets.ts starts it when present) as one ES module
// with pdfkit, fontkit and the renderer: a worker then reads one file instead of some hundred modules
// (20 booklets: about 0.1 s CPU less per worker). pdf-lib stays a package: it is loaded only for --imposition.
await build({
  entryPoints: [join(dist, 'build', 'booklet-worker.js')],
  outfile: join(outdir, 'booklet-worker.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdf-lib'],
  // CommonJS dependencies call require().
  banner: { js: "import { createRequire as __kvsCreateRequire } from 'node:module'; const require = __kvsCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

// Overwriting the compiled re-export with docx itself: bundling it again (tsc keeps the file
// when src is unchanged) finds no imports left and writes the same code.
const docxLibrary = join(dist, 'export', 'docx', 'library.js');
await build({
  entryPoints: [docxLibrary],
  outfile: docxLibrary,
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});

// A hash of the bundle and the two modules it imports from dist/: the check's whole code. The
// result cache keys on it, so a change elsewhere (import, build, render) keeps the cache.
const hash = createHash('sha256');
const files = [bundleFile, join(dist, 'errors.js'), join(dist, 'fs', 'write.js')].sort();
for (const file of files) hash.update(`${relative(dist, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
writeFileSync(join(outdir, 'build-id.json'), `${JSON.stringify({ id: hash.digest('hex') })}\n`);

// The code cache: a check of the bundled standards (twice: without and with the result cache, the
// two ways a check runs) in a plain `node`, whose V8 flags are those of a user's `kvs`. Without
// standards/ (or if anything fails) there is no cache, and kvs compiles at start as before.
const standards = join(root, 'standards');
const cacheDir = join(outdir, '.training-cache');
const loaderUrl = JSON.stringify(pathToFileURL(join(dist, 'cli', 'code-cache.js')).href);
const training = `
  import { loadBundle } from ${loaderUrl};
  const loaded = loadBundle();
  process.stdout.write = () => true;
  await loaded.bundle.main(['check', ${JSON.stringify(standards)}, '--no-cache', '--jobs', '1']);
  await loaded.bundle.main(['check', ${JSON.stringify(standards)}, '--cache-location', ${JSON.stringify(cacheDir)}, '--jobs', '1']);
  loaded.saveCache();
`;
const plainEnv = { ...process.env };
delete plainEnv.NODE_OPTIONS;
const node = (code) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, env: plainEnv, encoding: 'utf8' });
// kvs-all.cjs the same way, with a check and a build of the leaflets (into a folder removed after).
const outDir = join(outdir, '.training-out');
const trainingAll = `
  import { allBundleUrl, loadBundle } from ${loaderUrl};
  const loaded = loadBundle(allBundleUrl);
  process.stdout.write = () => true;
  await loaded.bundle.main(['check', ${JSON.stringify(standards)}, '--no-cache', '--jobs', '1']);
  await loaded.bundle.main(['build', ${JSON.stringify(standards)}, '--only', 'html', '--no-cache', '--out-dir', ${JSON.stringify(outDir)}]);
  loaded.saveCache();
`;
/** Trains one bundle's code cache; keeps it only when V8 then takes it. */
function train(code, name, loadCode) {
  if (!existsSync(standards)) return 'no code cache (no standards/ to compile it with)';
  const trained = node(code);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const used = node(`import { allBundleUrl, loadBundle } from ${loaderUrl}; process.stdout.write(String(${loadCode}.cacheUsed));`);
  if (used.stdout === 'true') return 'a code cache';
  rmSync(join(outdir, name), { force: true });
  return `no code cache (${(trained.stderr || used.stderr || 'refused by V8').trim().split('\n')[0]})`;
}
const cacheNote = train(training, 'kvs.cache', 'loadBundle()');
const allNote = train(trainingAll, 'kvs-all.cache', 'loadBundle(allBundleUrl)');
process.stdout.write(`bundled the CLI into ${relative(root, outdir)}/kvs.cjs with ${cacheNote} and kvs-all.cjs with ${allNote}\n`);
