/**
 * Worker threads change nothing but the time: `kvs check --jobs 2` prints
 * byte for byte what `--jobs 1` prints, in every format, with unreadable files
 * among the others, in the same order run after run; `kvs build` writes the
 * same booklets with workers as without. Runs the compiled code in dist/
 * (workers need the built worker files; `npm test` builds first), in this
 * process, and once the bundled CLI through bin/kvs.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The compiled modules, typed by their sources (dist/ may not exist yet when the tests are type-checked).
const dist = new URL('../dist/', import.meta.url);
const { runCheck } = (await import(new URL('cli/check.js', dist).href)) as typeof import('../src/cli/check.js');
const { poolStats, CheckPool, threadPlan, filesPerThread } = (await import(new URL('check/pool.js', dist).href)) as typeof import('../src/check/pool.js');
const { runJob } = (await import(new URL('check/job.js', dist).href)) as typeof import('../src/check/job.js');
const { buildAll } = (await import(new URL('build/build.js', dist).href)) as typeof import('../src/build/build.js');

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
const texts = [
  read('test/fixtures/complete.md'),
  read('test/fixtures/sel107-botilbud.md'),
  read('test/fixtures/sel83-hjemmehjaelp.md'),
];
const formats = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-workers-test-'));
  mkdirSync(path.join(dir, 'standards', 'sub'), { recursive: true });
  // 30 files: varied standards (some changed so no two are alike), in two folders, and three that cannot be read.
  for (let i = 0; i < 27; i++) {
    const text = texts[i % texts.length]!;
    const varied = i % 3 === 0 ? text.replace(/## [^\n]*\n/u, '') : i % 3 === 1 ? `${text}\n## Ekstra ${i}\n\nSe www.eksempel${i}.dk.\n` : text;
    writeFileSync(path.join(dir, 'standards', i % 2 ? 'sub' : '.', `s${String(i).padStart(2, '0')}.md`), varied);
  }
  writeFileSync(path.join(dir, 'standards', 'binary.md'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00]));
  writeFileSync(path.join(dir, 'standards', 'sub', 'latin1.md'), Buffer.from('# Behandling\n\nBørn og unge får hjælp.\n', 'latin1'));
  symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'standards', 'gone.md'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const inOneThread = new Map<string, { code: number; stdout: string }>();

/** --jobs 1, once per format. */
async function reference(format: string): Promise<{ code: number; stdout: string }> {
  if (!inOneThread.has(format)) inOneThread.set(format, await check('1', format));
  return inOneThread.get(format)!;
}

async function check(jobs: string, format: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io = { cwd: dir, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } };
  const code = await runCheck([], { format, quiet: false, jobs, cache: false, asOf: '2026-06-01' }, io);
  return { code, stdout };
}

describe('--jobs 2 prints what --jobs 1 prints', () => {
  for (const format of formats) {
    it(`--format ${format}`, async () => {
      const one = await reference(format);
      const started = poolStats.started;
      const two = await check('2', format);
      expect(poolStats.started - started).toBe(2);
      expect(two).toEqual(one);
      expect(one.code).toBe(1);
      // All 30 files are in it, the unreadable ones too.
      if (format === 'json') {
        const files = JSON.parse(one.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
        expect(files).toHaveLength(30);
        const unreadable = files.filter((f) => f.messages.some((m) => m.ruleId === 'unreadable-file')).map((f) => path.basename(f.filePath));
        expect(unreadable.sort()).toEqual(['binary.md', 'gone.md']);
      }
    });
  }

  it('in the same order run after run, with 3 workers too', async () => {
    expect(await check('3', 'stylish')).toEqual(await reference('stylish'));
  });

  it('the bundled CLI (bin/kvs.js) with workers prints the same as in this thread', async () => {
    const one = await reference('json');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', KVS_JOBS: '2' };
    delete env['KVS_LANG'];
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'kvs.js'), 'check', '--format', 'json', '--no-cache', '--as-of', '2026-06-01'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect({ code: run.status, stdout: run.stdout }).toEqual(one);
  });
});

describe('without --jobs: no worker for small runs, and this thread checks beside the workers', () => {
  it("starts no worker below a thread's share of files, and one worker fewer than threads above it", () => {
    expect(threadPlan(2 * filesPerThread - 1, undefined)).toEqual({ workers: 0, here: true });
    const cores = os.availableParallelism();
    if (cores >= 2) expect(threadPlan(2 * filesPerThread, undefined)).toEqual({ workers: 1, here: true });
    expect(threadPlan(1000 * filesPerThread, undefined)).toEqual(cores >= 2 ? { workers: cores - 1, here: true } : { workers: 0, here: true });
    // --jobs N is N workers, as before.
    expect(threadPlan(30, 2)).toEqual({ workers: 2, here: false });
    expect(threadPlan(30, 1)).toEqual({ workers: 0, here: true });
  });

  it('hands on every result, as one thread checking them all does', async () => {
    const files = readdirSync(path.join(dir, 'standards'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'))
      .sort()
      // Enough for both threads to take some, the unreadable files among them; few, as the worker's start costs most.
      .slice(0, 12);
    const jobs = files.map((name, index) => ({ index, file: path.join(dir, 'standards', name), shown: name, root: dir }));
    const options = { asOf: '2026-06-01', lang: 'da' as const, config: {} };
    const alone = jobs.map((job) => runJob(job, options, true));
    const got: Array<(typeof alone)[number]> = [];
    let here = 0;
    const started = poolStats.started;
    const pool = new CheckPool(1, { options, hash: true }, (result) => got.push(result), true);
    try {
      await pool.run(jobs, (job) => {
        here++;
        return runJob(job, options, true);
      });
    } finally {
      await pool.close();
    }
    expect(poolStats.started - started).toBe(1);
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThan(jobs.length);
    expect(got.sort((a, b) => a.index - b.index)).toEqual(alone);
  });
});

describe('kvs build with booklets rendered in worker threads', () => {
  it('writes byte for byte the booklets (and print copies) of a build in one thread, and reports the same', async () => {
    const complete = texts[0]!;
    const files = ['a', 'b', 'c'].map((name, i) => {
      const file = path.join(dir, 'build-input', `${name}.md`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, i === 1 ? complete.replace(/## [^\n]*\n/u, '') : `${complete}\n## Mere ${i}\n\nTekst.\n`);
      return file;
    });
    const build = async (jobs: string) => {
      const outDir = path.join(dir, `build-${jobs}`);
      const before = process.env['KVS_JOBS'];
      process.env['KVS_JOBS'] = jobs;
      try {
        const options = { outDir, only: 'pdf' as const, strict: false, imposition: true, asOf: '2026-06-01', lang: 'da' as const, config: {}, configRoot: dir, sourceDateEpoch: 1_700_000_000 };
        const outcomes = await buildAll(files, options);
        const pdfs = readdirSync(outDir, { recursive: true })
          .map(String)
          .filter((name) => name.endsWith('.pdf'))
          .sort();
        return { outcomes, pdfs: pdfs.map((name) => [name, readFileSync(path.join(outDir, name)).toString('base64')]) };
      } finally {
        if (before === undefined) delete process.env['KVS_JOBS'];
        else process.env['KVS_JOBS'] = before;
      }
    };
    const one = await build('1');
    const two = await build('2');
    expect(one.pdfs).toHaveLength(6);
    expect(two.pdfs).toEqual(one.pdfs);
    expect(two.outcomes).toEqual(one.outcomes);
  });
});
