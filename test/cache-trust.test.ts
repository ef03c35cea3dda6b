/**
 * Issue 15, nothing can fake a passing check: a result cache is believed only
 * when this machine wrote it. Each test picks "the machine" by pointing
 * XDG_CACHE_HOME at a folder of its own (the signing key lives there,
 * src/check/secret.ts). An edited cache, a cache committed from another
 * machine, a key inside the project, and random byte edits all give exactly
 * what a --no-cache run gives; a cache this machine wrote is still used.
 * Each run is a real `kvs check` process, except the many runs of the random
 * byte edits: they run the command in this process (a process starts slowly)
 * and are held against what a real process printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileName, decodeCache, encodeCache } from '../src/check/cache.js';
import { runCheck } from '../src/cli/check.js';
import { record } from './helpers/ledger.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const kvsBin = path.join(root, 'bin', 'kvs.js');
const complete = readFileSync(path.join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
// Without its Lovgrundlag section the standard has an error: exit 1.
const failing = complete.replace(/## Lovgrundlag[\s\S]*?(?=\n## )/u, '');

const foreignDa = 'Resultat-cachen er ikke skrevet på denne maskine eller er ændret siden';
const foreignEn = 'The result cache was not written on this machine or was changed since';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A project with a passing standard (a.md) and a failing one (b.md). */
function project(): string {
  const dir = temp('kvs-trust-project-');
  mkdirSync(path.join(dir, 'standards'));
  writeFileSync(path.join(dir, 'standards', 'a.md'), complete);
  writeFileSync(path.join(dir, 'standards', 'b.md'), failing);
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  return dir;
}

/** A machine: its own cache folder, where kvs keeps the signing key. */
const machine = () => temp('kvs-trust-xdg-');

let reference: Run | undefined;
/**
 * What `kvs check --no-cache` prints for a fresh project(): the truth every cache is held against. Each
 * project() is the same files and the report names them relative to the project, and a --no-cache run
 * reads and writes nothing in the cache or key folders, so one real process gives it for every test.
 */
function noCache(): Run {
  reference ??= kvs(project(), { XDG_CACHE_HOME: machine() }, '--no-cache');
  return reference;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `kvs check --format json` in `dir`; `env` replaces the machine's variables (undefined removes one). */
function kvs(dir: string, env: Record<string, string | undefined>, ...args: string[]): Run {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', KVS_LANG: '' };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  const run = spawnSync(process.execPath, [kvsBin, 'check', '--format', 'json', '--as-of', '2026-06-01', ...args], { cwd: dir, encoding: 'utf8', env: base });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What `kvs(dir, { XDG_CACHE_HOME: xdg })` prints, from the command run in this process; stderr is not kept. */
async function checkHere(dir: string, xdg: string): Promise<Run> {
  let stdout = '';
  const before = process.env['XDG_CACHE_HOME'];
  process.env['XDG_CACHE_HOME'] = xdg;
  try {
    // One thread: worker threads need the built files, and print the same (test/workers.test.ts).
    const io = { cwd: dir, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } };
    const code = await runCheck([], { format: 'json', quiet: false, asOf: '2026-06-01', jobs: '1' }, io);
    return { code, stdout, stderr: '' };
  } finally {
    if (before === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = before;
  }
}

const cacheFile = (dir: string) => path.join(dir, '.kvs', 'cache', cacheFileName);

function findingsOf(run: Run, name: string): string[] {
  const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
  return files.find((file) => file.filePath.endsWith(name))?.messages.map((m) => `${m.ruleId}: ${m.message}`) ?? [];
}

/**
 * The cache file with one entry's findings emptied in place, the way a hand
 * would do it: the header, and the MAC in it, stay as they are.
 */
function hideFindings(text: string, name: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith(JSON.stringify([name]).slice(0, -1)) ? line.replace(/"findings":\[.*\](?=[,}])/u, '"findings":[]') : line))
    .join('\n');
}

/** The cache re-encoded by the test's own code: with the findings of `name` replaced, unsigned or signed with another key. */
function reEncoded(text: string, name: string, findings: unknown[], secret?: Uint8Array): string {
  const decoded = decodeCache(text);
  if (!decoded) throw new Error('not a cache file');
  decoded.files[name]!.result.findings = findings as never;
  return encodeCache(decoded.runKey, decoded.files, secret);
}

/** No XDG_CACHE_HOME: the key goes below the home folder, here inside the project (HOME on POSIX, USERPROFILE on Windows). */
const homeIn = (dir: string) => ({ XDG_CACHE_HOME: undefined, LOCALAPPDATA: undefined, HOME: path.join(dir, 'home'), USERPROFILE: path.join(dir, 'home') });

