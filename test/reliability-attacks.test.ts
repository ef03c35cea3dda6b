/**
 * Issue 13, "Safe by construction": real `kvs` processes on a project an
 * attacker (or an unlucky shell glob) has prepared. No command may lose a
 * standard, publish a file from outside the project or from .git/, hang on a
 * special file, stop a whole build for one bad file, or publish two
 * standards into one folder. Every refusal is a message without a stack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { record } from './helpers/ledger.js';
import { kvsBin, root, runKvs, stackLine, tempDirs, type KvsOptions, type KvsRun } from './helpers/process.js';

const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.md'));
const asOf = ['--as-of', '2026-11-25'];
/** Real processes on a shared machine: only a hang guard, never a speed test. */
const timeout = 300_000;
const secret = 'token=ghp_SECRET_FROM_CI';

type Run = KvsRun & {
  /** Peak resident memory in KB, when run with the rss-on-exit preload. */
  maxRssKb?: number;
};

/** kvs as a user runs it, with its peak memory when the rss-on-exit preload reports it. */
async function kvs(cwd: string, args: string[], options: KvsOptions = {}): Promise<Run> {
  const run = await runKvs(cwd, args, { guardMs: 120_000, ...options });
  const rss = /kvs-maxrss-kb=(\d+)/.exec(run.stderr);
  return rss ? { ...run, maxRssKb: Number(rss[1]) } : run;
}

/**
 * kvs under the 10 s hang guard of "Hangs and resource exhaustion", with its peak memory. A run the guard
 * stopped is run once more before it counts: a machine busy with other work can hold a process back for
 * seconds, while a process that waits on a FIFO or reads /dev/zero without end is stopped the second time too.
 */
async function guarded(cwd: string, args: string[]): Promise<Run> {
  const options: KvsOptions = { preload: ['rss-on-exit.mjs'], guardMs: 10_000 };
  const run = await kvs(cwd, args, options);
  return run.hung ? kvs(cwd, args, options) : run;
}

const temp = tempDirs('kvs-attack-');
afterAll(() => temp.cleanup());

/** A project: standards/a.md and standards/b.md, and a .git/config holding a CI token. */
function project(): string {
  const dir = temp.make();
  mkdirSync(join(dir, 'standards'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), `[http]\n\textraheader = ${secret}\n`);
  writeFileSync(join(dir, '.git', 'notes.md'), `# Noter\n\n${secret}\n`);
  writeFileSync(join(dir, 'standards', 'a.md'), complete);
  writeFileSync(join(dir, 'standards', 'b.md'), Buffer.from(complete.toString('utf8').replace('Eksempelby', 'Andenby')));
  return dir;
}

/** Every regular file under `dir` (links not followed), by relative path. */
function tree(dir: string, skip: (name: string) => boolean = () => false): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (skip(name)) continue;
    const path = join(dir, name);
    const stats = lstatSync(path);
    if (stats.isFile()) files.set(name, readFileSync(path));
  }
  return files;
}

