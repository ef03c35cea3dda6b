/**
 * Starts the CLI bundle (dist/bundle/kvs.cjs, made by scripts/bundle.js) with
 * the bytecode V8 compiled for it at build time (dist/bundle/kvs.cache, from a
 * check of the bundled standards). Node 20 has no compile cache for modules
 * (module.enableCompileCache came in Node 22.1), so the bundle is CommonJS run
 * as a vm.Script, the way v8-compile-cache does it; without the cache V8
 * compiles every function a check calls again on each start.
 *
 * The cache is a shortcut only, never a source of behaviour: one that was made
 * for other source text or whose bytes changed (checked here with CRC-32, as
 * Node 22's compile cache does: V8 itself compares only the source's length,
 * and release builds skip its checksum), or that V8 refuses (another Node
 * version, other V8 flags), is left out and the bundle compiled from source.
 */
import * as errors from '../errors.js';
import * as write from '../fs/write.js';

// Node's modules without an ES module facade each (process.getBuiltinModule, Node 20.16+): an import of
// each made the loader build one, some ms of every start.
const { readFileSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const vm = process.getBuiltinModule('node:vm');
const { crc32 } = process.getBuiltinModule('node:zlib');

/** What the bundle exports (its entry is written by scripts/bundle.js). */
export interface Bundle {
  main(argv: string[], options?: { ownProcess?: boolean }): Promise<number>;
  /** Runs the check worker's module in this (worker) thread. */
  startWorker(): Promise<unknown>;
}

export interface LoadedBundle {
  bundle: Bundle;
  /** Whether V8 took the cache: false when there was none, it failed our checks, or V8 refused it. */
  cacheUsed: boolean;
  /** Writes the cache of everything compiled so far (`npm run build` calls it after a check). */
  saveCache(): void;
}

export const bundleUrl = new URL('../bundle/kvs.cjs', import.meta.url);

const MAGIC = 0x3153564b; // "KVS1"
/** magic, CRC-32 of the source, CRC-32 of V8's data: three 32-bit words before the data. */
const HEADER = 12;

/** The modules the bundle imports instead of containing them: one copy of the classes the CLI tells apart with instanceof. */
const outside: Record<string, unknown> = { './../errors.js': errors, './../fs/write.js': write };

/** V8's data from `file` when it was made for the source whose CRC-32 is `sourceCrc` and is intact, else undefined. */
function readCache(file: URL, sourceCrc: number): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== sourceCrc) return undefined;
  const data = bytes.subarray(HEADER);
  return bytes.readUInt32LE(8) === crc32(data) ? data : undefined;
}

/** The bundle of all commands (scripts/bundle.js), for every command but check. */
export const allBundleUrl = new URL('../bundle/kvs-all.cjs', import.meta.url);

/** The bundle `bundle` (a copy elsewhere in tests and benchmarks) with the cache `cacheFile` (its name, `.cache` for `.cjs`). */
export function loadBundle(bundle: URL = bundleUrl, cacheFile = new URL(bundle.href.replace(/\.cjs$/u, '.cache'))): LoadedBundle {
  const filename = fileURLToPath(bundle);
  const bytes = readFileSync(bundle);
  const sourceCrc = crc32(bytes);
  const cachedData = readCache(cacheFile, sourceCrc);
  // The wrapper is part of the source V8 compiled: the cache is only good for this exact text.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kvsUrl, __kvsImport) {${bytes.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename, ...(cachedData ? { cachedData } : {}) });
  const requireHere = createRequire(filename);
  const bundleRequire = (id: string): unknown => outside[id] ?? requireHere(id);
  const module = { exports: {} as Bundle };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  // What scripts/bundle.js points here: the commands outside kvs.cjs (kvs build, kvs import …) and packages loaded late.
  const importOutside = (specifier: string): Promise<unknown> =>
    import(specifier.startsWith('.') ? new URL(specifier, bundle).href : specifier);
  run(module.exports, bundleRequire, module, filename, fileURLToPath(new URL('.', bundle)), bundle.href, importOutside);
  return {
    bundle: module.exports,
    cacheUsed: cachedData !== undefined && script.cachedDataRejected !== true,
    saveCache() {
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(MAGIC, 0);
      header.writeUInt32LE(sourceCrc, 4);
      header.writeUInt32LE(crc32(data), 8);
      writeFileSync(cacheFile, Buffer.concat([header, data]));
    },
  };
}