const planted = { ruleId: 'empty-section', severity: 'warning', message: 'PLANTED', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };

describe('an edited cache never fakes a pass', () => {
  it('emptying a failing file’s findings in the cache changes nothing: exit 1, the --no-cache findings, and --verbose says why', () => {
    const dir = project();
    const xdg = machine();
    const env = { XDG_CACHE_HOME: xdg };
    const expected = noCache();
    expect(expected.code).toBe(1);
    expect(findingsOf(expected, 'b.md').length).toBeGreaterThan(0);
    const cold = kvs(dir, env);
    expect(cold.stdout).toBe(expected.stdout);
    const good = readFileSync(cacheFile(dir), 'utf8');
    const otherKey = new Uint8Array(32).fill(7);
    const edits: Array<[string, string]> = [
      ['findings emptied in place, MAC kept', hideFindings(good, 'standards/b.md')],
      ['re-encoded without a MAC', reEncoded(good, 'standards/b.md', [])],
      ['signed with another machine’s key', reEncoded(good, 'standards/b.md', [], otherKey)],
      // Every error turned into a warning through the table of texts in the header, MAC kept: exit 0 if believed.
      ['"error" renamed "warning" in the header’s table', good.replace('"error"', '"warning"')],
    ];
    for (const [what, edited] of edits) {
      expect(edited, what).not.toBe(good);
      writeFileSync(cacheFile(dir), edited);
      const verbose = kvs(dir, env, '--verbose');
      expect(verbose.code, what).toBe(1);
      expect(verbose.stdout, what).toBe(expected.stdout);
      expect(verbose.stderr, what).toContain(foreignDa);
      // Rebuilt and signed again: the next run uses it without a word.
      const again = kvs(dir, env, '--verbose');
      expect(again.stdout, what).toBe(expected.stdout);
      expect(again.stderr, what).not.toContain(foreignDa);
    }
    // Without --verbose nothing extra is printed; in English with --lang en.
    writeFileSync(cacheFile(dir), edits[0]![1]);
    const quiet = kvs(dir, env);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe(expected.stdout);
    expect(quiet.stderr).toBe('');
    writeFileSync(cacheFile(dir), edits[0]![1]);
    expect(kvs(dir, env, '--verbose', '--lang', 'en').stderr).toContain(foreignEn);
    record({ area: 'Nothing faked', what: 'Result cache edited by hand: findings emptied, MAC removed, re-signed with another key, finding planted', cases: edits.length + 2, result: 'ignored and rebuilt; exit 1 and the --no-cache findings every time; --verbose says why', uncaught: 0 });
  });
});

describe('a cache from elsewhere is never trusted', () => {
  it('a committed cache, valid on the machine that wrote it, is rebuilt on a fresh machine; a CI cache restored with its key folder is used', () => {
    const dir = project();
    const xdgA = machine();
    const expected = noCache();
    kvs(dir, { XDG_CACHE_HOME: xdgA });
    // Machine A's cache, made to lie (b.md passes, a.md has a planted warning) and signed with A's own key,
    // as if someone on A could sign: the strongest cache that could ever be committed.
    const secretA = readFileSync(path.join(xdgA, 'kvalitetsstandard', 'cache-secret'));
    const lying = reEncoded(reEncoded(readFileSync(cacheFile(dir), 'utf8'), 'standards/b.md', []), 'standards/a.md', [planted], secretA);
    writeFileSync(cacheFile(dir), lying);
    // On A the signature holds, so the lie shows: proof that the cache itself would be used.
    const onA = kvs(dir, { XDG_CACHE_HOME: xdgA });
    expect(onA.code).toBe(0);
    expect(findingsOf(onA, 'a.md').join()).toContain('PLANTED');

    // The project with its .kvs/cache, committed and checked out elsewhere.
    const copied = temp('kvs-trust-checkout-');
    cpSync(dir, copied, { recursive: true });
    expect(readFileSync(cacheFile(copied), 'utf8')).toBe(lying);
    const onB = kvs(copied, { XDG_CACHE_HOME: machine() }, '--verbose');
    expect(onB.code).toBe(1);
    expect(onB.stdout).toBe(expected.stdout);
    expect(findingsOf(onB, 'a.md')).toEqual([]);
    expect(findingsOf(onB, 'b.md')).toEqual(findingsOf(expected, 'b.md'));
    expect(onB.stderr).toContain(foreignDa);

    // A CI job that restores the cache folder together with the key folder keeps its cache.
    const restored = temp('kvs-trust-restored-');
    cpSync(xdgA, restored, { recursive: true });
    expect(failing).not.toBe(complete);
    const checkout = temp('kvs-trust-ci-');
    cpSync(dir, checkout, { recursive: true });
    expect(findingsOf(kvs(checkout, { XDG_CACHE_HOME: restored }), 'a.md').join()).toContain('PLANTED');
    record({ area: 'Nothing faked', what: 'Committed result cache (signed on another machine, hiding findings) on a fresh machine', cases: 1, result: 'every file checked again: exit 1 and the --no-cache findings; the same cache with its key folder restored is used', uncaught: 0 });
  });
});

