/**
 * End-to-end tests of the `kvs` program: spawn bin/kvs.js in a fresh temp
 * folder and assert what a user or a CI pipeline notices (exit code, stdout,
 * stderr, written files). Nothing is built here: `npm test` builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleSetFor } from '../src/law/rulesets.js';

// Both packages are CommonJS; depending on the loader the default import is
// either the export itself or the module object holding it (as in report.test.ts).
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'kvs.js');
const compiledMain = path.join(root, 'dist', 'cli', 'main.js');
const complete = readFileSync(path.join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

// ---------------------------------------------------------------------------
// Running kvs

type Files = Record<string, string | Uint8Array>;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The temp folder the files were written to. */
  dir: string;
}

const tempDirs: string[] = [];

function writeFiles(dir: string, files: Files): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Runs `kvs ...args` in a fresh temp folder holding `files`; `cwd` is a sub-folder of it to run in. */
function kvs(args: string[], files: Files = {}, options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-cli-test-'));
  tempDirs.push(dir);
  writeFiles(dir, files);
  const cwd = path.join(dir, options.cwd ?? '.');
  mkdirSync(cwd, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env['KVS_LANG'];
  delete env['FORCE_COLOR'];
  if (!options.env?.['COLUMNS']) delete env['COLUMNS'];
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

/** Runs once, on first use, so several tests can look at one spawn. */
function once(run: () => Run): () => Run {
  let cached: Run | undefined;
  return () => (cached ??= run());
}

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  requirement?: string;
  law?: string;
  hint?: string;
}

interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

function parseJson(run: Run): JsonFile[] {
  try {
    return JSON.parse(run.stdout) as JsonFile[];
  } catch {
    throw new Error(`kvs did not print JSON (exit ${run.status}).\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

function fileIn(files: JsonFile[], filePath: string): JsonFile {
  const found = files.find((f) => f.filePath === filePath);
  if (!found) throw new Error(`no result for ${filePath}; got ${files.map((f) => f.filePath).join(', ')}`);
  return found;
}

const ruleIds = (file: JsonFile): string[] => file.messages.map((m) => m.ruleId);

/** Exit 2, nothing on stdout, a `kvs:`/`error:` message on stderr, and no stack trace. */
function expectUsageError(run: Run): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim()).not.toBe('');
  expect(run.stderr).not.toMatch(/^ {4}at /m);
  expect(run.stderr).not.toMatch(/Uventet fejl|Unexpected error/);
}

// ---------------------------------------------------------------------------
// Editing the complete example standard

/** Replaces one exact piece of text; throws when it is not there, so a changed fixture fails loudly. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`fixture text not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Drops the `## heading` section (heading and text) up to the next `## ` heading. */
function withoutSection(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`fixture section not found: ${heading}`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(0, start + 1) + (next === -1 ? '' : text.slice(next + 1));
}

/** Appends paragraphs (or comments) at the end of the `## heading` section. */
function addToSection(text: string, heading: string, ...blocks: string[]): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`fixture section not found: ${heading}`);
  const next = text.indexOf('\n## ', start + 1);
  const end = next === -1 ? text.length : next;
  const body = text.slice(0, end).replace(/\n+$/, '');
  return `${body}\n\n${blocks.join('\n\n')}\n${text.slice(end)}`;
}

/** 1-based line and column of the n-th (1-based) occurrence of `needle`. */
function placeOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`occurrence ${occurrence} of ${needle} not found`);
  }
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

const klageHeading = 'Information om sagsbehandling og klageadgang';
const klageLaw = 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12';
const noKlage = withoutSection(complete, klageHeading);
const noGavekort = withoutSection(complete, 'Gavekort');
const titleLine = placeOf(complete, '# Kvalitetsstandard for social').line;

// Paragraphs of 8+ words, long enough to count as duplicates.
const dupA = 'Vi ringer altid til dig inden for to hverdage efter din henvendelse.';
const dupB = 'Alle samtaler foregår i rolige lokaler, hvor ingen andre kan høre med.';
/** One warning (duplicate-paragraph) and nothing else. */
const withDuplicate = addToSection(addToSection(complete, 'Visitationsproceduren', dupA), 'Behandlingsgaranti', dupA);
/** One error (klageadgang missing) and two warnings (duplicate paragraph, fremtid missing). */
const mixed = withoutSection(addToSection(addToSection(noKlage, 'Visitationsproceduren', dupA), 'Frit valg', dupA), 'Den fremtidige indsats');

const asOf = ['--as-of', '2026-01-01'];

