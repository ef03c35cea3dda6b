/**
 * Issue 6, "No data lost": real `kvs` processes on real files, killed or made
 * to fail midway. A build killed at any moment leaves every standard's folder
 * as the complete old set or the complete new set; a full disk leaves the
 * previous files byte for byte; two builds at once do not mix; import never
 * overwrites without --force and keeps every old file.
 *
 * The faults come from preload modules in test/helpers/fault-*.mjs (a full
 * disk after N writes, SIGKILL before the N-th rename, a build held after it
 * takes its lock) and from signals sent by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './helpers/ledger.js';
import { launchKvs } from './helpers/process.js';
import { sameTree, tree } from './helpers/tree.js';
import { writeFileAtomic, WriteError } from '../src/fs/write.js';
import { stage, recoverOutput } from '../src/build/stage.js';
import { acquireBuildLock, lockName } from '../src/build/lock.js';
import { UsageError } from '../src/errors.js';

const area = 'No data lost';
const root = fileURLToPath(new URL('..', import.meta.url));
const fault = (name: string) => join(root, 'test', 'helpers', `fault-${name}.mjs`);
const seed = join(root, 'test', 'fixtures', 'seeds', '001_cbf15360cc0314fb.txt');
const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const buildArgs = ['build', '--only', 'html', '--as-of', '2026-11-25'];
/** The hold (helpers/fault-hold.mjs) waits in the module loader, which sees the build load its renderer only from the compiled modules. */
const fromModules = { KVS_BUNDLE: '0' };
/** A stack trace line: a message for a full disk has none. */
const stackLine = /\n\s+at .+:\d+/;

/** Real processes on a machine shared with other work: generous, so a slow moment does not fail a test. */
const timeout = 300_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-faults-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  preload?: string;
  env?: Record<string, string>;
}

function launch(cwd: string, args: string[], options: RunOptions = {}): { child: ChildProcess; done: Promise<Run> } {
  return launchKvs(cwd, args, { ...(options.preload ? { preload: [options.preload] } : {}), ...(options.env ? { env: options.env } : {}) });
}

const kvs = (cwd: string, args: string[], options: RunOptions = {}) => launch(cwd, args, options).done;

/** The part of a tree under `folder/`, relative to it. */
function subtree(files: Map<string, Buffer>, folder: string): Map<string, Buffer> {
  const prefix = `${folder}/`;
  return new Map([...files].filter(([name]) => name.startsWith(prefix)).map(([name, bytes]) => [name.slice(prefix.length), bytes]));
}

/** Names of the tool's own temporary things (`.kvs-…`) anywhere under `dir`. */
function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.split(/[\\/]/).some((part) => part.startsWith('.kvs-')));
}

// Six standards (the four bundled ones, two of them twice); the "old" edition differs from the new one in every title.
const sources = readdirSync(join(root, 'test', 'golden')).sort();
const standards = [...sources.map((name) => name.replace('.md', '-a.md')), ...sources.slice(0, 2).map((name) => name.replace('.md', '-b.md'))];
const slugs = standards.map((name) => name.replace('.md', ''));
const overviewFiles = ['index.html', 'compare.html'];

/**
 * A build that finished with every standard built: exit 0, or exit 1 when one is only published with
 * errors (⚠; the golden standards have errors) and none was refused or failed (✖).
 */
function allBuilt(run: { status: number | null; stdout: unknown }): boolean {
  return run.status === 0 || (run.status === 1 && !/^✖ /mu.test(String(run.stdout)));
}

function project(edition: 'old' | 'new'): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'standards'));
  for (const name of standards) {
    const text = readFileSync(join(root, 'test', 'golden', name.replace(/-[ab]\.md$/, '.md')), 'utf8');
    writeFileSync(join(dir, 'standards', name), edition === 'old' ? text.replace(/^titel: (.*)$/m, 'titel: $1 (forrige udgave)') : text);
  }
  return dir;
}

