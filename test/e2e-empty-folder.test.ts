/**
 * From an empty folder to a published PDF, the way a kommune adopts the tool:
 * the package is packed with `npm pack`, installed from the tarball into a new
 * project, and every step runs through `npx kvs` there — init, new, check,
 * build, export --docx — plus remark-cli with the .remarkrc.mjs that `kvs init`
 * writes; and npm prints no engine warning installing it.
 * Nothing is built here: `npm test` builds dist/ first, and the tarball holds it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../src/model/standard.js';
import { ruleSetFor } from '../src/law/rulesets.js';
import { today } from '../src/check/dates.js';
import { scaffoldFiles } from '../src/scaffold/files.js';
import { pdfPages } from './helpers/pdf.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const windows = process.platform === 'win32';
let temp: string;
let project: string;
/** What npm printed installing the tarball. */
let installOutput: string;

/** Runs a program; npm and npx are .cmd files on Windows, which only a shell starts. */
function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  delete env['KVS_LANG'];
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: windows, timeout: 90_000 });
}

/** `npx kvs …` in the project, as a user types it. */
const kvs = (...args: string[]) => run('npx', ['kvs', ...args], project);
/**
 * The installed bin without npx's start-up (about 1 s of CPU a run), for the repeated runs: `npx kvs`
 * (init, new) and `npx --no -- kvs` (the CI workflow's first step) each run through npx at least once.
 */
const installedKvs = (...args: string[]) => run(process.execPath, [path.join(project, 'node_modules', 'kvalitetsstandard', 'bin', 'kvs.js'), ...args], project);

function ok(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; line: number; column: number }>;
}

const findingsOf = (result: SpawnSyncReturns<string>) => JSON.parse(result.stdout) as JsonResult[];

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli', 'init.js'))) {
    throw new Error('dist/ is missing or old: run `npm run build` first (npm test does).');
  }
  temp = mkdtempSync(path.join(os.tmpdir(), 'kvs-e2e-'));
  // dist/ is built already, so packing need not run `prepare` again.
  const packed = ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], root), 'npm pack');
  const tarball = path.join(temp, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  project = path.join(temp, 'kommune');
  mkdirSync(project);
  ok(run('npm', ['init', '-y'], project), 'npm init');
  // The dependencies come from the npm cache (filled by `npm ci`); no network needed.
  let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
  if (install.status !== 0) install = ok(run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project), 'npm install');
  installOutput = `${install.stdout}\n${install.stderr}`;
}, 180_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Every file kvs init writes, with its bytes and modification time. */
function snapshot(): Record<string, { text: string; mtime: number }> {
  return Object.fromEntries(
    scaffoldFiles.map((file) => {
      const full = path.join(project, file.target);
      return [file.target, { text: readFileSync(full, 'utf8'), mtime: statSync(full).mtimeMs }];
    }),
  );
}

/** The text under the section about `key` in a standard, from its first block to its last. */
function bodyOf(text: string, key: string): string {
  const section = buildStandard(text).sections.find((s) => s.requirements.includes(key));
  const blocks = section?.content.children.filter((node) => node.type !== 'html') ?? [];
  if (blocks.length === 0) throw new Error(`no text about ${key}`);
  return text.slice(blocks[0]!.position!.start.offset, blocks.at(-1)!.position!.end.offset);
}

