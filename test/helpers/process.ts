/**
 * `kvs` as a user starts it, for the tests that run real processes: the
 * built CLI (bin/kvs.js) in a folder of its own, no colour, a fixed
 * SOURCE_DATE_EPOCH, no KVS_LANG from the developer's shell, optional
 * preload modules (test/helpers/*.mjs: faults, memory, an editor's save)
 * and a hang guard that kills the process and marks the run as hung.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const kvsBin = join(root, 'bin', 'kvs.js');
/** A stack trace line: a message for the user has none. */
export const stackLine = /\n\s+at .+:\d+/;

export interface KvsRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the hang guard had to kill it. */
  hung: boolean;
}

export interface KvsOptions {
  /** Modules loaded before kvs: a name in test/helpers/ or an absolute path. */
  preload?: string[];
  env?: Record<string, string>;
  /** Hang guard in ms (default 240 s): the process is killed and the run marked hung. */
  guardMs?: number;
}

export function launchKvs(cwd: string, args: string[], options: KvsOptions = {}): { child: ChildProcess; done: Promise<KvsRun> } {
  const preload = (options.preload ?? []).flatMap((file) => [
    '--import',
    pathToFileURL(isAbsolute(file) ? file : join(root, 'test', 'helpers', file)).href,
  ]);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', ...options.env };
  if (!options.env?.['KVS_LANG']) delete env['KVS_LANG'];
  const child = spawn(process.execPath, [...preload, kvsBin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let hung = false;
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const guard = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, options.guardMs ?? 240_000);
  const done = new Promise<KvsRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(guard);
      resolve({ status, signal, stdout, stderr, hung });
    });
  });
  return { child, done };
}

export const runKvs = (cwd: string, args: string[], options: KvsOptions = {}): Promise<KvsRun> => launchKvs(cwd, args, options).done;

/** Temporary folders for one test file, removed together: call `cleanup` in afterAll. */
export function tempDirs(prefix: string): { make(): string; cleanup(): void } {
  const made: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}
