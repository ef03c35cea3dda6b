/**
 * `kvs check --baseline FILE` / `--write-baseline`: known findings are hidden,
 * new ones reported, and a finding stays known when text is inserted above it.
 * In-process runs of runCheck in a temporary project.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck, type CheckCliOptions } from '../src/cli/check.js';
import { UsageError } from '../src/errors.js';
import { fingerprintsOf } from '../src/check/baseline.js';
import { checkText } from '../src/check/check.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

// Two old problems: a missing section (points at the title) and a stale agency name inside a paragraph.
const old = complete
  .replace(/## Monitorering af indsatsen[\s\S]*?(?=\n## )/u, '')
  .replace('Vi arbejder ud fra respekt', 'Servicestyrelsen anbefaler, at vi arbejder ud fra respekt');

function project(text = old): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-baseline-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'standards'));
  writeFileSync(path.join(dir, 'standards', 'a.md'), text);
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  return dir;
}

interface Run {
  code: number;
  ruleIds: string[];
  stderr: string;
}

async function check(dir: string, options: Partial<CheckCliOptions> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  const code = await runCheck([], { format: 'json', quiet: false, jobs: '1', cache: false, asOf: '2026-06-01', ...options }, io);
  const files = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
  return { code, ruleIds: files.flatMap((f) => f.messages.map((m) => m.ruleId)), stderr };
}

const write = (dir: string, text: string) => writeFileSync(path.join(dir, 'standards', 'a.md'), text);
const baselineFile = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'kvs-baseline.json'), 'utf8')) as { findings: Array<{ file: string; ruleId: string }> };

describe('kvs check --baseline', () => {
  it('writes the current findings, then reports nothing for the unchanged file and exits 0', async () => {
    const dir = project();
    const before = await check(dir);
    expect(before.code).toBe(1);
    expect(before.ruleIds.sort()).toEqual(['required-section', 'stale-reference']);

    const written = await check(dir, { baseline: 'kvs-baseline.json', writeBaseline: true });
    expect(written.code).toBe(0);
    expect(written.ruleIds).toEqual([]);
    expect(baselineFile(dir).findings.map((f) => [f.file, f.ruleId]).sort()).toEqual([
      ['standards/a.md', 'required-section'],
      ['standards/a.md', 'stale-reference'],
    ]);

    const again = await check(dir, { baseline: 'kvs-baseline.json' });
    expect(again).toMatchObject({ code: 0, ruleIds: [] });
    expect(again.stderr).toMatch(/2 kendte fund skjult af baseline kvs-baseline\.json/u);
  });

  it('reports only a new problem (exit 1), and keeps old ones hidden when lines are inserted above them', async () => {
    const dir = project();
    await check(dir, { baseline: 'kvs-baseline.json', writeBaseline: true });
    const newProblem = old.replace(/## Gavekort[\s\S]*?(?=\n## )/u, '');
    write(dir, newProblem);
    const run = await check(dir, { baseline: 'kvs-baseline.json' });
    expect(run.code).toBe(1);
    expect(run.ruleIds).toEqual(['required-section']);

    const shifted = old.replace('## Lovgrundlag', 'Et nyt afsnit.\n\nOg et til.\n\n## Lovgrundlag');
    write(dir, shifted);
    expect(await check(dir, { baseline: 'kvs-baseline.json' })).toMatchObject({ code: 0, ruleIds: [] });
    // The same under --lang en: the fingerprint does not depend on the message's language.
    expect(await check(dir, { baseline: 'kvs-baseline.json', lang: 'en' })).toMatchObject({ code: 0, ruleIds: [] });
    record({
      area: 'No data lost',
      what: 'kvs check --baseline: known findings after lines inserted above them',
      cases: 3,
      result: 'still suppressed; only the new finding reported, exit 1',
    });
  });

  it('prunes fixed findings when the baseline is written again', async () => {
    const dir = project();
    await check(dir, { baseline: 'kvs-baseline.json', writeBaseline: true });
    write(dir, old.replace('Servicestyrelsen anbefaler, at vi', 'Vi'));
    await check(dir, { baseline: 'kvs-baseline.json', writeBaseline: true });
    expect(baselineFile(dir).findings.map((f) => f.ruleId)).toEqual(['required-section']);
    // The fixed problem coming back is new again.
    write(dir, old);
    expect((await check(dir, { baseline: 'kvs-baseline.json' })).ruleIds).toEqual(['stale-reference']);
  });

  it('keeps the entries of files a partial run did not check when writing', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'standards', 'b.md'), old);
    await check(dir, { baseline: 'kvs-baseline.json', writeBaseline: true });
    expect(baselineFile(dir).findings).toHaveLength(4);
    // Only a.md checked (and fixed): b.md's entries stay.
    write(dir, complete);
    let stdout = '';
    const io = { cwd: dir, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
    await runCheck(['standards/a.md'], { format: 'json', quiet: false, jobs: '1', cache: false, asOf: '2026-06-01', baseline: 'kvs-baseline.json', writeBaseline: true }, io);
    expect(baselineFile(dir).findings.map((f) => f.file)).toEqual(['standards/b.md', 'standards/b.md']);
    expect(await check(dir, { baseline: 'kvs-baseline.json' })).toMatchObject({ code: 0, ruleIds: [] });
  });

  it('gives clear usage errors: --write-baseline alone, a missing or foreign baseline file', async () => {
    const dir = project();
    await expect(check(dir, { writeBaseline: true })).rejects.toThrow(UsageError);
    await expect(check(dir, { baseline: 'none.json' })).rejects.toThrow(/does not exist/u);
    writeFileSync(path.join(dir, 'other.json'), '{"a": 1}');
    await expect(check(dir, { baseline: 'other.json' })).rejects.toThrow(/not a baseline file/u);
    writeFileSync(path.join(dir, 'broken.json'), '{');
    await expect(check(dir, { baseline: 'broken.json' })).rejects.toThrow(UsageError);
  });

  it('tells repeated identical findings apart by a counter', () => {
    const text = complete.replace('## Gavekort', 'Servicestyrelsen og Servicestyrelsen.\n\n## Gavekort');
    const findings = checkText(text, 'a.md', { asOf: '2026-06-01' }).findings.filter((f) => f.ruleId === 'stale-reference');
    expect(findings).toHaveLength(2);
    const prints = fingerprintsOf(findings, text);
    expect(new Set(prints).size).toBe(2);
  });
});