function expectSame(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

function expectCleanMessage(run: Run): void {
  expect(run.hung, 'the process hung').toBe(false);
  expect(run.stderr + run.stdout).not.toMatch(stackLine);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('a report never lands on a standard, an input or another output', () => {
  // The shell expands `-o standards/*.md` to `-o standards/a.md standards/b.md`.
  const attacks: Array<{ name: string; args: string[]; prepare?: (dir: string) => void }> = [
    { name: 'check -o standards/*.md', args: ['check', '-o', 'standards/a.md', 'standards/b.md'] },
    { name: 'check --output-file onto a standard not checked', args: ['check', '-f', 'json', '--output-file', 'standards/b.md', 'standards/a.md'] },
    {
      name: 'check -o through a link to a standard',
      args: ['check', '-f', 'sarif', '-o', 'kvs.sarif', 'standards/a.md'],
      prepare: (dir) => symlinkSync(join(dir, 'standards', 'b.md'), join(dir, 'kvs.sarif')),
    },
    { name: 'check -o onto a standard saved as .txt', args: ['check', '-o', 'notes.txt', 'standards/a.md'], prepare: (dir) => writeFileSync(join(dir, 'notes.txt'), complete) },
    { name: 'check -f sarif -o a new .md in standards/ (read as a standard next time)', args: ['check', '-f', 'sarif', '-o', 'standards/new.md', 'standards/a.md'] },
    { name: 'check -o into .git/hooks/', args: ['check', '-o', '.git/hooks/pre-commit', 'standards/a.md'], prepare: (dir) => mkdirSync(join(dir, '.git', 'hooks')) },
    { name: 'compare -o onto a standard it reads', args: ['compare', '-o', 'standards/a.md'] },
    { name: 'compare -f json -o onto a standard', args: ['compare', '-f', 'json', '-o', './standards/../standards/b.md', 'standards/a.md'] },
    { name: 'check --baseline STANDARD --write-baseline', args: ['check', '--baseline', 'standards/b.md', '--write-baseline'] },
    { name: 'check --baseline onto the config', args: ['check', '--baseline', 'kvs.config.json', '--write-baseline'], prepare: (dir) => writeFileSync(join(dir, 'kvs.config.json'), '{}\n') },
    {
      name: 'import a.txt -o out.md --report out.md',
      args: ['import', 'a.txt', '-o', 'out.md', '--report', 'out.md'],
      prepare: (dir) => writeFileSync(join(dir, 'a.txt'), 'Kvalitetsstandard for stofmisbrug\n\nEksempelby Kommune tilbyder behandling.\n'),
    },
    {
      name: 'import a.txt --report a.txt --force',
      args: ['import', 'a.txt', '-o', 'new.md', '--report', 'a.txt', '--force'],
      prepare: (dir) => writeFileSync(join(dir, 'a.txt'), 'Kvalitetsstandard for stofmisbrug\n\nEksempelby Kommune tilbyder behandling.\n'),
    },
    {
      name: 'export --docx -o a link to a standard, --force',
      args: ['export', 'standards/a.md', '--docx', '-o', 'a.docx', '--force'],
      prepare: (dir) => symlinkSync(join(dir, 'standards', 'b.md'), join(dir, 'a.docx')),
    },
  ];

  it.each(attacks)('$name: refused with exit 2, every file byte for byte', async ({ args, prepare }) => {
    const dir = project();
    prepare?.(dir);
    const before = tree(dir);
    const run = await kvs(dir, [...args, ...(args[0] === 'check' || args[0] === 'compare' ? asOf : [])]);
    expectCleanMessage(run);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/afvises/);
    expectSame(before, tree(dir, (name) => name.startsWith('.kvs')));
  }, timeout);

  it('an earlier report of the same kind is replaced as before (CI writes kvs.sarif on every run)', async () => {
    const dir = project();
    for (const [format, file] of [['sarif', 'kvs.sarif'], ['json', 'report.json'], ['junit', 'junit.xml'], ['stylish', 'report.txt']] as const) {
      for (let round = 0; round < 2; round++) {
        const run = await kvs(dir, ['check', '-f', format, '-o', file, ...asOf]);
        expect(run.status, run.stderr).toBe(0);
      }
      expect(readFileSync(join(dir, file), 'utf8').length).toBeGreaterThan(0);
    }
    for (let round = 0; round < 2; round++) expect((await kvs(dir, ['compare', '-o', 'sammenligning.md', ...asOf])).status).toBe(0);
    expect(readFileSync(join(dir, 'sammenligning.md'), 'utf8')).toMatch(/^# Sammenligning/);
    record({
      area: 'No data lost',
      what: 'Report outputs aimed at a standard (a shell-expanded -o standards/*.md, a link, a standard saved as .txt, a new .md name), into .git/, at an input of the same run (compare, baseline, config, import source) or at another output (import -o and --report the same file)',
      cases: attacks.length,
      result: 'refused with exit 2 and a message naming the option and the file; every file byte for byte; a report over an earlier report of its kind still written (5 kinds × 2 runs)',
      uncaught: 0,
    });
  }, timeout);
});

describe('rewriting a standard: no lost update, links kept, read-only respected, backups bounded', () => {
  const messy = `${complete.toString('utf8')}\n\n\n* en punkt\n* to punkt\n`;

  it('an edit saved between kvs fmt reading and writing the file is kept and the write refused', async () => {
    const dir = project();
    const file = join(dir, 'standards', 'a.md');
    writeFileSync(file, messy);
    const run = await kvs(dir, ['fmt', 'standards/a.md'], {
      preload: ['fault-edit.mjs'],
      env: { KVS_FAULT_EDIT_FILE: file, KVS_FAULT_EDIT_TEXT: '\nRettet i editoren imens.\n' },
    });
    expectCleanMessage(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ændret, siden kvs læste den/);
    expect(readFileSync(file, 'utf8')).toBe(`${messy}\nRettet i editoren imens.\n`);
  }, timeout);

  it('kvs fmt reads each file just before it writes it: an edit to the next file is formatted, not lost', async () => {
    const dir = project();
    writeFileSync(join(dir, 'standards', 'a.md'), messy);
    writeFileSync(join(dir, 'standards', 'b.md'), messy);
    const second = join(dir, 'standards', 'b.md');
    const run = await kvs(dir, ['fmt', 'standards/a.md', 'standards/b.md'], {
      preload: ['fault-edit.mjs'],
      env: { KVS_FAULT_EDIT_FILE: second, KVS_FAULT_EDIT_TEXT: '\nRettet i editoren imens.\n' },
    });
    expectCleanMessage(run);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(second, 'utf8')).toContain('Rettet i editoren imens.');
    expect(readFileSync(second, 'utf8')).not.toBe(`${messy}\nRettet i editoren imens.\n`);
    record({
      area: 'No data lost',
      what: 'kvs fmt while an editor saves the standard (a preload appends to the file between kvs reading it and renaming the new version in), on the file being written and on the next one',
      cases: 2,
      result: 'the file being written: refused with a message, the edit kept byte for byte; the next file: read after the edit and formatted with it',
      uncaught: 0,
    });
  }, timeout);

  it('fmt, accept and fix --write keep a link and rewrite its target; a link out of the project and a read-only file are refused', async () => {
    const dir = project();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'real.md'), messy);
    symlinkSync('../drafts/real.md', join(dir, 'standards', 'linked.md'));
    const outside = temp.make();
    writeFileSync(join(outside, 'theirs.md'), messy);
    symlinkSync(join(outside, 'theirs.md'), join(dir, 'standards', 'out.md'));
    writeFileSync(join(dir, 'standards', 'locked.md'), messy);
    chmodSync(join(dir, 'standards', 'locked.md'), 0o444);

    const run = await kvs(dir, ['fmt', 'standards/linked.md', 'standards/out.md', 'standards/locked.md']);
    expectCleanMessage(run);
    expect(run.status).toBe(1);
    expect(lstatSync(join(dir, 'standards', 'linked.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'standards', 'linked.md'))).toBe('../drafts/real.md');
    expect(readFileSync(join(dir, 'drafts', 'real.md'), 'utf8')).not.toBe(messy);
    expect(readFileSync(join(outside, 'theirs.md'), 'utf8')).toBe(messy);
    expect(run.stderr).toMatch(/uden for projektmappen/);
    expect(readFileSync(join(dir, 'standards', 'locked.md'), 'utf8')).toBe(messy);
    expect(statSync(join(dir, 'standards', 'locked.md')).mode & 0o777).toBe(0o444);
    expect(run.stderr).toMatch(/skrivebeskyttet/);

    const tracked = `${complete.toString('utf8')}\nTekst med {++indsat++} ord.\n`;
    writeFileSync(join(dir, 'standards', 'review.md'), tracked);
    chmodSync(join(dir, 'standards', 'review.md'), 0o444);
    const accept = await kvs(dir, ['accept', 'standards/review.md']);
    expectCleanMessage(accept);
    expect(accept.status).toBe(1);
    expect(readFileSync(join(dir, 'standards', 'review.md'), 'utf8')).toBe(tracked);
    record({
      area: 'No data lost',
      what: 'kvs fmt and accept on a standard that is a link inside the project, a link out of it, and a read-only (0444) file',
      cases: 4,
      result: 'the link kept and its target rewritten; the outside file and the read-only files untouched (mode too), each refused with a message',
      uncaught: 0,
    });
  }, timeout);

  it('backups are named by path and only the last N per file are kept', async () => {
    const dir = project();
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ backups: 3 }));
    mkdirSync(join(dir, 'standards', 'one'));
    mkdirSync(join(dir, 'standards', 'two'));
    for (let round = 0; round < 5; round++) {
      writeFileSync(join(dir, 'standards', 'one', 'x.md'), `${messy}\nRunde ${round}\n\n\n`);
      writeFileSync(join(dir, 'standards', 'two', 'x.md'), `${messy}\nAnden ${round}\n\n\n`);
      const run = await kvs(dir, ['fmt', 'standards/one/x.md', 'standards/two/x.md']);
      expect(run.status, run.stderr).toBe(0);
    }
    const kept = (folder: string) => readdirSync(join(dir, '.kvs', 'backup', 'standards', folder)).sort();
    expect(kept('one')).toHaveLength(3);
    expect(kept('two')).toHaveLength(3);
    // The newest three: rounds 2, 3 and 4.
    const rounds = kept('one').map((name) => /Runde (\d)/.exec(readFileSync(join(dir, '.kvs', 'backup', 'standards', 'one', name), 'utf8'))?.[1]);
    expect(rounds).toEqual(['2', '3', '4']);
    record({
      area: 'No data lost',
      what: 'Five kvs fmt runs over standards/one/x.md and standards/two/x.md with backups: 3 in kvs.config.json',
      cases: 10,
      result: 'backups under .kvs/backup/standards/one/ and /two/ (no collision), the newest 3 of each kept',
      uncaught: 0,
    });
  }, timeout);
});

