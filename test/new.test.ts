/**
 * `kvs new` and `kvs init` in-process: the template comes from the rule data,
 * fails the check with exactly one empty-section per required section, checks
 * clean once each section holds its own example wording, and neither command
 * ever overwrites a file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkText } from '../src/check/check.js';
import { buildStandard } from '../src/model/standard.js';
import { headingMatcher } from '../src/model/headings.js';
import { requirementCatalogue } from '../src/law/catalogue.js';
import { ruleSets } from '../src/law/rulesets.js';
import { UsageError } from '../src/errors.js';
import type { RuleSet } from '../src/types.js';
import { newStandardText, fillMark } from '../src/scaffold/new-standard.js';
import { initProject } from '../src/scaffold/init.js';
import { scaffoldFiles } from '../src/scaffold/files.js';
import { runNew } from '../src/cli/new.js';
import { runInit } from '../src/cli/init.js';
import { formatMarkdown } from '../src/fmt/format.js';
import { record } from './helpers/ledger.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-new-test-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The new standard with each section's example wording from the rule data under its guidance. */
function withExamples(text: string, ruleSet: RuleSet): string {
  let filled = text;
  for (const section of [...buildStandard(text).sections].reverse()) {
    const requirement = ruleSet.requirements.find((r) => r.key === section.requirements[0]);
    if (!requirement) continue;
    const end = section.content.children.at(-1)!.position!.end.offset!;
    filled = `${filled.slice(0, end)}\n\n${requirement.example.da}${filled.slice(end)}`;
  }
  return filled;
}

