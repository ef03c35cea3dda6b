/**
 * `--watch`: `kvs check --watch` as a child process reports again after a
 * save and ends cleanly on Ctrl-C (SIGINT, exit 0); the loop batches the
 * events of one save and never runs twice at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchLoop, type Changes } from '../src/watch/loop.js';
import { foldersToWatch } from '../src/watch/folders.js';
import { complete } from './helpers/fixtures.js';

const bin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-watch-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'standards', 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'standards', 'a.md'), complete);
  writeFileSync(path.join(dir, 'standards', 'sub', 'b.md'), complete);
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  return dir;
}

const until = async (test: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('kvs check --watch', () => {
  it('prints a new report after a file changes, also after rename-saves, and exits 0 on Ctrl-C', async () => {
    const dir = project();
    const child = spawn(process.execPath, [bin, 'check', '--watch', '--as-of', '2026-06-01'], { cwd: dir, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => stderr.includes('Holder øje med standards'));
      expect(stdout).not.toContain('required-section');
      const runs = stderr.split('Holder øje med').length - 1;
      writeFileSync(path.join(dir, 'standards', 'sub', 'b.md'), complete.replace(/## Gavekort[\s\S]*?(?=\n## )/u, ''));
      await until(() => stdout.includes('required-section') && stderr.split('Holder øje med').length - 1 > runs);
      // Not a terminal: no clear-screen codes.
      expect(stdout).not.toContain('\x1b[2J');
      // Saved the way editors, mv and git checkout save: a new file renamed over the old one, again and again.
      // The path stays watched (Linux's emulated recursive watch followed the old file's inode and went deaf).
      const target = path.join(dir, 'standards', 'sub', 'b.md');
      for (const [text, expectRequired] of [[complete, false], [complete.replace(/## Gavekort[\s\S]*?(?=\n## )/u, ''), true], [complete, false]] as const) {
        const before = stderr.split('Holder øje med').length - 1;
        const mark = stdout.length;
        writeFileSync(`${target}.tmp`, text);
        renameSync(`${target}.tmp`, target);
        await until(() => stderr.split('Holder øje med').length - 1 > before);
        expect(stdout.slice(mark).includes('required-section')).toBe(expectRequired);
      }
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('Stoppet.');
  });
});

describe('the watch loop', () => {
  it('gathers one save into one run, clears a terminal screen, and ends on abort with 0', async () => {
    const dir = project();
    const runs: Changes[] = [];
    const stop = new AbortController();
    let out = '';
    const ended = watchLoop({
      folders: foldersToWatch([], dir),
      lang: 'en',
      stdout: { write: (text: string) => (out += text), isTTY: true },
      stderr: { write: () => true },
      signal: stop.signal,
      run: async (changes) => {
        runs.push(changes);
        await new Promise((resolve) => setTimeout(resolve, 150));
      },
    });
    await until(() => runs.length === 1);
    const a = path.join(dir, 'standards', 'a.md');
    const b = path.join(dir, 'standards', 'sub', 'b.md');
    // Several writes of two files close together: one batch.
    for (let i = 0; i < 5; i++) writeFileSync(a, `${complete}\n${i}\n`);
    writeFileSync(b, `${complete}\nx\n`);
    writeFileSync(path.join(dir, 'standards', 'notes.txt'), 'not a standard');
    await until(() => runs.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    stop.abort();
    expect(await ended).toBe(0);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toBeUndefined();
    expect([...(runs[1] ?? [])].sort()).toEqual([a, b].sort());
    expect(out.split('\x1b[2J\x1b[H')).toHaveLength(3);
  });
});