describe('nothing from outside the project or from .git/ is published', () => {
  it('links to .git/config, into .git/, out of the project and a logo inside .git/ are refused; no secret in output/', async () => {
    const dir = project();
    symlinkSync('../.git/config', join(dir, 'standards', 'config.md'));
    symlinkSync('../.git/notes.md', join(dir, 'standards', 'notes.md'));
    const outside = temp.make();
    writeFileSync(join(outside, 'elsewhere.md'), `${complete.toString('utf8')}\n${secret}\n`);
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'standards', 'elsewhere.md'));
    mkdirSync(join(dir, 'standards', '.hidden'));
    writeFileSync(join(dir, 'standards', '.hidden', 'x.md'), `${complete.toString('utf8')}\n${secret}\n`);

    const build = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expectCleanMessage(build);
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/✔ standards\/a\.md/);
    expect(build.stdout).toMatch(/✖ standards\/config\.md/);
    expect(build.stdout).toMatch(/✖ standards\/notes\.md: .*skjulte mappe \.git/);
    expect(build.stdout).toMatch(/✖ standards\/elsewhere\.md: .*uden for projektmappen/);
    const published = [...tree(join(dir, 'output')).values()].map((bytes) => bytes.toString('utf8'));
    expect(published.some((text) => text.includes('SECRET'))).toBe(false);

    const explicit = await kvs(dir, ['check', '.git/notes.md', 'standards/.hidden/x.md', ...asOf]);
    expectCleanMessage(explicit);
    expect(explicit.status).toBe(1);
    expect(explicit.stdout).not.toContain('SECRET');
    expect(explicit.stdout.match(/Filen ligger i den skjulte mappe/g)).toHaveLength(2);

    writeFileSync(join(dir, '.git', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ theme: { logo: '.git/logo.svg' } }));
    const logo = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expectCleanMessage(logo);
    expect(logo.status).toBe(2);
    expect(logo.stderr).toMatch(/skjulte mappe \.git/);
    record({
      area: 'Nothing leaked',
      what: 'Standards that are links to ../.git/config, into .git/, out of the project; standards named inside hidden folders; a logo inside .git/ (kvs build and kvs check)',
      cases: 6,
      result: 'each refused with a message naming the reason; the others built; no byte of the secret in output/ or in the report',
      uncaught: 0,
    });
  }, timeout);
});

