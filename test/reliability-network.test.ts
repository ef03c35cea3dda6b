/**
 * Issue 6: no network access at run time. Every command runs as a child
 * process with a preload (test/helpers/no-network.mjs) that makes every
 * socket, DNS lookup, HTTP request and fetch record itself and throw, and
 * with HTTP(S)_PROXY pointing at a closed port. The runs must succeed and
 * the record stay empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { complete, seeds } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const kvsBin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const preload = fileURLToPath(new URL('./helpers/no-network.mjs', import.meta.url));
const bundled = fileURLToPath(new URL('../standards/holbaek-stofmisbrug.md', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kvs-offline-'));
const log = join(dir, 'network.log');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function offline(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', preload, kvsBin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      SOURCE_DATE_EPOCH: '1767225600',
      KVS_NETWORK_LOG: log,
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
    },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) throw new Error('dist/ is missing: run `npm run build` first.');
  mkdirSync(join(dir, 'standards'));
  writeFileSync(join(dir, 'standards', 'eksempelby.md'), complete);
  copyFileSync(bundled, join(dir, 'standards', 'holbaek-stofmisbrug.md'));
  const seed = seeds().find((s) => s.name.startsWith('001_'))!;
  writeFileSync(join(dir, 'seed.txt'), seed.text);
});

describe('no network at run time', () => {
  it('the guard works: a fetch, a socket and a DNS lookup are recorded and refused', () => {
    const probe = spawnSync(
      process.execPath,
      ['--import', preload, '-e', "for (const f of [() => fetch('https://example.org/'), () => require('node:net').connect(80, 'example.org'), () => require('node:dns').lookup('example.org', () => {})]) { try { f(); } catch {} }"],
      { encoding: 'utf8', env: { ...process.env, KVS_NETWORK_LOG: join(dir, 'probe.log') } },
    );
    expect(probe.status, probe.stderr).toBe(0);
    expect(readFileSync(join(dir, 'probe.log'), 'utf8').trim().split('\n').map((line) => line.split(' ')[0])).toEqual(['fetch', 'net.connect', 'dns.lookup']);
  });

  it('kvs check, import, build (HTML and PDF) and compare run without touching the network', () => {
    const runs: Array<[string, ReturnType<typeof offline>, number[]]> = [
      ['check', offline(['check', 'standards', '--as-of', '2026-11-25']), [0, 1]],
      ['import', offline(['import', 'seed.txt', '--out', 'importeret', '--kommune', 'Hjørring']), [0]],
      ['build', offline(['build', 'standards/eksempelby.md', '--as-of', '2026-11-25']), [0]],
      ['compare', offline(['compare', 'standards', '--as-of', '2026-11-25', '--out', 'sammenligning.html']), [0]],
    ];
    for (const [name, run, ok] of runs) {
      expect(ok, `${name}: ${run.status}\n${run.stderr}`).toContain(run.status);
      expect(run.stderr, name).not.toMatch(/Network access refused/u);
    }
    expect(attempts()).toBe('');
    expect(existsSync(join(dir, 'output', 'eksempelby', 'eksempelby.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'output', 'eksempelby', 'index.html'))).toBe(true);
    expect(readFileSync(join(dir, 'sammenligning.html'), 'utf8')).toContain('Holbæk');
    record({
      area: 'Nothing unsafe published',
      what: 'kvs check, import (a seed), build (HTML + PDF) and compare with every socket, DNS lookup, HTTP request and fetch refused and HTTP(S)_PROXY at a closed port',
      cases: runs.length,
      result: 'all four succeed; no network attempt recorded',
    });
  }, 120_000);
});