describe('a cache this machine wrote is still used', () => {
  it('a warm run accepts the cache: no notice under --verbose, the same output, the cache file untouched', () => {
    const dir = project();
    const env = { XDG_CACHE_HOME: machine() };
    const cold = kvs(dir, env, '--verbose');
    expect(cold.code).toBe(1);
    expect(cold.stderr).toBe('');
    const bytes = readFileSync(cacheFile(dir));
    const mtime = statSync(cacheFile(dir)).mtimeMs;
    const runs = 3;
    for (let i = 0; i < runs; i++) {
      const warm = kvs(dir, env, '--verbose');
      expect(warm).toEqual(cold);
      // A cache that was refused would have been rebuilt and written again.
      expect(readFileSync(cacheFile(dir)).equals(bytes)).toBe(true);
      expect(statSync(cacheFile(dir)).mtimeMs).toBe(mtime);
    }
    // One key for the machine, readable by its owner only.
    const key = path.join(env.XDG_CACHE_HOME, 'kvalitetsstandard', 'cache-secret');
    expect(statSync(key).size).toBe(32);
    if (process.platform !== 'win32') expect(statSync(key).mode & 0o777).toBe(0o600);
    record({ area: 'Nothing faked', what: 'Result cache written by this machine, read again', cases: runs, result: 'used: no notice, same output, cache file not rewritten', uncaught: 0 });
  });

  it('two runs that start at once on a new machine agree on one key', async () => {
    const dirs = [project(), project(), project(), project()];
    const xdg = machine();
    const { spawn } = await import('node:child_process');
    const runs = dirs.map(
      (dir) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, [kvsBin, 'check', '--as-of', '2026-06-01'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: xdg }, stdio: 'ignore' });
          child.on('close', done);
        }),
    );
    expect(await Promise.all(runs)).toEqual([1, 1, 1, 1]);
    // Every cache was signed with the key that stayed: each is used, none is refused.
    for (const dir of dirs) expect(kvs(dir, { XDG_CACHE_HOME: xdg }, '--verbose').stderr).toBe('');
    record({ area: 'Nothing faked', what: 'Four kvs runs creating the signing key at the same moment', cases: dirs.length, result: 'one key; every run’s cache signed with it and used afterwards', uncaught: 0 });
  });
});

/** XDG_CACHE_HOME outside the project, but a symbolic link into it. */
const linkedIn: [string, (dir: string) => Record<string, string | undefined>] = [
  'XDG_CACHE_HOME outside, but a link into the project',
  (dir) => {
    const link = path.join(temp('kvs-trust-link-'), 'cache');
    mkdirSync(path.join(dir, 'cache-here'));
    symlinkSync(path.join(dir, 'cache-here'), link);
    return { XDG_CACHE_HOME: link };
  },
];