const refs = { old: new Map<string, Buffer>(), new: new Map<string, Buffer>(), oldDir: '' };

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const [oldDir, newDir] = [project('old'), project('new')];
  const runs = await Promise.all([kvs(oldDir, buildArgs), kvs(newDir, buildArgs)]);
  for (const run of runs) expect(allBuilt(run), String(run.stderr)).toBe(true);
  refs.oldDir = join(oldDir, 'output');
  refs.old = tree(refs.oldDir);
  refs.new = tree(join(newDir, 'output'));
  // Old and new differ in every file, so "old or new" below says something.
  for (const [name, bytes] of refs.new) expect(refs.old.get(name)?.equals(bytes), name).toBe(false);
}, timeout);

/** A project with the new standards over an output/ that holds the complete old build. */
function overOldBuild(): { dir: string; out: string } {
  const dir = project('new');
  const out = join(dir, 'output');
  cpSync(refs.oldDir, out, { recursive: true });
  return { dir, out };
}

/**
 * Asserts that every standard's folder holds the complete old or the complete
 * new set, byte for byte, and nothing but `.kvs-` names stands beside them.
 * A folder may be missing only while it is moved aside (`.kvs-swap-…/<slug>`,
 * the instant between the two renames of a swap), and then the old set is there.
 */
function assertOldOrNew(out: string): { old: number; new: number; parked: number } {
  const counts = { old: 0, new: 0, parked: 0 };
  for (const slug of slugs) {
    const here = join(out, slug);
    if (!existsSync(here)) {
      const parked = readdirSync(out)
        .filter((name) => name.startsWith('.kvs-swap-'))
        .map((name) => join(out, name, slug))
        .find((path) => existsSync(path));
      expect(parked, `${slug}/ is missing and not moved aside`).toBeDefined();
      expect(sameTree(tree(parked!), subtree(refs.old, slug)), `${slug} moved aside whole`).toBe(true);
      counts.parked++;
      continue;
    }
    const files = tree(here);
    const isOld = sameTree(files, subtree(refs.old, slug));
    const isNew = sameTree(files, subtree(refs.new, slug));
    expect(isOld || isNew, `${slug}/ is neither the old nor the new set: ${[...files.keys()].join(', ')}`).toBe(true);
    counts[isOld ? 'old' : 'new']++;
  }
  for (const name of overviewFiles) {
    const bytes = readFileSync(join(out, name));
    expect(bytes.equals(refs.old.get(name)!) || bytes.equals(refs.new.get(name)!), name).toBe(true);
  }
  const stray = readdirSync(out).filter((name) => !name.startsWith('.kvs-') && !slugs.includes(name) && !overviewFiles.includes(name));
  expect(stray).toEqual([]);
  return counts;
}

const countNew = (out: string) => slugs.filter((slug) => readFileSync(join(out, slug, 'index.html')).equals(refs.new.get(`${slug}/index.html`)!)).length;