describe('from an empty folder to a published PDF, with the toolkit installed from its tarball', () => {
  const file = 'standards/testby-stofmisbrug.md';
  const required = ruleSetFor(today()).requirements;

  it('npm install gives no engine warning on this Node (docx and its nanoid 6 are bundled in dist/), and Word export works without docx installed', () => {
    expect(installOutput).toMatch(/added \d+ packages?/u);
    expect(installOutput).not.toMatch(/EBADENGINE|Unsupported engine/iu);
    expect(existsSync(path.join(project, 'node_modules', 'docx'))).toBe(false);
    mkdirSync(path.join(project, 'word'));
    copyFileSync(path.join(root, 'standards', 'holbaek-stofmisbrug.md'), path.join(project, 'word', 'holbaek.md'));
    ok(installedKvs('export', '--docx', 'word/holbaek.md'), 'kvs export --docx');
    const docx = readFileSync(path.join(project, 'word', 'holbaek.docx'));
    // A zip (PK) holding the Word body.
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.includes('word/document.xml')).toBe(true);
  });

  it('kvs init writes the set-up; run again, it changes nothing and says so', () => {
    const first = ok(kvs('init'), 'kvs init');
    for (const target of scaffoldFiles.map((f) => f.target)) {
      expect(existsSync(path.join(project, target)), target).toBe(true);
      expect(first.stdout).toContain(target);
    }
    // The project has package.json with the toolkit in it: no install advice.
    expect(first.stdout).not.toContain('npm install');
    expect(first.stdout).toContain('npx kvs new --kommune');
    const before = snapshot();

    const second = ok(installedKvs('init'), 'kvs init again');
    expect(second.stdout).toContain('Intet ændret: alle filer fandtes allerede.');
    expect(second.stdout).toContain('Findes allerede — ikke ændret:');
    expect(second.stdout).not.toContain('Skrev:');
    expect(snapshot()).toEqual(before);
  });

  it('kvs new writes a standard that fails kvs check with one empty-section per required section and nothing else', () => {
    const created = ok(kvs('new', '--kommune', 'Testby'), 'kvs new');
    expect(created.stdout).toContain(`Skrev ${file}`);
    const text = readFileSync(path.join(project, file), 'utf8');

    const check = installedKvs('check', '--format', 'json');
    expect(check.status, check.stderr).toBe(1);
    const [result, ...others] = findingsOf(check);
    expect(others).toEqual([]);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(required.map(() => 'empty-section'));
    // One per section heading, in the law's order.
    const headingLines = text.split('\n').flatMap((line, index) => (line.startsWith('## ') ? [index + 1] : []));
    expect(result!.messages.map((m) => m.line)).toEqual(headingLines);

    // The tool's own file is in its own fixed style.
    expect(installedKvs('fmt', '--check').status).toBe(0);

    // Run twice, kvs new refuses to overwrite.
    const again = installedKvs('new', '--kommune', 'Testby');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('findes allerede');
    expect(readFileSync(path.join(project, file), 'utf8')).toBe(text);
  });

  it('with every section written, the CI steps check clean and kvs build publishes the leaflet and the PDF', () => {
    const target = path.join(project, file);
    const text = readFileSync(target, 'utf8');
    const complete = readFileSync(path.join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
    // Write each section below its guidance comment, last first so earlier offsets stay put.
    const sections = buildStandard(text).sections.filter((s) => s.requirements.length > 0);
    expect(sections.map((s) => s.requirements[0])).toEqual(required.map((r) => r.key));
    let written = text;
    for (const section of [...sections].reverse()) {
      const end = section.content.children.at(-1)!.position!.end.offset!;
      written = `${written.slice(0, end)}\n\n${bodyOf(complete, section.requirements[0]!)}${written.slice(end)}`;
    }
    writeFileSync(target, written);

    // The CI workflow's own kvs steps: a clean check as annotations and to SARIF, then the build; ci/kvs.sh has the same SARIF check and build.
    const workflow = readFileSync(path.join(project, '.github', 'workflows', 'kvalitetsstandard.yml'), 'utf8');
    const steps = [...workflow.matchAll(/run: (npx .+)$/gm)].map((m) => m[1]!.trim());
    expect(steps).toEqual(['npx --no -- kvs check --format github', 'npx --no -- kvs check --format sarif -o kvs.sarif', 'npx --no -- kvs build']);
    const script = readFileSync(path.join(project, 'ci', 'kvs.sh'), 'utf8');
    expect([...script.matchAll(/^(npx .+)$/gm)].map((m) => m[1]!.trim())).toEqual(steps.slice(1));
    // kvs init --ci gitlab in this set-up project adds only .gitlab-ci.yml; its commands run too.
    const gitlab = ok(installedKvs('init', '--ci', 'gitlab'), 'kvs init --ci gitlab');
    expect(gitlab.stdout).toMatch(/Skrev:\n {2}\.gitlab-ci\.yml\n\n/u);
    const gitlabSteps = [...readFileSync(path.join(project, '.gitlab-ci.yml'), 'utf8').matchAll(/^ {4}- (npx .+)$/gm)].map((m) => m[1]!.trim());
    expect(gitlabSteps).toEqual(['npx --no -- kvs check --format junit -o kvs-junit.xml', 'npx --no -- kvs build']);
    // The first step as CI types it, through npx; the others with the same arguments through the installed bin.
    const npxKvs = ['npx', '--no', '--', 'kvs'];
    for (const [index, step] of [...steps, gitlabSteps[0]!].entries()) {
      const words = step.split(' ');
      expect(words.slice(0, npxKvs.length), step).toEqual(npxKvs);
      if (index === 0) ok(run(words[0]!, words.slice(1), project), step);
      else ok(installedKvs(...words.slice(npxKvs.length)), step);
    }
    expect(readFileSync(path.join(project, 'kvs-junit.xml'), 'utf8')).toMatch(/^<\?xml [\s\S]*<testsuites[\s\S]* failures="0"/u);
    const sarif = JSON.parse(readFileSync(path.join(project, 'kvs.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]!.results).toEqual([]);

    const out = path.join(project, 'output', 'testby-stofmisbrug');
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('Testby');
    const pdfText = pdfPages(path.join(out, 'testby-stofmisbrug.pdf')).join('\n');
    expect(pdfText).toContain('Testby');
    // The guidance comments are for the writer only: never published.
    for (const published of [html, pdfText]) {
      expect(published).not.toContain('Vejledning:');
      expect(published).not.toContain('UDFYLD');
    }
  });

  it('remark-cli with the .remarkrc.mjs from kvs init reports the same findings as kvs check on a bundled standard', () => {
    mkdirSync(path.join(project, 'review'));
    const standard = 'review/ringsted-stofmisbrug.md';
    copyFileSync(path.join(root, 'test', 'golden', 'ringsted-stofmisbrug.md'), path.join(project, standard));

    const remark = run(
      process.execPath,
      [path.join(root, 'node_modules', 'remark-cli', 'cli.js'), '--rc-path', '.remarkrc.mjs', '--no-color', '--no-stdout', standard],
      project,
    );
    // vfile-reporter: "  7:9-7:19  error  message  rule-id  kvs"
    const fromRemark = remark.stderr
      .split('\n')
      .flatMap((line) => {
        const match = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(error|warning)\s.*\s(\S+)\s+kvs\s*$/.exec(line);
        return match ? [`${match[1]}:${match[2]} ${match[3]} ${match[4]}`] : [];
      });
    const check = installedKvs('check', standard, '--format', 'json');
    const fromCheck = findingsOf(check)[0]!.messages.map(
      (m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}`,
    );
    expect(fromCheck.length).toBeGreaterThan(5);
    expect(fromRemark).toEqual(fromCheck);
    // Errors make remark fail, as they make kvs check fail.
    expect(remark.status).toBe(1);
    expect(check.status).toBe(1);
    expect(readdirSync(path.join(project, 'review'))).toEqual(['ringsted-stofmisbrug.md']);
  });
});
