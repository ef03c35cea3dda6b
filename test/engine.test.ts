/**
 * Issue 14: the check engine is a library (`checkFiles`) that gives what
 * `kvs check --format json` prints, and the layers of src/ are enforced by
 * `npm run lint` (dependency-cruiser with .dependency-cruiser.cjs).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles } from '../src/index.js';
import { formatResults } from '../src/report/index.js';
import { allRuleMeta } from '../src/rules/index.js';
import { generateCorpus } from '../bench/corpus.js';
import type { FileResult } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kvsBin = join(root, 'bin', 'kvs.js');
const asOf = '2026-11-25';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cliJson(cwd: string, paths: string[]): string {
  const run = spawnSync(process.execPath, [kvsBin, 'check', ...paths, '--format', 'json', '--no-cache', '--as-of', asOf], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KVS_LANG: '' },
  });
  expect(run.status, run.stderr).not.toBe(2);
  return run.stdout;
}

async function engineJson(cwd: string, paths: string[]): Promise<string> {
  const run = await checkFiles(paths, { cwd, config: {}, root: cwd, lang: 'da', asOf, cache: false, jobs: 1 });
  return formatJson(run.results, cwd);
}

const formatJson = (results: FileResult[], cwd: string) => formatResults(results, 'json', { lang: 'da', cwd, rules: allRuleMeta(), color: false, toolVersion: '0' });

describe('checkFiles (the engine under kvs check)', () => {
  it('gives what kvs check --format json prints, on the bundled standards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-engine-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'standards'));
    for (const name of ['hjoerring-stofmisbrug.md', 'holbaek-stofmisbrug.md', 'ishoej-stofmisbrug.md', 'ringsted-stofmisbrug.md']) {
      copyFileSync(join(root, 'standards', name), join(dir, 'standards', name));
    }
    const fromEngine = await engineJson(dir, []);
    expect(JSON.parse(fromEngine)).toHaveLength(4);
    expect(fromEngine).toBe(cliJson(dir, []));
  });

  it('gives what kvs check --format json prints (in worker threads) on 50 generated standards, in order, streaming each result once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-engine-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'many'));
    for (const standard of generateCorpus({ n: 50, seed: 14 })) writeFileSync(join(dir, 'many', standard.file), standard.text);
    // One check in this thread streams the results (keepResults: false keeps none), and those results are what
    // the CLI prints: the streaming and the equality are seen in one run over the 50 files, not two.
    const seen: number[] = [];
    const streamed: FileResult[] = [];
    const run = await checkFiles(['many'], {
      cwd: dir,
      config: {},
      root: dir,
      lang: 'da',
      asOf,
      cache: false,
      jobs: 1,
      keepResults: false,
      onResult: (result, index) => {
        seen.push(index);
        streamed.push(result);
      },
    });
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(run.results).toEqual([]);
    expect(formatJson(streamed, dir)).toBe(cliJson(dir, ['many']));
    expect(run.errors).toBeGreaterThan(0);
  });
});

describe('the layers of src/ (npm run lint)', () => {
  const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
  const cruise = (cwd: string, ...options: string[]) =>
    spawnSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', ...options], { cwd, encoding: 'utf8' });

  it('passes on the project as it is', () => {
    // With npm run lint's cache (node_modules/.cache/dependency-cruiser, by content): npm test has just
    // cruised src/, and a module changed since is cruised again.
    const run = cruise(root, '--cache', '--cache-strategy', 'content');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  // The four breaches side by side in one small project, cruised once (depcruise starts slowly):
  // each must be reported as its own error, on its own file.
  const breaches: Array<[string, string, string, RegExp]> = [
    ['a model module importing the command line', 'src/model/x.ts', "import { y } from '../cli/y.js';\nexport const x = y;\n", /layer-1-points-down|nothing-imports-the-entry-points/],
    ['a rule importing the renderer', 'src/rules/x.ts', "import { y } from '../render/y.js';\nexport const x = y;\n", /layer-2-points-down/],
    ['two modules importing each other', 'src/check/x.ts', "import { z } from './z.js';\nexport const x = z;\n", /no-cycles/],
    ['a folder with no layer', 'src/misc/x.ts', "import { y } from '../cli/y.js';\nexport const x = y;\n", /every-module-has-a-layer/],
  ];
  let broken: ReturnType<typeof cruise> | undefined;
  const cruiseBroken = () => {
    if (broken) return broken;
    const dir = mkdtempSync(join(tmpdir(), 'kvs-layers-'));
    dirs.push(dir);
    copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', allowJs: false } }));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    for (const folder of ['model', 'rules', 'check', 'cli', 'render', 'misc']) mkdirSync(join(dir, 'src', folder), { recursive: true });
    writeFileSync(join(dir, 'src', 'cli', 'y.ts'), 'export const y = 1;\n');
    writeFileSync(join(dir, 'src', 'render', 'y.ts'), 'export const y = 1;\n');
    writeFileSync(join(dir, 'src', 'check', 'z.ts'), "import { x } from './x.js';\nexport const z = 1;\nexport const again = () => x;\n");
    for (const [, file, source] of breaches) writeFileSync(join(dir, file), source);
    return (broken = cruise(dir));
  };

  it.each(breaches)('fails on %s', (_, file, _source, rule) => {
    const run = cruiseBroken();
    expect(run.status).not.toBe(0);
    // "  error no-cycles: src/check/x.ts → …": the rule and the file of this breach on one line.
    expect(run.stdout + run.stderr).toMatch(new RegExp(`error (?:${rule.source}): ${file.replace(/\./g, '\\.')} →`));
  });
});
