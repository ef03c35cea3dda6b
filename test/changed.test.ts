/**
 * `kvs check --changed [REF]`: only standards changed since a git ref —
 * committed, staged, unstaged and untracked; deleted ones skipped; clear
 * usage errors outside a repository and for an unknown ref.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../src/cli/check.js';
import { changedFiles } from '../src/check/changed.js';
import { UsageError } from '../src/errors.js';
import { complete } from './helpers/fixtures.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });

function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-changed-'));
  temps.push(dir);
  return dir;
}

function repo(): string {
  const dir = temp();
  mkdirSync(path.join(dir, 'standards'));
  for (const name of ['a', 'b', 'c', 'd', 'e']) writeFileSync(path.join(dir, 'standards', `${name}.md`), complete);
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first');
  return dir;
}

async function checked(dir: string, changed: string | boolean): Promise<{ code: number; files: string[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  const code = await runCheck([], { format: 'json', quiet: false, jobs: '1', cache: false, asOf: '2026-06-01', changed }, io);
  const files = (JSON.parse(stdout) as Array<{ filePath: string }>).map((f) => f.filePath.split(path.sep).join('/'));
  return { code, files, stderr };
}

describe('kvs check --changed', () => {
  it('checks the committed, staged, unstaged and untracked changes since the ref, not deleted files', async () => {
    const dir = repo();
    git(dir, 'tag', 'start');
    writeFileSync(path.join(dir, 'standards', 'a.md'), `${complete}\nCommitted.\n`);
    git(dir, 'commit', '-q', '-am', 'a');
    writeFileSync(path.join(dir, 'standards', 'b.md'), `${complete}\nStaged.\n`);
    git(dir, 'add', 'standards/b.md');
    writeFileSync(path.join(dir, 'standards', 'c.md'), `${complete}\nUnstaged.\n`);
    writeFileSync(path.join(dir, 'standards', 'ny fil æ.md'), complete);
    unlinkSync(path.join(dir, 'standards', 'd.md'));

    const sinceStart = await checked(dir, 'start');
    expect(sinceStart.files).toEqual(['standards/a.md', 'standards/b.md', 'standards/c.md', 'standards/ny fil æ.md']);
    expect(sinceStart.code).toBe(0);
    // Default: no origin/HEAD here, so HEAD: the committed change to a.md is not included.
    expect((await checked(dir, true)).files).toEqual(['standards/b.md', 'standards/c.md', 'standards/ny fil æ.md']);
  });

  it('uses origin/HEAD by default when the repository has one', () => {
    const dir = repo();
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    writeFileSync(path.join(dir, 'standards', 'e.md'), `${complete}\nx\n`);
    git(dir, 'commit', '-q', '-am', 'e');
    const { ref, files } = changedFiles(dir);
    expect(ref).toBe('origin/HEAD');
    expect([...files].map((f) => path.basename(f))).toEqual(['e.md']);
  });

  it('says so when nothing changed, and exits 0', async () => {
    const run = await checked(repo(), true);
    expect(run).toMatchObject({ code: 0, files: [] });
    expect(run.stderr).toMatch(/Ingen standarder ændret siden HEAD/u);
  });

  it('refuses an unknown ref and a folder outside git with a clear message', async () => {
    const dir = repo();
    await expect(checked(dir, 'no-such-branch')).rejects.toThrow(UsageError);
    await expect(checked(dir, 'no-such-branch')).rejects.toThrow(/does not know the ref "no-such-branch"/u);
    await expect(checked(dir, '--output=x')).rejects.toThrow(UsageError);
    const plain = temp();
    mkdirSync(path.join(plain, 'standards'));
    writeFileSync(path.join(plain, 'standards', 'a.md'), complete);
    try {
      changedFiles(plain);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).localized.da).toMatch(/kræver et git-repository/u);
    }
  });
});