describe('a key inside the project is no key', () => {
  it('HOME or XDG_CACHE_HOME inside the project, the git work tree, or linked into it: the cache is neither read nor written', () => {
    const cases: Array<[string, (dir: string) => Record<string, string | undefined>]> = [
      ['HOME inside the project', homeIn],
      ['XDG_CACHE_HOME inside the project', (dir) => ({ XDG_CACHE_HOME: path.join(dir, '.cache') })],
      [
        'HOME inside the git work tree around the project',
        (dir) => {
          mkdirSync(path.join(dir, '.git'));
          mkdirSync(path.join(dir, 'sub'));
          cpSync(path.join(dir, 'standards'), path.join(dir, 'sub', 'standards'), { recursive: true });
          writeFileSync(path.join(dir, 'sub', 'kvs.config.json'), '{}');
          return homeIn(dir);
        },
      ],
      // Windows needs a privilege for symbolic links.
      ...(process.platform === 'win32' ? [] : [linkedIn]),
    ];
    for (const [what, envFor] of cases) {
      const dir = project();
      const env = envFor(dir);
      const cwd = what.includes('git') ? path.join(dir, 'sub') : dir;
      // In the git work tree the project is a folder down, so it gets its own reference run.
      const expected = cwd === dir ? noCache() : kvs(cwd, { XDG_CACHE_HOME: machine() }, '--no-cache');
      // A cache planted beside the standards, signed with a key planted where kvs would look for it.
      const key = new Uint8Array(32).fill(1);
      const secretFile = path.join(env['XDG_CACHE_HOME'] ?? path.join(env['HOME']!, '.cache'), 'kvalitetsstandard', 'cache-secret');
      mkdirSync(path.dirname(secretFile), { recursive: true });
      writeFileSync(secretFile, key, { mode: 0o600 });
      kvs(cwd, { XDG_CACHE_HOME: machine() });
      const lying = reEncoded(readFileSync(cacheFile(cwd), 'utf8'), 'standards/b.md', [], key);
      writeFileSync(cacheFile(cwd), lying);
      const run = kvs(cwd, env, '--verbose');
      expect(run.code, what).toBe(1);
      expect(run.stdout, what).toBe(expected.stdout);
      expect(run.stderr, what).toContain('ville ligge inde i projektet');
      // Not read, and not written either.
      expect(readFileSync(cacheFile(cwd), 'utf8'), what).toBe(lying);
      expect(kvs(cwd, env).stderr, what).toBe('');
    }
    // With no key planted, none is made inside the project.
    const dir = project();
    kvs(dir, homeIn(dir));
    expect(existsSync(path.join(dir, 'home'))).toBe(false);
    expect(existsSync(cacheFile(dir))).toBe(false);
    record({ area: 'Nothing faked', what: 'Signing key inside the project (HOME or XDG_CACHE_HOME in it, in its git work tree, or linked into it) with a planted signed cache', cases: cases.length + 1, result: 'cache neither read nor written, no key made; exit 1 and the --no-cache findings; --verbose says why', uncaught: 0 });
  });
});

describe('a key file that is a link', () => {
  it.skipIf(process.platform === 'win32')('a key that is a symbolic or hard link to a key committed in the project signs nothing: the forged cache is ignored', () => {
    for (const how of ['symbolic', 'hard'] as const) {
      const dir = project();
      const expected = noCache();
      // The project commits a key and a cache signed with it; the user's key is a link to the committed one.
      const key = new Uint8Array(32).fill(7);
      writeFileSync(path.join(dir, 'key.bin'), key, { mode: 0o600 });
      const xdg = machine();
      mkdirSync(path.join(xdg, 'kvalitetsstandard'), { recursive: true });
      const secretFile = path.join(xdg, 'kvalitetsstandard', 'cache-secret');
      if (how === 'symbolic') symlinkSync(path.join(dir, 'key.bin'), secretFile);
      else linkSync(path.join(dir, 'key.bin'), secretFile);
      kvs(dir, { XDG_CACHE_HOME: machine() });
      writeFileSync(cacheFile(dir), reEncoded(readFileSync(cacheFile(dir), 'utf8'), 'standards/b.md', [], key));
      const run = kvs(dir, { XDG_CACHE_HOME: xdg }, '--verbose');
      expect(run.code, how).toBe(1);
      expect(run.stdout, how).toBe(expected.stdout);
      expect(run.stderr, how).toMatch(/et link til en anden fil tæller ikke/u);
    }
    record({ area: 'Nothing faked', what: 'The user\'s cache key is a symbolic or hard link to a key committed in the project, with a cache forged with it', cases: 2, result: 'the key is not trusted, the forged cache ignored: exit 1 and the --no-cache findings', uncaught: 0 });
  });
});

describe('random byte edits', () => {
  it('of a valid cache file never change what kvs check reports', async () => {
    const dir = project();
    const env = { XDG_CACHE_HOME: machine() };
    const expected = noCache();
    const same = { code: expected.code, stdout: expected.stdout, stderr: '' };
    // The command in this process prints what the process printed, writes its own valid cache (its code is
    // not the bundle's, so a cache the process wrote is not for it), and then uses that cache without rewriting it.
    expect(await checkHere(dir, env.XDG_CACHE_HOME)).toEqual(same);
    const good = readFileSync(cacheFile(dir));
    expect(await checkHere(dir, env.XDG_CACHE_HOME)).toEqual(same);
    expect(readFileSync(cacheFile(dir)).equals(good)).toBe(true);
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let bytes = Buffer.from(good);
        for (const { at, kind, byte } of edits) {
          const i = at % Math.max(bytes.length, 1);
          if (kind === 'replace') bytes[i] = byte;
          else if (kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
          else bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
        }
        writeFileSync(cacheFile(dir), bytes);
        const run = await checkHere(dir, env.XDG_CACHE_HOME);
        cases++;
        expect(run.code).toBe(expected.code);
        expect(run.stdout).toBe(expected.stdout);
      }),
      { numRuns: 30 },
    );
    record({ area: 'Nothing faked', what: 'Random byte edits (replace, insert, delete) of a valid result cache', cases, result: 'every run equal to a --no-cache run', uncaught: 0 });
  });
});