/** Starts a build and kills it with SIGKILL as soon as `when()` holds. */
async function killWhen(dir: string, when: () => boolean): Promise<Run> {
  const { child, done } = launch(dir, buildArgs);
  const timer = setInterval(() => {
    try {
      if (when()) child.kill('SIGKILL');
    } catch {
      // A file in the middle of a rename: look again.
    }
  }, 5);
  const run = await done.finally(() => clearInterval(timer));
  expect(run.signal, `the build ended before it was killed: ${run.stderr}`).toBe('SIGKILL');
  return run;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.concurrent('a build killed midway', { timeout }, () => {
  it('leaves every standard complete, old or new, and the next build repairs and finishes', async () => {
    const { dir, out } = overOldBuild();
    // First as soon as it starts writing, then once two more standards are published.
    await killWhen(dir, () => readdirSync(out).some((name) => name.startsWith('.kvs-staging-')));
    const first = assertOldOrNew(out);
    await killWhen(dir, () => countNew(out) >= first.new + 2);
    const second = assertOldOrNew(out);
    expect(second.new).toBeGreaterThanOrEqual(first.new + 2);
    expect(second.new).toBeLessThan(slugs.length);

    // The killed build's lock is stale: taken over with a note; its staging folders are removed.
    const after = await kvs(dir, buildArgs);
    expect(allBuilt(after), String(after.stderr)).toBe(true);
    expect(after.stderr).toMatch(/\.kvs-build\.lock var efterladt af en kvs build, der ikke kører længere \(pid \d+, startet [\d:-\s]+\); den overtages\./);
    expect(sameTree(tree(out), refs.new)).toBe(true);
    expect(leftovers(out)).toEqual([]);
    record({ area, what: `kvs build killed with SIGKILL midway over a previous build (${slugs.length} standards, 2 kill points)`, cases: 2, result: 'every <slug>/ the complete old or new set byte for byte; nothing but .kvs- names beside them; the next build took over the lock, cleaned up and equals a clean build' });
  });

  it('is repaired when killed between the two renames of a swap, or before the overview is renamed', async () => {
    const { dir, out } = overOldBuild();
    const killAt = (n: number) => ({ preload: fault('kill'), env: { KVS_FAULT_KILL_AT_RENAME: String(n), KVS_FAULT_PATH: out } });
    // Renames into output/: the first standard's old folder aside (1), its new folder in (2).
    const between = await kvs(dir, buildArgs, killAt(2));
    expect(between.signal).toBe('SIGKILL');
    expect(assertOldOrNew(out)).toEqual({ old: slugs.length - 1, new: 0, parked: 1 });

    // Next: the stale lock moved aside (1), the parked folder put back (2), two per standard, then the overview's.
    const beforeOverview = await kvs(dir, buildArgs, killAt(3 + 2 * slugs.length));
    expect(beforeOverview.signal).toBe('SIGKILL');
    expect(beforeOverview.stderr).toMatch(/er sat tilbage, som den var før en afbrudt build/);
    expect(assertOldOrNew(out)).toEqual({ old: 0, new: slugs.length, parked: 0 });
    for (const name of overviewFiles) expect(readFileSync(join(out, name)).equals(refs.old.get(name)!), name).toBe(true);

    // The overview's temporary file is left, under a .kvs- name the next build removes (see the recovery test below).
    expect(readdirSync(out).filter((name) => name.startsWith('.kvs-tmp-'))).toHaveLength(1);
    record({ area, what: 'kvs build killed (SIGKILL from a preload) between the two renames of a folder swap, and just before the overview’s rename', cases: 2, result: 'the folder moved aside was put back by the next build; the overview old and whole; only .kvs- leftovers' });
  });
});

describe.concurrent('a full disk (ENOSPC injected into the writer)', { timeout }, () => {
  const diskFull = (writes: number, path: string) => ({ preload: fault('enospc'), env: { KVS_FAULT_WRITES: String(writes), KVS_FAULT_PATH: path } });

  it('kvs build: stops with a clear message; what was published stays whole', async () => {
    // The first write after the lock fails: nothing is published, the previous build stays byte for byte.
    const early = overOldBuild();
    const first = await kvs(early.dir, buildArgs, diskFull(1, early.out));
    expect(first.status).toBe(2);
    expect(first.stderr).toMatch(/^kvs: Disken er fuld: output\/\S+ kunne ikke skrives\. Frigør plads, og prøv igen\. Intet er overskrevet\.\n$/);
    expect(sameTree(tree(early.out), refs.old)).toBe(true);

    // Every standard published, the overview's write fails: the old overview stays whole.
    const late = overOldBuild();
    const second = await kvs(late.dir, buildArgs, diskFull(1 + 2 * slugs.length, late.out));
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^kvs: Disken er fuld: output\/index\.html kunne ikke skrives\./);
    expect(second.stderr).not.toMatch(stackLine);
    const expected = new Map([...refs.new].filter(([name]) => !overviewFiles.includes(name)));
    for (const name of overviewFiles) expected.set(name, refs.old.get(name)!);
    expect(sameTree(tree(late.out), expected)).toBe(true);
    record({ area, what: 'kvs build with ENOSPC at the first staged write and at the overview write', cases: 2, result: 'exit 2, one-line message naming the file, no stack; previous files byte for byte; no temporary file, staging folder or lock left' });
  });

  it('kvs import --force: the original stays, byte for byte', async () => {
    for (const writes of [0, 1]) {
      const dir = tempDir();
      mkdirSync(join(dir, 'standards'));
      const target = join(dir, 'standards', 'hjoerring-stofmisbrug.md');
      writeFileSync(target, 'min egen tekst\n');
      // Write 1 is the backup, write 2 the new file.
      const run = await kvs(dir, ['import', seed, '--force'], diskFull(writes, dir));
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/Disken er fuld: \S+ kunne ikke skrives\. Frigør plads, og prøv igen\. Intet er overskrevet\./);
      expect(run.stderr).not.toMatch(stackLine);
      expect(readFileSync(target, 'utf8')).toBe('min egen tekst\n');
      const backupDir = join(dir, '.kvs', 'backup', 'standards');
      const backups = existsSync(backupDir) ? readdirSync(backupDir) : [];
      expect(backups).toHaveLength(writes);
      for (const name of backups) expect(readFileSync(join(backupDir, name), 'utf8')).toBe('min egen tekst\n');
      expect(leftovers(dir)).toEqual([]);
    }
    record({ area, what: 'kvs import --force with ENOSPC while writing the backup, and while writing the new file', cases: 2, result: 'exit ≠ 0 with a one-line message; original byte for byte; a backup only if it was whole; no temporary file' });
  });

  it('kvs check --output-file: the previous report stays', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'god.md'), complete);
    writeFileSync(join(dir, 'rapport.json'), '{"forrige": true}\n');
    // Only the report's writes fail (not, say, a cache the check keeps).
    const run = await kvs(dir, ['check', 'standards', '-f', 'json', '-o', 'rapport.json', '--as-of', '2026-11-25'], diskFull(0, 'rapport.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/rapport\.json.*ENOSPC/);
    expect(run.stderr).not.toMatch(stackLine);
    expect(readFileSync(join(dir, 'rapport.json'), 'utf8')).toBe('{"forrige": true}\n');
    expect(leftovers(dir)).toEqual([]);
    record({ area, what: 'kvs check --output-file with ENOSPC', cases: 1, result: 'exit 2, message names the file and ENOSPC, no stack; previous report byte for byte; no temporary file' });
  });
});