beforeAll(() => {
  if (!existsSync(compiledMain)) {
    throw new Error(`${path.relative(root, compiledMain)} is missing: run \`npm run build\` before these tests (\`npm test\` does).`);
  }
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------

describe('exit codes', () => {
  it('0 for the complete example standard', () => {
    const run = kvs(['check', 'complete.md'], { 'complete.md': complete });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('✔ Ingen problemer i 1 fil\n');
    expect(run.stderr).toBe('');
  });

  it('1 when a required section is missing, with a Danish message naming the topic and the law', () => {
    // By default in a 100-column log, without the internal key; --verbose (one line per finding in 400 columns) shows it.
    const plain = kvs(['check', 'standard.md', ...asOf], { 'standard.md': noKlage });
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('(klageadgang)');
    expect(Math.max(...plain.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    const run = kvs(['check', 'standard.md', ...asOf, '--verbose'], { 'standard.md': noKlage }, { env: { COLUMNS: '400' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('standard.md');
    const line = run.stdout.split('\n').find((l) => l.endsWith(' required-section'));
    expect(line).toMatch(/^ +\d+:\d+ +fejl +Afsnittet om .*\(klageadgang\) mangler\./);
    expect(line).toContain(klageLaw);
    expect(run.stdout).toContain('✖ 1 problem (1 fejl, 0 advarsler)');
    expect(run.stderr).not.toMatch(/^ {4}at /m);
  });

  it('1 with the message in English under --lang en', () => {
    const run = kvs(['check', 'standard.md', ...asOf, '--lang', 'en', '--verbose'], { 'standard.md': noKlage }, { env: { COLUMNS: '400' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^ +\d+:\d+ +error +The section on .*\(klageadgang\) is missing\. It is required by Executive order no\. 1477/m);
    expect(run.stdout).not.toContain(klageLaw);
    expect(run.stdout).not.toContain('Afsnittet');
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('2 for an unknown option', () => {
    const run = kvs(['check', '--bogus', 'complete.md'], { 'complete.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('--bogus');
  });

  it('2 for an unknown --format, naming the formats there are', () => {
    const run = kvs(['check', '--format', 'xml', 'complete.md'], { 'complete.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('"xml"');
    expect(run.stderr).toContain('stylish, json, sarif, github, junit');
  });

  it('2 for an --as-of that is not a real date', () => {
    const run = kvs(['check', '--as-of', '2026-13-40', 'complete.md'], { 'complete.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('2026-13-40');
  });

  it('2 for an --as-of before the earliest rule set, naming when that set begins', () => {
    const run = kvs(['check', '--as-of', '2010-01-01', 'complete.md'], { 'complete.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('2014-09-08');
  });

  it('2 for a kvs.config.json that is not JSON', () => {
    const run = kvs(['check', 'complete.md'], { 'complete.md': complete, 'kvs.config.json': '{ "rules": ' });
    expectUsageError(run);
    expect(run.stderr).toContain('kvs.config.json');
    expect(run.stderr).toContain('JSON');
  });

  it('2 for a kvs.config.json naming an unknown rule', () => {
    const config = JSON.stringify({ rules: { 'duplicate-paragraf': 'off' } });
    const run = kvs(['check', 'complete.md'], { 'complete.md': complete, 'kvs.config.json': config });
    expectUsageError(run);
    expect(run.stderr).toContain('duplicate-paragraf');
  });

  it('2 for an --output-file that cannot be written (here: a folder)', () => {
    const run = kvs(['check', 'complete.md', '--format', 'sarif', '--output-file', 'rapporter'], {
      'complete.md': complete,
      'rapporter/README.md': 'Rapporter fra kvs.',
    });
    expectUsageError(run);
    expect(run.stderr).toContain('rapporter');
  });

  it('2 for a path that matches nothing', () => {
    const run = kvs(['check', 'standarder/*.md'], { 'complete.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('standarder/*.md');
  });
});

describe('--as-of picks the rule set', () => {
  const gavekort = (run: Run) => parseJson(run).flatMap((f) => f.messages.filter((m) => m.requirement === 'gavekort'));

  it('2019-06-01: gift cards were not yet required', () => {
    const run = kvs(['check', 'standard.md', '--format', 'json', '--as-of', '2019-06-01'], { 'standard.md': noGavekort });
    expect(gavekort(run)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('2026-01-01: exactly one finding for the missing gift-card section, in ESLint JSON', () => {
    const run = kvs(['check', 'standard.md', '--format', 'json', ...asOf], { 'standard.md': noGavekort });
    expect(run.status).toBe(1);
    const files = parseJson(run);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ filePath: 'standard.md', errorCount: 1, warningCount: 0 });
    expect(gavekort(run)).toHaveLength(1);
    expect(files[0]?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'required-section',
        severity: 2,
        requirement: 'gavekort',
        law: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 15',
        line: titleLine,
        column: 1,
      }),
    ]);
  });
});

describe('machine formats', () => {
  const mixedJson = once(() => kvs(['check', 'standard.md', '--format', 'json', ...asOf], { 'standard.md': mixed }));

  it('json counts the errors and warnings', () => {
    const run = mixedJson();
    expect(run.status).toBe(1);
    const [file] = parseJson(run);
    expect(file).toMatchObject({ errorCount: 1, warningCount: 2 });
    expect(ruleIds(file!).sort()).toEqual(['duplicate-paragraph', 'required-section', 'required-section']);
  });

  it('github: exactly one ::error/::warning line per finding', () => {
    const run = kvs(['check', 'standard.md', '--format', 'github', ...asOf], { 'standard.md': mixed });
    expect(run.status).toBe(1);
    const [file] = parseJson(mixedJson());
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(file!.messages.length);
    expect(lines.filter((line) => line.startsWith('::error file=standard.md,'))).toHaveLength(file!.errorCount);
    expect(lines.filter((line) => line.startsWith('::warning file=standard.md,'))).toHaveLength(file!.warningCount);
  });

  it('sarif --output-file: writes a schema-valid log and still prints the summary', () => {
    const run = kvs(['check', 'standard.md', '--format', 'sarif', '--output-file', 'out.sarif', ...asOf], {
      'standard.md': mixed,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✖ 3 problemer (1 fejl, 2 advarsler)');
    expect(run.stdout).toContain('required-section');
    expect(run.stderr).toContain('out.sarif');

    const target = path.join(run.dir, 'out.sarif');
    expect(existsSync(target)).toBe(true);
    const log = JSON.parse(readFileSync(target, 'utf8')) as { runs: Array<{ results: unknown[] }> };
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const schemaPath = path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const valid = validate(log);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0]?.results).toHaveLength(parseJson(mixedJson())[0]!.messages.length);
  });
});

describe('warnings', () => {
  it('are shown but do not fail the run by default', () => {
    const run = kvs(['check', 'standard.md', ...asOf], { 'standard.md': withDuplicate });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/advarsel .*duplicate-paragraph$/m);
    expect(run.stdout).toContain('✖ 1 problem (0 fejl, 1 advarsel)');
  });

  it('--quiet hides them', () => {
    const run = kvs(['check', 'standard.md', '--quiet', ...asOf], { 'standard.md': withDuplicate });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('duplicate-paragraph');
    expect(run.stdout).not.toContain('advarsel');
  });

  it('--max-warnings 0 turns them into exit 1, and says why', () => {
    const run = kvs(['check', 'standard.md', '--max-warnings', '0', ...asOf], { 'standard.md': withDuplicate });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('duplicate-paragraph');
    expect(run.stderr).toContain('--max-warnings');
  });

  it('--quiet --max-warnings 0: hidden warnings still count, and stderr says so', () => {
    const run = kvs(['check', 'standard.md', '--quiet', '--max-warnings', '0', ...asOf], { 'standard.md': withDuplicate });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('duplicate-paragraph');
    expect(run.stderr).toMatch(/advarsler: 1\b.*--max-warnings/);
  });
});

describe('which files are checked', () => {
  const tree: Files = {
    'std/a.md': complete,
    'std/sub/b.md': noKlage,
    'std/notes.txt': 'ikke en standard',
  };

  it('a folder: every .md below it', () => {
    const run = kvs(['check', 'std', '--format', 'json', ...asOf], tree);
    expect(run.status).toBe(1);
    const files = parseJson(run);
    expect(files.map((f) => f.filePath)).toEqual(['std/a.md', 'std/sub/b.md']);
    expect(fileIn(files, 'std/a.md').messages).toEqual([]);
    expect(fileIn(files, 'std/sub/b.md').messages.map((m) => m.requirement)).toEqual(['klageadgang']);
  });

  it('a glob', () => {
    const run = kvs(['check', 'std/**/b*.md', '--format', 'json', ...asOf], tree);
    expect(run.status).toBe(1);
    expect(parseJson(run).map((f) => f.filePath)).toEqual(['std/sub/b.md']);
  });

  it('a binary x.md is an unreadable-file error, and the other files are still checked', () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0xff]);
    const run = kvs(['check', '.', '--format', 'json', ...asOf], { 'x.md': binary, 'a.md': complete, 'b.md': noKlage });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    const files = parseJson(run);
    expect(files.map((f) => f.filePath)).toEqual(['a.md', 'b.md', 'x.md']);
    expect(fileIn(files, 'x.md').messages).toEqual([
      expect.objectContaining({ ruleId: 'unreadable-file', severity: 2, line: 1, column: 1 }),
    ]);
    expect(fileIn(files, 'a.md').messages).toEqual([]);
    expect(ruleIds(fileIn(files, 'b.md'))).toEqual(['required-section']);
  });

  it('no path: standards/ in the working folder', () => {
    const run = kvs(['check', '--format', 'json', ...asOf], { 'standards/holbaek.md': noKlage, 'andet.md': noKlage });
    expect(run.status).toBe(1);
    expect(parseJson(run).map((f) => f.filePath)).toEqual(['standards/holbaek.md']);
  });

  it('no path and no standards/: exit 2 with a clear message', () => {
    const run = kvs(['check'], { 'andet.md': complete });
    expectUsageError(run);
    expect(run.stderr).toContain('standards/');
    expect(run.stderr).toContain('kvs check');
  });
});

describe('kvs.config.json, found upward', () => {
  it('rules: switches a rule off', () => {
    const config = JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } });
    const run = kvs(['check', 'standard.md', '--format', 'json', ...asOf], {
      'kvs.config.json': config,
      'kommune/standard.md': withDuplicate,
    }, { cwd: 'kommune' });
    expect(run.status).toBe(0);
    expect(parseJson(run)[0]?.messages).toEqual([]);
  });

  it('lang: gives the messages in that language when --lang does not say otherwise', () => {
    const run = kvs(['check', 'standard.md', ...asOf, '--verbose'], {
      'kvs.config.json': JSON.stringify({ lang: 'en' }),
      'kommune/standard.md': noKlage,
    }, { cwd: 'kommune', env: { COLUMNS: '400' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('(klageadgang) is missing');
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  // Not "Sådan klager du over os": the catalogue already knows "Sådan klager du", and
  // a heading that starts with a known wording counts, so that one proves nothing.
  // A heading that names no topic: the text under it makes klageadgang only 'probably' covered (issue 18).
  const ownHeading = 'Andre forhold';
  const renamed = edit(complete, `## ${klageHeading}\n`, `## ${ownHeading}\n`);

  it('a heading the law does not know does not count without the config: the topic is only probably there (a warning)', () => {
    const run = kvs(['check', 'standard.md', '--format', 'json', ...asOf], { 'standard.md': renamed });
    expect(run.status).toBe(0);
    expect(parseJson(run)[0]?.messages.map((m) => [m.requirement, m.severity])).toEqual([['klageadgang', 1]]);
  });

  it('headings: makes that heading count for the requirement', () => {
    const config = JSON.stringify({ headings: { klageadgang: [ownHeading] } });
    const run = kvs(['check', 'standard.md', '--format', 'json', ...asOf], {
      'kvs.config.json': config,
      'kommune/standard.md': renamed,
    }, { cwd: 'kommune' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(parseJson(run)[0]?.messages).toEqual([]);
  });
});

describe('comments in the standard', () => {
  const nextLine = addToSection(
    addToSection(complete, 'Visitationsproceduren', dupA, dupB),
    'Behandlingsgaranti',
    `<!-- kvs-disable-next-line duplicate-paragraph -->\n${dupA}`,
    // Names another rule: must not switch duplicate-paragraph off.
    `<!-- kvs-disable-next-line tracked-change -->\n${dupB}`,
  );
  const section = addToSection(
    addToSection(addToSection(complete, 'Visitationsproceduren', dupA, dupB), 'Behandlingsgaranti', '<!-- kvs-disable-section duplicate-paragraph -->', dupA),
    'Frit valg',
    dupB,
  );
  const file = edit(
    addToSection(addToSection(noKlage, 'Visitationsproceduren', dupA), 'Frit valg', dupA),
    '# Kvalitetsstandard for social behandling af stofmisbrug\n',
    '# Kvalitetsstandard for social behandling af stofmisbrug\n\n<!-- kvs-disable-file duplicate-paragraph -->\n',
  );
  const typo = addToSection(
    addToSection(complete, 'Visitationsproceduren', dupA),
    'Behandlingsgaranti',
    `<!-- kvs-disable-next-line duplicate-paragrph -->\n${dupA}`,
  );
  const belonning = edit(complete, '## Gavekort\n', '## Om belønning\n');
  const marked = edit(complete, '## Gavekort\n', '## Om belønning\n\n<!-- kvs-krav: gavekort -->\n');
  const run = once(() =>
    kvs(['check', '.', '--format', 'json', ...asOf], {
      'next-line.md': nextLine,
      'section.md': section,
      'file.md': file,
      'typo.md': typo,
      'belonning.md': belonning,
      'marked.md': marked,
    }),
  );
  const result = (name: string) => fileIn(parseJson(run()), name);

  it('kvs-disable-next-line switches off only the named rule, on the next line', () => {
    const messages = result('next-line.md').messages;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicate-paragraph', placeOf(nextLine, dupB, 2).line]]);
  });

  it('kvs-disable-section switches the rule off in its section only', () => {
    const messages = result('section.md').messages;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicate-paragraph', placeOf(section, dupB, 2).line]]);
  });

  it('kvs-disable-file switches the rule off in the whole file, and nothing else', () => {
    expect(result('file.md').messages.map((m) => [m.ruleId, m.requirement])).toEqual([['required-section', 'klageadgang']]);
  });

  it('a misspelt rule name is an invalid-directive warning with a "Mente du" hint, and switches nothing off', () => {
    const messages = result('typo.md').messages;
    expect(ruleIds(result('typo.md')).sort()).toEqual(['duplicate-paragraph', 'invalid-directive']);
    const invalid = messages.find((m) => m.ruleId === 'invalid-directive');
    expect(invalid).toMatchObject({ severity: 1, line: placeOf(typo, '<!-- kvs-disable-next-line').line });
    expect(invalid?.message).toContain('Mente du "duplicate-paragraph"');
  });

  it('kvs-krav makes a section with another heading cover a requirement', () => {
    expect(result('belonning.md').messages.map((m) => m.requirement)).toEqual(['gavekort']);
    expect(result('marked.md').messages).toEqual([]);
  });
});

describe('tracked changes', () => {
  const changed = edit(complete, 'dit misbrug eller mindsker det.', 'dit misbrug {--gammel tekst--}eller mindsker det.');

  it('are an error, at the change, in an adopted standard, but not in a draft', () => {
    const draft = edit(changed, 'status: vedtaget', 'status: udkast');
    const run = kvs(['check', 'vedtaget.md', 'udkast.md', '--format', 'json', ...asOf], {
      'vedtaget.md': changed,
      'udkast.md': draft,
    });
    expect(run.status).toBe(1);
    const files = parseJson(run);
    expect(fileIn(files, 'vedtaget.md').messages).toEqual([
      expect.objectContaining({ ruleId: 'tracked-change', severity: 2, ...placeOf(changed, '{--gammel tekst--}') }),
    ]);
    expect(fileIn(files, 'vedtaget.md').messages[0]?.message).toContain('gammel tekst');
    expect(fileIn(files, 'udkast.md').messages).toEqual([]);
  });
});

describe('kvs rules', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('lists the rule set in force with every requirement key', () => {
    const run = kvs(['rules']);
    expect(run.status).toBe(0);
    const set = ruleSetFor(today);
    expect(run.stdout.split('\n')[0]).toContain(set.id);
    for (const requirement of set.requirements) expect(run.stdout).toMatch(new RegExp(`^  ${requirement.key} +(fejl|advarsel) `, 'm'));
    expect(run.stdout).toMatch(/^ {2}gavekort /m);
  });

  it('--as-of 2019-06-01 gives the older set, without gift cards', () => {
    const run = kvs(['rules', '--as-of', '2019-06-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(ruleSetFor('2019-06-01').id);
    expect(run.stdout).toMatch(/^ {2}klageadgang /m);
    expect(run.stdout).not.toContain('gavekort');
  });
});

describe('help and version', () => {
  // Commander's own English words must not leak into the Danish help.
  const english = /Usage:|Options:|Commands:|Arguments:|default:|choices:/;

  it('kvs --help is Danish by default', () => {
    const run = kvs(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('vis hjælp');
    expect(run.stdout).toContain('tjek standarder mod lovens krav');
    expect(run.stdout).not.toMatch(english);
  });

  it('kvs --help --lang en is English', () => {
    const run = kvs(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: kvs');
    expect(run.stdout).toContain('show help');
    expect(run.stdout).toContain('check standards against the law');
    expect(run.stdout).not.toContain('vis hjælp');
  });

  it('kvs check --help is Danish by default', () => {
    const run = kvs(['check', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('kvs check');
    expect(run.stdout).toContain('--max-warnings');
    expect(run.stdout).toContain('vis kun fejl, ikke advarsler');
    expect(run.stdout).not.toMatch(english);
  });

  it('kvs check --help --lang en is English', () => {
    const run = kvs(['check', '--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: kvs check');
    expect(run.stdout).toContain('report errors only, not warnings');
    expect(run.stdout).not.toContain('vis kun fejl');
  });

  it('kvs --version prints the version from package.json', () => {
    const run = kvs(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });
});