describe('special files: a message within the hang guard, bounded memory', () => {
  it('a FIFO, a link to /dev/zero, a folder and a socket-like device named .md', async () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'standards', 'fifo.md')]);
    symlinkSync('/dev/zero', join(dir, 'standards', 'zero.md'));
    symlinkSync('/dev/urandom', join(dir, 'standards', 'random.md'));
    mkdirSync(join(dir, 'standards', 'folder.md'));
    const runs: Run[] = [];
    for (const args of [
      ['check', ...asOf],
      ['check', 'standards/fifo.md', 'standards/zero.md', 'standards/random.md', ...asOf],
      ['build', '--only', 'html', ...asOf],
      ['fmt', 'standards/fifo.md', 'standards/zero.md'],
      ['compare', ...asOf],
      ['accept', 'standards/zero.md'],
      ['fix', 'standards/fifo.md'],
      ['export', 'standards/zero.md', '--docx'],
      ['diff', 'standards/a.md', 'standards/fifo.md'],
      ['import', 'standards/zero.md', '-o', '-'],
      ['import', 'standards/fifo.md', '-o', '-'],
    ]) {
      const run = await guarded(dir, args);
      runs.push(run);
      expectCleanMessage(run);
      expect([1, 2], `${args.join(' ')}: ${run.stderr}`).toContain(run.status);
      expect(run.maxRssKb, args.join(' ')).toBeLessThan(1024 * 1024);
      expect(run.stdout + run.stderr, args.join(' ')).toMatch(/FIFO|enhedsfil|mappe|almindelig fil/);
    }
    record({
      area: 'Hangs and resource exhaustion',
      what: 'A FIFO, links to /dev/zero and /dev/urandom and a folder named .md, through check, build, fmt, compare, accept, fix, export, diff and import',
      cases: runs.length,
      result: `each answered with a message naming what the file is, none hung (guard 10 s); peak memory at most ${Math.round(Math.max(...runs.map((r) => r.maxRssKb ?? 0)) / 1024)} MB (bound 1 GiB)`,
      uncaught: 0,
    });
  }, timeout);

  it('a standard larger than the limit is read only up to the limit', async () => {
    const dir = project();
    // 600 MB of text if it were read whole; only the first 256 KB + 1 byte are.
    const big = join(dir, 'standards', 'big.md');
    writeFileSync(big, complete);
    execFileSync('truncate', ['-s', '600M', big]);
    const run = await guarded(dir, ['check', 'standards/big.md', ...asOf]);
    expectCleanMessage(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/input-limit/);
    expect(run.stdout).toMatch(/600 MB|629\.1 MB|600,0 MB|MB/);
    expect(run.maxRssKb).toBeLessThan(512 * 1024);
    record({
      area: 'Hangs and resource exhaustion',
      what: 'A 600 MB standard (sparse file) through kvs check',
      cases: 1,
      result: `one input-limit error naming the size; read only to the limit (peak ${Math.round((run.maxRssKb ?? 0) / 1024)} MB)`,
      uncaught: 0,
    });
  }, timeout);
});