describe.concurrent('two builds at once', { timeout }, () => {
  it('one builds, the other stops at once with exit 2 and says who holds output/', async () => {
    const dir = project('new');
    const release = join(dir, 'go');
    const hold = { preload: fault('hold'), env: { KVS_FAULT_HOLD: release, ...fromModules } };
    const builds = [launch(dir, buildArgs, hold), launch(dir, buildArgs, hold)];
    const first = await Promise.race(builds.map((build, index) => build.done.then((run) => ({ run, index }))));
    expect(first.run.status, first.run.stderr).toBe(2);
    const winner = builds[1 - first.index]!;
    expect(first.run.stderr).toBe(
      `kvs: En anden kvs build skriver allerede i output/ (pid ${winner.child.pid}, startet ${first.run.stderr.match(/startet ([\d:]+)/)?.[1]}). Vent til den er færdig, eller slet output/.kvs-build.lock hvis den ikke kører længere.\n`,
    );
    writeFileSync(release, '');
    const second = await winner.done;
    expect(allBuilt(second), String(second.stderr)).toBe(true);
    expect(sameTree(tree(join(dir, 'output')), refs.new)).toBe(true);
    expect(leftovers(join(dir, 'output'))).toEqual([]);
    record({ area, what: 'two kvs build started at the same moment on one output/', cases: 1, result: 'one built, the other exited 2 at once with the lock message; output/ a complete build' });
  });

  it('releases the lock on SIGTERM and leaves the previous build as it was', async () => {
    const { dir, out } = overOldBuild();
    const build = launch(dir, buildArgs, { preload: fault('hold'), env: { KVS_FAULT_HOLD: join(dir, 'never'), ...fromModules } });
    await waitFor(() => existsSync(join(out, lockName)), 'the lock');
    build.child.kill('SIGTERM');
    const run = await build.done;
    expect(run.signal).toBe('SIGTERM');
    expect(sameTree(tree(out), refs.old)).toBe(true);
    record({ area, what: 'kvs build stopped with SIGTERM while holding the lock', cases: 1, result: 'ended by the signal; lock released; previous build byte for byte' });
  });

  it('takes over a stale lock, refuses a live one, and releases only its own', () => {
    const out = join(tempDir(), 'output');
    mkdirSync(out);
    const lock = join(out, lockName);
    const notes: string[] = [];
    const options = { lang: 'da' as const, cwd: join(out, '..'), note: (text: string) => notes.push(text) };
    const refused = (info: object | string) => {
      writeFileSync(lock, typeof info === 'string' ? info : JSON.stringify(info));
      try {
        acquireBuildLock(out, options);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as UsageError).localized;
      }
      throw new Error('the lock was taken');
    };
    const started = new Date().toISOString();
    // A live build on this host (the test runner's parent), one on another host, and a lock that is not ours to read.
    expect(refused({ pid: process.ppid, host: hostname(), started }).da).toMatch(/^En anden kvs build skriver allerede i output\/ \(pid \d+, startet \d\d:\d\d\)\./);
    expect(refused({ pid: 1, host: 'en-anden-maskine', started }).en).toMatch(/\(pid 1 on en-anden-maskine, started/);
    expect(refused('ikke json').da).toMatch(/kan ikke læses\. Slet den, hvis ingen kvs build kører\./);
    expect(notes).toEqual([]);

    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lock, JSON.stringify({ pid: deadPid, host: hostname(), started }));
    const held = acquireBuildLock(out, options);
    expect(notes).toEqual([expect.stringMatching(new RegExp(`var efterladt af en kvs build, der ikke kører længere \\(pid ${deadPid}, `))]);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    // A lock another build took over after ours is not removed by our release.
    writeFileSync(lock, JSON.stringify({ pid: deadPid, host: hostname(), started, token: 'theirs' }));
    held.release();
    expect(existsSync(lock)).toBe(true);
    rmSync(lock);
    const again = acquireBuildLock(out, options);
    again.release();
    expect(readdirSync(out)).toEqual([]);
    record({ area, what: 'build lock states: live pid, other host, unreadable, stale (dead pid), taken over by another', cases: 5, result: 'live, foreign and unreadable refused with a message; stale taken over with a note; release removes only its own lock' });
  });
});

