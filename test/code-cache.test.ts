/**
 * The CLI bundle's code cache (src/cli/code-cache.ts, made by scripts/bundle.js):
 * `kvs` starts from it, and a cache that is damaged or made for other code is
 * left out, never trusted: the findings and the exit code stay those of a
 * start without it. One process per cache, all started at once; each checks
 * one small standard. Uses the built dist/ (`npm test` builds it first).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/process.js';

const loader = pathToFileURL(join(root, 'dist', 'cli', 'code-cache.js')).href;
const dir = mkdtempSync(join(tmpdir(), 'kvs-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Whether V8 took the cache, as the loader says. */
  used: string;
}

/** `kvs check --format json` on the bundled Holbæk standard, the bundle loaded with the cache file `cache` (`all`: the bundle of every command with its own cache). */
function checkWith(cache: string | 'all'): Promise<Run> {
  const load = cache === 'all' ? 'loadBundle(allBundleUrl)' : `loadBundle(undefined, new URL(${JSON.stringify(pathToFileURL(cache).href)}))`;
  const code = `
    import { allBundleUrl, loadBundle } from ${JSON.stringify(loader)};
    const loaded = ${load};
    process.stderr.write(String(loaded.cacheUsed));
    process.exitCode = await loaded.bundle.main(['check', 'standards/holbaek-stofmisbrug.md', '--no-cache', '--format', 'json']);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let used = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (used += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, used }));
  });
}

describe('the code cache of the CLI bundle', () => {
  const good = readFileSync(join(root, 'dist', 'bundle', 'kvs.cache'));
  /** A copy of the built cache, changed by `edit`. */
  const variant = (name: string, edit: (bytes: Buffer) => Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, edit(Buffer.from(good)));
    return file;
  };
  const flipped = (bytes: Buffer, from: number): Buffer => {
    for (let i = 0; i < 64; i++) bytes[from + i * 997]! ^= 0xff;
    return bytes;
  };
  const caches = {
    built: join(root, 'dist', 'bundle', 'kvs.cache'),
    missing: join(dir, 'none'),
    // V8 itself takes this one (it checks only the header) and the process then crashes.
    'bytes changed inside V8’s data': variant('inside', (bytes) => flipped(bytes, bytes.length >> 1)),
    'made for other source text': variant('other-source', (bytes) => (bytes.writeUInt32LE((bytes.readUInt32LE(4) ^ 1) >>> 0, 4), bytes)),
    truncated: variant('truncated', (bytes) => bytes.subarray(0, bytes.length >> 1)),
  };
  const runs = Object.fromEntries(Object.entries(caches).map(([name, file]) => [name, checkWith(file)]));
  const all = checkWith('all');

  it('is built with the bundle and taken by V8', async () => {
    const run = await runs['built']!;
    expect(run.used).toBe('true');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('the bundle of every command (any command but check) has its own cache, taken by V8, and finds the same', async () => {
    const [expected, run] = await Promise.all([runs['built']!, all]);
    expect(run.used).toBe('true');
    expect(run.status).toBe(expected.status);
    expect(run.stdout).toBe(expected.stdout);
  });

  it.each(Object.keys(caches).filter((name) => name !== 'built'))('is left out when %s: the same findings and exit code', async (name) => {
    const [expected, run] = await Promise.all([runs['built']!, runs[name]!]);
    expect(run.used).toBe('false');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(expected.status);
    expect(run.stdout).toBe(expected.stdout);
  });
});