/** As a writer fills it in following its own comments: the examples, the commented-out keys uncommented, status vedtaget. */
function fillIn(text: string, ruleSet: RuleSet): string {
  const filled = withExamples(text, ruleSet);
  const end = filled.indexOf('\n---\n', 4);
  // In the front-matter, every commented-out key loses its "# "; the UDFYLD notes stay.
  const frontMatter = filled.slice(0, end).replace(/^(\s*)# (?!UDFYLD)/gm, '$1').replace('status: udkast', 'status: vedtaget');
  return frontMatter + filled.slice(end);
}

/** Each rule set, checked on a date it is in force. */
const sets = ruleSets().map((ruleSet) => ({ ruleSet, asOf: ruleSet.inForce }));

describe('the new standard', () => {
  it.each(sets.map((s) => [s.ruleSet.id, s] as const))('%s: one empty-section per required section at its heading, nothing else', (_id, { ruleSet, asOf }) => {
    const text = newStandardText({ kommune: 'Testby', asOf, ruleSet });
    const findings = checkText(text, 'testby-stofmisbrug.md', { asOf }).findings;
    expect(findings.map((f) => [f.ruleId, f.requirement])).toEqual(ruleSet.requirements.map((r) => ['empty-section', r.key]));
    const lines = text.split('\n');
    for (const finding of findings) {
      const requirement = ruleSet.requirements.find((r) => r.key === finding.requirement)!;
      expect(lines[finding.position.start.line - 1]).toMatch(/^## /);
      // The help, the law and the example are the rule data's own words, in the comment below the heading.
      const below = lines.slice(finding.position.start.line, finding.position.start.line + 10).join('\n');
      expect(below).toContain(`Vejledning: ${requirement.help.da}`);
      expect(below).toContain(`Lovkrav: ${requirement.law.da}`);
      expect(below).toContain(`Eksempel: "${requirement.example.da}"`);
    }
  });

  it('each heading is recognised as its own requirement only; a title the check does not know gets a kvs-krav marker', () => {
    const matcher = headingMatcher(requirementCatalogue());
    for (const { ruleSet, asOf } of sets) {
      const standard = buildStandard(newStandardText({ kommune: 'Testby', asOf, ruleSet }));
      const covered = standard.sections.filter((s) => s.depth === 2);
      expect(covered.map((s) => s.requirements)).toEqual(ruleSet.requirements.map((r) => [r.key]));
      for (const section of covered) {
        const key = section.requirements[0]!;
        expect(matcher.match(section.heading).every((k) => k === key), section.heading).toBe(true);
        expect(section.matchedBy[key]).toBe(matcher.match(section.heading).includes(key) ? 'heading' : 'marker');
      }
    }
  });

  it('checks clean once every section holds the example wording from the rule data', () => {
    for (const { ruleSet, asOf } of sets) {
      const filled = withExamples(newStandardText({ kommune: 'Testby', asOf, ruleSet }), ruleSet);
      expect(checkText(filled, 'testby-stofmisbrug.md', { asOf }).findings, ruleSet.id).toEqual([]);
    }
  });

  it('is in kvs fmt\'s fixed style untouched, and still once the writer fills it in as its comments say', () => {
    for (const { ruleSet, asOf } of sets) {
      const text = newStandardText({ kommune: 'Testby', asOf, ruleSet });
      expect(formatMarkdown(text), ruleSet.id).toMatchObject({ ok: true, changed: false });
      const filled = fillIn(text, ruleSet);
      expect(buildStandard(filled).frontMatter!.data!).toMatchObject({ status: 'vedtaget', godkendt: { af: 'Kommunalbestyrelsen' } });
      expect(formatMarkdown(filled), ruleSet.id).toMatchObject({ ok: true, changed: false });
    }
  });

  it('front-matter: the required keys are filled in, dates are YYYY-MM-DD, and what only the writer knows is commented out and marked', () => {
    const { ruleSet } = sets.at(-1)!;
    const text = newStandardText({ kommune: 'Hjørring', title: 'Kvalitetsstandard 2026', asOf: '2024-02-29', ruleSet });
    const data = buildStandard(text).frontMatter!.data!;
    expect(data).toEqual({
      kommune: 'Hjørring',
      titel: 'Kvalitetsstandard 2026',
      omraade: 'SEL § 101',
      lovgrundlag: ['Serviceloven § 101'],
      revision: { interval_aar: 2 },
      status: 'udkast',
    });
    expect(text).toContain('#   dato: 2024-02-29');
    expect(text).toContain('  # dato: 2026-02-28');
    expect(text).toContain('#     email: rusmiddelcenter@hjoerring.dk');
    expect(text.match(new RegExp(fillMark, 'g'))?.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('# Kvalitetsstandard 2026\n');
  });

  it('any kommune name survives into the front-matter as written, and the file still has only empty-section findings', () => {
    const { ruleSet, asOf } = sets.at(-1)!;
    const name = fc
      .string({ unit: fc.constantFrom(...'abcæøå ÆØÅ-:#\'"[]{}&*!|>%@,?`~\\/<'.split('')), minLength: 1, maxLength: 30 })
      .map((s) => `X${s}`.trim());
    let runs = 0;
    fc.assert(
      fc.property(name, (kommune) => {
        runs++;
        const text = newStandardText({ kommune, asOf, ruleSet });
        const result = checkText(text, 'x.md', { asOf });
        expect(buildStandard(text).frontMatter!.data!['kommune']).toBe(kommune);
        expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['empty-section']));
      }),
      { numRuns: 40 },
    );
    record({
      area: 'Any input',
      what: 'kvs new with kommune names full of YAML and Markdown punctuation',
      cases: runs,
      result: 'front-matter reads back the name as given; only empty-section findings',
    });
  });
});

describe('kvs new and kvs init on the command line (in-process)', () => {
  let output: string;
  beforeEach(() => {
    output = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const usage = (fn: () => unknown): UsageError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof UsageError) return error;
      throw error;
    }
    throw new Error('expected a UsageError');
  };

  it('kvs new refuses bad input with a message in both languages', () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.md');
    expect(usage(() => runNew({ out })).localized.da).toContain('--kommune');
    expect(usage(() => runNew({ kommune: '   ', out })).localized.en).toContain('--kommune');
    expect(usage(() => runNew({ kommune: 'Ny\nlinje', out })).localized.da).toContain('én linje');
    expect(usage(() => runNew({ kommune: 'Testby', asOf: '2026-02-30', out })).localized.da).toContain('--as-of');
    expect(usage(() => runNew({ kommune: 'Testby', asOf: '2010-01-01', out })).localized.da).toContain('ældste regelsæt');
    expect(usage(() => runNew({ kommune: 'Testby', out: path.join(dir, 'a.txt') })).localized.da).toContain('.md');
    expect(existsSync(out)).toBe(false);
  });

  it('kvs new writes the file, says what it wrote in the chosen language, and never overwrites', () => {
    const dir = tempDir();
    const out = path.join(dir, 'standards', 'testby.md');
    expect(runNew({ kommune: 'Testby', asOf: '2026-03-01', out, lang: 'en' })).toBe(0);
    expect(output).toContain('sections from rule set sel101-2024');
    const text = readFileSync(out, 'utf8');

    const taken: Array<[string, () => void]> = [
      ['the same file', () => undefined],
      ['an empty file', () => writeFileSync(out, '')],
      ['a folder', () => (rmSync(out), mkdirSync(out))],
      ['a dangling link', () => (rmSync(out, { recursive: true }), symlinkSync(path.join(dir, 'nowhere.md'), out))],
    ];
    for (const [what, make] of taken) {
      if (what !== 'the same file') make();
      const before = what === 'the same file' ? text : undefined;
      const error = usage(() => runNew({ kommune: 'Testby', out }));
      expect(error.localized.da, what).toContain('findes allerede — intet skrevet');
      if (before !== undefined) expect(readFileSync(out, 'utf8')).toBe(before);
    }
    expect(existsSync(path.join(dir, 'nowhere.md'))).toBe(false);
    record({
      area: 'No data lost',
      what: 'kvs new onto a path that is taken (file, empty file, folder, dangling link)',
      cases: taken.length,
      result: 'usage error (exit 2), nothing written or followed',
    });
  });

  it('kvs init creates a missing folder, writes every file, makes ci/kvs.sh executable, and a second run writes nothing', () => {
    const dir = path.join(tempDir(), 'ny', 'kommune');
    expect(runInit(dir, { lang: 'da' })).toBe(0);
    for (const file of scaffoldFiles) expect(existsSync(path.join(dir, file.target)), file.target).toBe(true);
    if (process.platform !== 'win32') expect(statSync(path.join(dir, 'ci', 'kvs.sh')).mode & 0o111).not.toBe(0);
    // No package.json there: say how to install the toolkit, and warn about the other "kvs".
    expect(output).toContain('npm install --save-dev');
    expect(output).toContain('npm init -y');
    expect(output).toContain('en anden pakke, der også hedder kvs');
    const config = JSON.parse(readFileSync(path.join(dir, 'kvs.config.json'), 'utf8')) as object;
    expect(checkText('# x', 'x.md', { config }).filePath).toBe('x.md');

    output = '';
    expect(runInit(dir, { lang: 'en' })).toBe(0);
    expect(output).toContain('Nothing changed: every file was already there.');
  });

  it('kvs init keeps what is there, says which .gitignore lines are missing, and writes nothing through a link out of the project', () => {
    const outside = tempDir();
    const dir = tempDir();
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n/output\n');
    writeFileSync(path.join(dir, 'kvs.config.json'), '{ "lang": "en" }\n');
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{}');
    symlinkSync(outside, path.join(dir, '.github'), 'dir');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ devDependencies: { kvalitetsstandard: '^0.1.0' } }));

    const result = initProject(dir);
    expect(result.existing).toEqual(['kvs.config.json', '.gitignore', '.vscode/settings.json']);
    expect(result.outside).toEqual(['.github/workflows/kvalitetsstandard.yml']);
    expect(result.missingIgnores).toEqual(['.kvs/']);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules\n/output\n');
    expect(readFileSync(path.join(dir, 'kvs.config.json'), 'utf8')).toBe('{ "lang": "en" }\n');
    expect(readFileSync(path.join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{}');
    expect(existsSync(path.join(outside, 'workflows'))).toBe(false);

    runInit(dir, { lang: 'da' });
    expect(output).toContain('Tilføj disse linjer');
    expect(output).not.toContain('npm install');
    record({
      area: 'No data lost',
      what: 'kvs init over a project that already has some of its files, and a folder linked out of the project',
      cases: 4,
      result: 'existing files byte-identical and listed; nothing written outside the project',
    });
  });

  it('kvs init refuses a file as the folder', () => {
    const file = path.join(tempDir(), 'fil.txt');
    writeFileSync(file, 'x');
    expect(usage(() => initProject(file)).localized.da).toContain('er en fil, ikke en mappe');
  });

  it('kvs init refuses a folder inside .git, and writes nothing there', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    for (const target of [path.join(dir, '.git'), path.join(dir, '.GIT', 'hooks')]) {
      expect(usage(() => initProject(target)).localized.da).toContain('ligger i en .git-mappe');
    }
    expect(readdirSync(path.join(dir, '.git'))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('kvs init with a FIFO named .gitignore neither hangs nor reads it', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, '.gitignore')]);
    const result = initProject(dir);
    expect(result.existing).toContain('.gitignore');
    expect(result.missingIgnores).toEqual([]);
  });
});