describe.concurrent('import keeps what it replaces', { timeout }, () => {
  it('never overwrites without --force; with it every old file is kept, each in its own backup', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.md'), 'min egen tekst\n');
    writeFileSync(join(dir, 'rapport.json'), '{"forrige": true}\n');
    // --report is checked before anything is written (test/import-cli.test.ts refuses an existing standard the same way).
    const refused = await kvs(dir, ['import', seed, '-o', 'mine.md', '--report', 'rapport.json']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/rapport\.json findes allerede\. Brug --force/);
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('min egen tekst\n');
    expect(readFileSync(join(dir, 'rapport.json'), 'utf8')).toBe('{"forrige": true}\n');
    expect(existsSync(join(dir, '.kvs'))).toBe(false);

    const before: Array<Record<string, string>> = [];
    for (let round = 0; round < 2; round++) {
      before.push({ md: readFileSync(join(dir, 'mine.md'), 'utf8'), json: readFileSync(join(dir, 'rapport.json'), 'utf8') });
      const forced = await kvs(dir, ['import', seed, '-o', 'mine.md', '--report', 'rapport.json', '--force']);
      expect(allBuilt(forced), String(forced.stderr)).toBe(true);
      expect(forced.stderr).toMatch(/Den hidtidige mine\.md er gemt som \.kvs[\\/]backup[\\/]mine\.\S+\.md\./);
    }
    const backupDir = join(dir, '.kvs', 'backup');
    const backups = readdirSync(backupDir).sort();
    expect(backups).toHaveLength(4);
    const kept = (ext: string) => backups.filter((name) => name.endsWith(ext)).map((name) => readFileSync(join(backupDir, name), 'utf8'));
    expect(kept('.md')).toEqual(before.map((b) => b.md));
    expect(kept('.json')).toEqual(before.map((b) => b.json));
    expect(leftovers(dir)).toEqual([]);
    record({ area, what: 'kvs import over an existing -o FILE and --report FILE, without and twice with --force', cases: 3, result: 'refused without --force (nothing written); each --force kept the previous file byte for byte in its own backup' });
  });
});