describe("attacks from a fresh-clone review: the tool's own files, links on the way, hard links", () => {
  it("the config, baseline, result cache and build lock as a FIFO or a link to /dev/zero: a message within the guard, bounded memory", async () => {
    const runs: Run[] = [];
    const cases: Array<[string, (dir: string) => void, string[]]> = [
      ['config → /dev/zero', (dir) => symlinkSync('/dev/zero', join(dir, 'kvs.config.json')), ['check', ...asOf]],
      ['config FIFO', (dir) => execFileSync('mkfifo', [join(dir, 'kvs.config.json')]), ['check', ...asOf]],
      ['baseline → /dev/zero', (dir) => symlinkSync('/dev/zero', join(dir, 'b.json')), ['check', '--baseline', 'b.json', ...asOf]],
      ['baseline FIFO', (dir) => execFileSync('mkfifo', [join(dir, 'b.json')]), ['check', '--baseline', 'b.json', ...asOf]],
      ['cache → /dev/zero', (dir) => { mkdirSync(join(dir, '.kvs', 'cache'), { recursive: true }); symlinkSync('/dev/zero', join(dir, '.kvs', 'cache', 'check-results.json')); }, ['check', ...asOf]],
      ['cache FIFO', (dir) => { mkdirSync(join(dir, '.kvs', 'cache'), { recursive: true }); execFileSync('mkfifo', [join(dir, '.kvs', 'cache', 'check-results.json')]); }, ['check', ...asOf]],
      ['lock → /dev/zero', (dir) => { mkdirSync(join(dir, 'output')); symlinkSync('/dev/zero', join(dir, 'output', '.kvs-build.lock')); }, ['build', '--only', 'html', ...asOf]],
    ];
    for (const [name, prepare, args] of cases) {
      const dir = project();
      prepare(dir);
      const run = await guarded(dir, args);
      runs.push(run);
      expectCleanMessage(run);
      expect(run.maxRssKb, name).toBeLessThan(1024 * 1024);
      expect([0, 1, 2], `${name}: ${run.stderr}`).toContain(run.status);
    }
    record({
      area: 'Hangs and resource exhaustion',
      what: "The tool's own files as a FIFO or a link to /dev/zero: kvs.config.json, the baseline, the result cache, the build lock",
      cases: cases.length,
      result: `each a message or ignored (the cache), none hung (guard 10 s); peak memory at most ${Math.round(Math.max(...runs.map((r) => r.maxRssKb ?? 0)) / 1024)} MB`,
      uncaught: 0,
    });
  }, timeout);

  it('links on the way into .git/ or out of the project, a hard link, a report over the config, a stray future backup', async () => {
    const dir = project();
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ backups: 1 }));
    symlinkSync('.git', join(dir, 'gl'));
    symlinkSync('standards', join(dir, 'sl'));
    const gitBefore = tree(join(dir, '.git'));
    const refused: Array<[string, string[]]> = [
      ['report through a link into .git/, folder not there yet', ['check', '-f', 'json', '-o', 'gl/newdir/r.json', ...asOf]],
      ['--out-dir through a link into .git/', ['build', '--only', 'html', '--out-dir', 'gl/out', ...asOf]],
      ['--out-dir through a link to standards/', ['build', '--only', 'html', '--out-dir', 'sl', ...asOf]],
      ['compare -o over the config', ['compare', '-f', 'json', '-o', 'kvs.config.json', ...asOf]],
      ['kvs new -o into .git/', ['new', '--kommune', 'Testby', '-o', '.git/hooks/x.md']],
    ];
    for (const [name, args] of refused) {
      const run = await kvs(dir, args);
      expectCleanMessage(run);
      expect(run.status, `${name}: ${run.stdout}${run.stderr}`).toBe(2);
    }
    expect(JSON.parse(readFileSync(join(dir, 'kvs.config.json'), 'utf8'))).toEqual({ backups: 1 });

    // output/ itself a link into .git/
    symlinkSync('.git', join(dir, 'output'));
    const build = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expectCleanMessage(build);
    expect(build.status).toBe(2);
    rmSync(join(dir, 'output'));
    expectSame(gitBefore, tree(join(dir, '.git')));

    // A hard link to a file in .git/ is refused, not published.
    execFileSync('ln', [join(dir, '.git', 'notes.md'), join(dir, 'standards', 'hard.md')]);
    const hard = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expect(hard.stdout).toMatch(/✖ standards\/hard\.md: .*hårde links/);
    expect(existsSync(join(dir, 'output', 'hard'))).toBe(false);
    rmSync(join(dir, 'standards', 'hard.md'));

    // A backup named in the future must not cost the backup just written.
    mkdirSync(join(dir, '.kvs', 'backup', 'standards'), { recursive: true });
    writeFileSync(join(dir, '.kvs', 'backup', 'standards', 'a.2099-01-01T00-00-00-000Z.md'), 'x');
    writeFileSync(join(dir, 'standards', 'a.md'), `${complete.toString('utf8')}\n\n\n* a\n`);
    const fmt = await kvs(dir, ['fmt', 'standards/a.md']);
    expect(fmt.status, fmt.stderr).toBe(0);
    const named = /gammel udgave: (\S+)/.exec(fmt.stdout)?.[1];
    expect(named && existsSync(join(dir, named))).toBe(true);

    // .kvs/ a link into .git/: no backup written there, the file left as it was.
    rmSync(join(dir, '.kvs'), { recursive: true });
    symlinkSync('.git', join(dir, '.kvs'));
    writeFileSync(join(dir, 'standards', 'a.md'), `${complete.toString('utf8')}\n\n\n* b\n`);
    const linked = await kvs(dir, ['fmt', 'standards/a.md']);
    expect(linked.status).toBe(1);
    expect(readFileSync(join(dir, 'standards', 'a.md'), 'utf8')).toBe(`${complete.toString('utf8')}\n\n\n* b\n`);
    expect(existsSync(join(dir, '.git', 'backup'))).toBe(false);
    record({
      area: 'Nothing leaked',
      what: 'Writes through links on the way (gl → .git for reports and --out-dir, output → .git, .kvs → .git, sl → standards), kvs new -o into .git/, compare -o over the config, a hard link to a file in .git/, a backup named in the future',
      cases: refused.length + 4,
      result: 'each refused with exit 2 or a message for that file; .git/ byte for byte; the config untouched; the hard link not published; the new backup kept',
      uncaught: 0,
    });
  }, timeout);
});

