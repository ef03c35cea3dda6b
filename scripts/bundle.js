#!/usr/bin/env node
/**
 * Build step after tsc and the validator precompile: bundles the CLI's check
 * path (dist/cli/main.js and the check worker, with unified, micromark, YAML
 * and the rest) into dist/bundle/ with esbuild. Node then reads a handful of
 * files at start instead of hundreds of small modules; `kvs check one.md` was
 * spending most of its time loading code.
 *
 * - Code splitting: the checker itself is a chunk that `kvs check` loads only
 *   when a file is not in the result cache, and that the workers share.
 * - dist/bundle/ is two levels below the package root, like dist/<dir>/, so
 *   the modules' `new URL('../../schemas/…', import.meta.url)` still work.
 * - The other commands (build, import, compare, …) stay the dist/ modules,
 *   loaded on demand, and so do the modules whose classes the CLI tells apart
 *   with instanceof (errors, fs/write): one copy of each, shared by both.
 * - dist/export/docx/library.js, the one module importing `docx`, becomes a
 *   bundle of docx, so the published package needs no docx (whose nanoid 6 gives
 *   an engine warning on Node 20 that `overrides` cannot reach in a kommune's project).
 * - Finally dist/bundle/build-id.json records a hash of the bundled code,
 *   which the result cache uses to tell one build from another.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');

/** dist/ modules the bundle imports at run time instead of containing them. */
function staysOutside(file) {
  const name = relative(dist, file).split(sep).join('/');
  if (name === 'errors.js' || name === 'fs/write.js') return true;
  // Every command but check: they load their own (larger) code when run. Their help texts are small and stay in.
  return /^cli\/[^/]+\.js$/.test(name) && !/text\.js$/.test(name) && !['cli/main.js', 'cli/check.js'].includes(name);
}

const outside = {
  name: 'kvs-outside',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(dist + sep) || args.importer.startsWith(outdir + sep)) return undefined;
      const file = join(dirname(args.importer), args.path);
      if (!staysOutside(file)) return undefined;
      return { path: `./${relative(outdir, file).split(sep).join('/')}`, external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { kvs: join(dist, 'cli', 'main.js'), worker: join(dist, 'check', 'worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies (AJV's run-time helpers, commander …) call require().
  banner: { js: "import { createRequire as __kvsCreateRequire } from 'node:module'; const require = __kvsCreateRequire(import.meta.url);" },
  plugins: [outside],
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
const files = [...readdirSync(outdir).map((name) => join(outdir, name)), join(dist, 'errors.js'), join(dist, 'fs', 'write.js')]
  .filter((file) => file.endsWith('.js'))
  .sort();
for (const file of files) hash.update(`${relative(dist, file).split(sep).join('/')}\0`).update(readFileSync(file)).update('\0');
writeFileSync(join(outdir, 'build-id.json'), `${JSON.stringify({ id: hash.digest('hex') })}\n`);
process.stdout.write(`bundled the CLI into ${relative(root, outdir)}/ (${readdirSync(outdir).length} files)\n`);
