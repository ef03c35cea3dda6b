/**
 * The severity `info` (e.g. a treatment guarantee better than the law): never
 * counted, never in the exit code, in every machine format with its own level,
 * and on the screen (stylish) only with --verbose. In-process runs of runCheck.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckCliOptions } from '../src/cli/check.js';
import { formatResults } from '../src/report/index.js';
import type { FileResult } from '../src/types.js';
import { complete } from './helpers/fixtures.js';
import { tempDirs } from './helpers/process.js';

const temps = tempDirs('kvs-info-');
afterAll(temps.cleanup);

/** The complete example with a guarantee of 10 days instead of 14: one info, nothing else. */
const better = complete.replace(/senest 14 dage/u, 'senest 10 dage');

/** A project with the one standard in standards/a.md. */
function project(): string {
  const dir = temps.make();
  mkdirSync(path.join(dir, 'standards'));
  writeFileSync(path.join(dir, 'standards', 'a.md'), better);
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  return dir;
}

async function check(dir: string, options: Partial<CheckCliOptions>): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io = { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
  const code = await runCheck([], { format: 'stylish', quiet: false, jobs: '1', cache: false, asOf: '2026-06-01', ...options }, io);
  return { code, stdout };
}

describe('severity info', () => {
  const dir = project();

  it('the complete example with "senest 10 dage" has one info and exits 0', async () => {
    const json = await check(dir, { format: 'json', maxWarnings: '0' });
    expect(json.code).toBe(0);
    const files = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }>; errorCount: number; warningCount: number }>;
    expect(files[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['guarantee-days', 0]]);
    expect([files[0]!.errorCount, files[0]!.warningCount]).toEqual([0, 0]);
  });

  it('stylish hides it without --verbose and shows it with', async () => {
    const plain = await check(dir, {});
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('guarantee-days');
    expect(plain.stdout).toContain('Ingen problemer');
    const verbose = await check(dir, { verbose: true });
    expect(verbose.code).toBe(0);
    expect(verbose.stdout).toMatch(/info\s+Behandlingsgarantien er angivet som "10 dage".*bedre end loven.*guarantee-days/u);
    expect(verbose.stdout).toContain('Ingen problemer');
  });

  it('SARIF says note, GitHub notice, JUnit no failure', () => {
    const result: FileResult = {
      filePath: path.join(dir, 'standards', 'a.md'),
      findings: [{ ruleId: 'guarantee-days', severity: 'info', message: 'bedre end loven', position: { start: { line: 3, column: 1 }, end: { line: 3, column: 8 } } }],
    };
    const options = { lang: 'da' as const, cwd: dir, rules: [], color: false, toolVersion: '0.0.0' };
    const sarif = JSON.parse(formatResults([result], 'sarif', options)) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.level)).toEqual(['note']);
    expect(formatResults([result], 'github', options)).toMatch(/^::notice file=standards\/a\.md,line=3,/mu);
    const junit = formatResults([result], 'junit', options);
    expect(junit).toContain('failures="0"');
    expect(junit).not.toContain('<failure');
    expect(junit).toContain('info bedre end loven (guarantee-days)');
  });
});