describe('a reader that stops reading', () => {
  it('kvs check | head: the closed pipe ends kvs quietly, without a stack trace', async () => {
    const dir = project();
    const noisy = readFileSync(join(root, 'standards', 'holbaek-stofmisbrug.md'));
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'standards', `s${i}.md`), noisy);
    // The shell's own pipe into `head -1`, as a user types it.
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    const command = `${quote(process.execPath)} ${quote(kvsBin)} check --no-cache --jobs 1 ${asOf.join(' ')} | head -1 > /dev/null`;
    const run = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).not.toMatch(stackLine);
    expect(run.stderr).not.toMatch(/EPIPE/);
    expect(run.status).toBe(0);
    record({ area: 'Crashes and collisions', what: 'kvs check whose reader closes the pipe early (kvs check | head)', cases: 1, result: 'ended quietly with its exit code; no EPIPE stack trace', uncaught: 0 });
  }, timeout);
});

describe('one bad file never stops the others; no two standards in one folder', () => {
  it('dangling and looping links: a per-file message, the other standards built', async () => {
    const dir = project();
    symlinkSync('nowhere.md', join(dir, 'standards', 'dangling.md'));
    symlinkSync('loop-b.md', join(dir, 'standards', 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'standards', 'loop-b.md'));
    const build = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expectCleanMessage(build);
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/✔ standards\/a\.md/);
    expect(build.stdout).toMatch(/✔ standards\/b\.md/);
    expect(build.stdout).toMatch(/✖ standards\/dangling\.md: .*ikke findes/);
    expect(build.stdout).toMatch(/✖ standards\/loop-a\.md: .*i ring/);
    const check = await kvs(dir, ['check', ...asOf]);
    expectCleanMessage(check);
    expect(check.stdout.match(/unreadable-file/g)).toHaveLength(3);
    record({
      area: 'Crashes and collisions',
      what: 'kvs build and check over a dangling link and two links pointing at each other beside good standards',
      cases: 2,
      result: 'one message per bad file (does not exist / loop), the good standards built; exit 1, no stack',
      uncaught: 0,
    });
  }, timeout);

  it('slug collisions and reserved names are errors naming both files; the rest is built', async () => {
    const dir = project();
    mkdirSync(join(dir, 'standards', 'sub'));
    writeFileSync(join(dir, 'standards', 'sub', 'a.md'), complete);
    writeFileSync(join(dir, 'standards', 'Århus.md'), complete);
    writeFileSync(join(dir, 'standards', 'aarhus.md'), complete);
    writeFileSync(join(dir, 'standards', 'Case.md'), complete);
    writeFileSync(join(dir, 'standards', 'case.md'), complete);
    writeFileSync(join(dir, 'standards', 'index.html.md'), complete);
    const build = await kvs(dir, ['build', '--only', 'html', ...asOf]);
    expectCleanMessage(build);
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/✔ standards\/b\.md/);
    expect(build.stdout).toMatch(/✖ standards\/a\.md: .*standards\/sub\/a\.md/);
    expect(build.stdout).toMatch(/✖ standards\/sub\/a\.md: .*standards\/a\.md/);
    expect(build.stdout).toMatch(/✖ standards\/aarhus\.md: .*standards\/Århus\.md/);
    expect(build.stdout).toMatch(/✖ standards\/case\.md: .*standards\/Case\.md/);
    expect(build.stdout).toMatch(/✖ standards\/index\.html\.md: /);
    expect(readdirSync(join(dir, 'output')).sort()).toEqual(['b', 'compare.html', 'index.html']);
    expect(readFileSync(join(dir, 'output', 'index.html'), 'utf8')).toMatch(/<html/);

    for (const out of ['.', 'standards', '.git/site', '..']) {
      const refused = await kvs(dir, ['build', '--only', 'html', '--out-dir', out, ...asOf]);
      expectCleanMessage(refused);
      expect(refused.status, out).toBe(2);
      expect(refused.stderr, out).toMatch(/--out-dir .* afvises/);
    }
    expect(existsSync(join(dir, '.git', 'site'))).toBe(false);
    record({
      area: 'Crashes and collisions',
      what: 'Standards that would publish to one folder (a/x.md and b/x.md, "Århus" and "Aarhus", names differing in case), a standard named index.html.md, and --out aimed at the project, its parent, standards/ or .git/',
      cases: 9,
      result: 'each colliding file refused naming the other; the reserved name refused; the rest and the overview built; every such --out refused with exit 2 before anything is written',
      uncaught: 0,
    });
  }, timeout);

  it('NFD text (as copied on a Mac) gives the same findings and file names as NFC', async () => {
    const dir = project();
    mkdirSync(join(dir, 'nfc'));
    mkdirSync(join(dir, 'nfd'));
    const bundled = readdirSync(join(root, 'standards')).filter((name) => name.endsWith('.md'));
    for (const name of bundled) {
      const text = readFileSync(join(root, 'standards', name), 'utf8');
      writeFileSync(join(dir, 'nfc', name), text.normalize('NFC'));
      writeFileSync(join(dir, 'nfd', name), text.normalize('NFD'));
    }
    // One process checks both folders (its start-up is most of a small check's cost); the findings are per file.
    const run = await kvs(dir, ['check', '-f', 'json', '--no-cache', 'nfc', 'nfd', ...asOf]);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const findings = (folder: string) => {
      const prefix = `${folder}/`;
      const inFolder = results.filter((r) => r.filePath.startsWith(prefix));
      expect(inFolder, folder).toHaveLength(bundled.length);
      return inFolder.map((r) => ({ file: r.filePath.slice(prefix.length), messages: r.messages.map((m) => `${m.ruleId}:${m.line}:${m.message}`) }));
    };
    expect(results).toHaveLength(2 * bundled.length);
    expect(findings('nfd')).toEqual(findings('nfc'));

    const source = '# Kvalitetsstandard for stofmisbrugsbehandling\n\nÆrø Kommune tilbyder behandling efter serviceloven § 101.\n';
    writeFileSync(join(dir, 'nfc.txt'), source.normalize('NFC'));
    writeFileSync(join(dir, 'nfd.txt'), source.normalize('NFD'));
    mkdirSync(join(dir, 'in-nfc'));
    mkdirSync(join(dir, 'in-nfd'));
    expect((await kvs(dir, ['import', 'nfc.txt', '--out-dir', 'in-nfc'])).status).not.toBe(2);
    expect((await kvs(dir, ['import', 'nfd.txt', '--out-dir', 'in-nfd'])).status).not.toBe(2);
    expect(readdirSync(join(dir, 'in-nfd'))).toEqual(readdirSync(join(dir, 'in-nfc')));
    expect(readdirSync(join(dir, 'in-nfc'))).toHaveLength(1);
    record({
      area: 'Encodings and line endings',
      what: 'The bundled standards in NFD (decomposed æ, ø, å, as copied on a Mac) against NFC; an NFD text through kvs import',
      cases: bundled.length + 1,
      result: 'the same findings at the same lines with the same messages; the same file name from import',
      uncaught: 0,
    });
  }, timeout);
});