describe.concurrent('the writer itself', { timeout }, () => {
  it('replaces a file whole, keeps its mode, and cleans up on every failure', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'gammel');
    if (process.platform !== 'win32') chmodSync(file, 0o640);
    writeFileAtomic(file, 'ny');
    expect(readFileSync(file, 'utf8')).toBe('ny');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o640);

    const failure = (path: string, data = 'x', exclusive = false) => {
      try {
        writeFileAtomic(path, data, { exclusive });
      } catch (error) {
        expect(error).toBeInstanceOf(WriteError);
        return error as WriteError;
      }
      throw new Error('no error');
    };
    mkdirSync(join(dir, 'mappe'));
    expect(failure(join(dir, 'mappe')).code).toBe('EISDIR');
    expect(failure(join(dir, 'a.txt', 'under.txt')).code).toBe('ENOTDIR');
    const exists = failure(file, 'andet', true);
    expect(exists.code).toBe('EEXIST');
    expect(readFileSync(file, 'utf8')).toBe('ny');
    expect(failure(join(dir, 'mappe')).localized.da).toMatch(/mappe er en mappe, ikke en fil\. Angiv et filnavn\. Intet er overskrevet\./);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'mappe']);
    record({ area, what: 'writeFileAtomic onto a folder, under a file, exclusive onto an existing file', cases: 3, result: 'a WriteError with a Danish/English message; target unchanged; no temporary file left' });
  });

  it('a standard’s folder is swapped whole, keeps files the build did not write, and a parked folder is put back', () => {
    const out = join(tempDir(), 'output');
    const first = stage(out, 'by');
    first.write('index.html', 'v1');
    first.commit();
    mkdirSync(join(out, 'by', 'egne'));
    writeFileSync(join(out, 'by', 'egne', 'noter.txt'), 'mine noter');
    writeFileSync(join(out, 'by', 'by-print.pdf'), 'tidligere tryk');
    const second = stage(out, 'by');
    second.write('index.html', 'v2');
    expect(second.commit()).toEqual(['index.html']);
    expect(tree(join(out, 'by'))).toEqual(
      new Map([
        ['index.html', Buffer.from('v2')],
        [join('egne', 'noter.txt'), Buffer.from('mine noter')],
        ['by-print.pdf', Buffer.from('tidligere tryk')],
      ]),
    );
    const discarded = stage(out, 'by');
    discarded.write('index.html', 'v3');
    discarded.discard();
    expect(readFileSync(join(out, 'by', 'index.html'), 'utf8')).toBe('v2');

    // What a build killed between the two renames leaves, plus a dead build's staging folder and a live one's.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const parked = join(out, `.kvs-swap-${deadPid}-abc`, 'andet');
    mkdirSync(parked, { recursive: true });
    writeFileSync(join(parked, 'index.html'), 'gammel');
    mkdirSync(join(out, `.kvs-staging-${deadPid}-abc`));
    writeFileSync(join(out, `.kvs-tmp-${deadPid}-abc-index.html`), 'halv');
    mkdirSync(join(out, `.kvs-staging-${process.pid}-abc`));
    expect(recoverOutput(out)).toEqual(['andet']);
    expect(readFileSync(join(out, 'andet', 'index.html'), 'utf8')).toBe('gammel');
    expect(leftovers(out)).toEqual([`.kvs-staging-${process.pid}-abc`]);
    record({ area, what: 'stage: swap over a folder with foreign files and subfolders, discard, recovery of a parked folder, dead staging and temporary files', cases: 5, result: 'foreign files carried over; discard leaves the published set; parked folder put back; only a live process’s staging kept' });
  });
});
