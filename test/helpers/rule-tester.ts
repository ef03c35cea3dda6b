/**
 * A rule tester in the style of ESLint's RuleTester: a rule's valid and
 * invalid cases as data, each checked the way `kvs check` checks a file
 * (src/check/check.ts, `checkBytes`: decoding, input limits, parsing, the rule
 * set in force on the date, the config, directives). So a finding's severity
 * is the rule set's and its message is localised as the runner does it.
 *
 * Only the rule under test runs: the config switches the other rules over a
 * model off (never the rule itself, so its severity stays the rule set's).
 * The checks that are not rules over a model (input-limit, unreadable-file,
 * unused-directive) run with every rule on.
 *
 * Each invalid case gives every finding the rule must make, in order: the
 * count is exact. `run` also checks the rule's header examples
 * (src/docs/rule-examples.ts): the failing one gives at least one finding of
 * the rule, the passing one none.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import type { Finding, Lang, Severity } from '../../src/types.js';
import { checkBytes } from '../../src/check/check.js';
import { allRuleMeta, rules } from '../../src/rules/index.js';
import { exampleFindings, ruleExamples, ruleSourceUrl } from '../../src/docs/rule-examples.js';

/** The check date of a case that names none (the date the bundled standards' findings were read by hand). */
export const AS_OF = '2026-11-25';

export interface TestCase {
  /** The file's text (checked as its UTF-8 bytes, as `kvs check` reads a file) or its bytes. */
  code: string | Uint8Array;
  /** The test's name; default: the start of the code. */
  name?: string;
  /** The file's path in findings; default x.md. */
  path?: string;
  /** The check date, YYYY-MM-DD; default AS_OF. */
  asOf?: string;
  lang?: Lang;
  /** kvs.config.json; its `rules` are merged over the switched-off other rules. */
  config?: Config;
  /** False: `--no-inline-config`. */
  inlineConfig?: boolean;
  /** `--report-unused-disable-directives`. */
  reportUnusedDirectives?: boolean;
}

/** What one finding must be; only the fields given are compared. */
export interface ExpectedFinding {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** The whole message. */
  message?: string;
  /** Parts the message contains. */
  messageIncludes?: string | readonly string[];
  /** Parts the message does not contain. */
  messageExcludes?: string | readonly string[];
  messageMatches?: RegExp;
  hintIncludes?: string | readonly string[];
  requirement?: string;
  law?: string;
  lawIncludes?: string;
  /** The text the finding points at, from its start to its end (a single-line finding). */
  text?: string;
  textMatches?: RegExp;
  /** The whole source line the finding starts on. */
  lineText?: string;
  lineMatches?: RegExp;
  /** The lines of the finding's related places. */
  related?: number[];
}

export interface InvalidCase extends TestCase {
  errors: readonly ExpectedFinding[];
}

export interface RuleTests {
  valid: ReadonlyArray<TestCase | string>;
  invalid: readonly InvalidCase[];
}

/** The ids of the checks that are not rules over a model: they run with every rule on. */
const notModelRules = new Set(['input-limit', 'unreadable-file', 'unused-directive']);

/** The findings of one rule for one case, as `kvs check` would report them. */
export function findingsOf(ruleId: string, testCase: TestCase | string): Finding[] {
  const given = typeof testCase === 'string' ? { code: testCase } : testCase;
  const others = notModelRules.has(ruleId)
    ? {}
    : Object.fromEntries(rules.filter((rule) => rule.meta.id !== ruleId).map((rule) => [rule.meta.id, 'off' as const]));
  const config: Config = { ...given.config, rules: { ...others, ...given.config?.rules } };
  const bytes = typeof given.code === 'string' ? new TextEncoder().encode(given.code) : given.code;
  const result = checkBytes(bytes, given.path ?? 'x.md', {
    asOf: given.asOf ?? AS_OF,
    lang: given.lang ?? 'da',
    config,
    ...(given.inlineConfig === false ? { inlineConfig: false } : {}),
    ...(given.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  });
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/** A line of the text, 1-based. */
export const lineAt = (text: string, line: number): string => text.split(/\r\n|\r|\n/)[line - 1] ?? '';

/** The text a finding points at, from its start to its end (single-line findings; else to the end of the line). */
export function pointedAt(text: string, finding: Pick<Finding, 'position'>): string {
  const { start, end } = finding.position;
  const line = lineAt(text, start.line);
  return start.line === end.line ? line.slice(start.column - 1, end.column - 1) : line.slice(start.column - 1);
}

const list = (parts: string | readonly string[]) => (typeof parts === 'string' ? [parts] : parts);

/**
 * The finding as the expectation sees it: each field the expectation gives,
 * taken from the finding. A part-of-text field shows the expected value when
 * it holds and the whole text when it does not, so a failure shows the text.
 */
function seen(finding: Finding, expected: ExpectedFinding, code: string | Uint8Array): Record<string, unknown> {
  const { start, end } = finding.position;
  const hint = finding.hint ?? '';
  const law = finding.law ?? '';
  const fields: Record<keyof ExpectedFinding, () => unknown> = {
    line: () => start.line,
    column: () => start.column,
    endLine: () => end.line,
    endColumn: () => end.column,
    severity: () => finding.severity,
    message: () => finding.message,
    messageIncludes: () => (list(expected.messageIncludes!).every((part) => finding.message.includes(part)) ? expected.messageIncludes : finding.message),
    messageExcludes: () => (list(expected.messageExcludes!).some((part) => finding.message.includes(part)) ? finding.message : expected.messageExcludes),
    messageMatches: () => (expected.messageMatches!.test(finding.message) ? expected.messageMatches : finding.message),
    hintIncludes: () => (list(expected.hintIncludes!).every((part) => hint.includes(part)) ? expected.hintIncludes : hint),
    requirement: () => finding.requirement,
    law: () => finding.law,
    lawIncludes: () => (law.includes(expected.lawIncludes!) ? expected.lawIncludes : law),
    text: () => (typeof code === 'string' ? pointedAt(code, finding) : undefined),
    textMatches: () => {
      const text = typeof code === 'string' ? pointedAt(code, finding) : '';
      return expected.textMatches!.test(text) ? expected.textMatches : text;
    },
    lineText: () => (typeof code === 'string' ? lineAt(code, start.line) : undefined),
    lineMatches: () => {
      const line = typeof code === 'string' ? lineAt(code, start.line) : '';
      return expected.lineMatches!.test(line) ? expected.lineMatches : line;
    },
    related: () => finding.related?.map((place) => place.position.start.line),
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, fields[key as keyof ExpectedFinding]()]));
}

/** Asserts that the rule finds exactly these findings in the case. */
export function expectFindings(ruleId: string, testCase: InvalidCase): Finding[] {
  const findings = findingsOf(ruleId, testCase);
  const shown = findings.map((f) => `${f.position.start.line}:${f.position.start.column} ${f.severity} ${f.message}`);
  expect(findings.length, `${ruleId} should find ${testCase.errors.length}, found:\n${shown.join('\n')}`).toBe(testCase.errors.length);
  expect(findings.map((finding, index) => seen(finding, testCase.errors[index]!, testCase.code))).toEqual(testCase.errors);
  return findings;
}

function nameOf(testCase: TestCase | string): string {
  if (typeof testCase !== 'string' && testCase.name) return testCase.name;
  const code = typeof testCase === 'string' ? testCase : testCase.code;
  if (typeof code !== 'string') return `${code.length} bytes`;
  // The front-matter and the title are mostly the same from case to case; the body tells them apart.
  const body = code.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '').replace(/^\s*# [^\n]*\n(?=[\s\S]*\S)/u, '');
  const flat = body.replace(/\s+/gu, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

export const ruleTester = {
  /** Registers the rule's cases, and its header examples, as vitest tests. */
  run(ruleId: string, tests: RuleTests): void {
    describe(`${ruleId} (rule tester)`, () => {
      it('is a rule the tool has, with valid and invalid cases', () => {
        expect(allRuleMeta().map((meta) => meta.id)).toContain(ruleId);
        expect(tests.valid.length).toBeGreaterThan(0);
        expect(tests.invalid.length).toBeGreaterThan(0);
      });
      for (const testCase of tests.valid) {
        it(`valid: ${nameOf(testCase)}`, () => {
          const findings = findingsOf(ruleId, testCase);
          expect(findings.map((f) => `${f.position.start.line}:${f.position.start.column} ${f.message}`)).toEqual([]);
        });
      }
      for (const testCase of tests.invalid) {
        it(`invalid: ${nameOf(testCase)}`, () => {
          expect(testCase.errors.length, 'an invalid case expects at least one finding').toBeGreaterThan(0);
          expectFindings(ruleId, testCase);
        });
      }
      if (existsSync(ruleSourceUrl(ruleId))) {
        it('header examples: one that fails with a finding of the rule, one that passes with none', () => {
          const examples = ruleExamples(ruleId);
          expect(examples.filter((example) => example.passes)).toHaveLength(1);
          expect(examples.filter((example) => !example.passes)).toHaveLength(1);
          for (const example of examples) {
            const testCase = {
              code: example.code,
              path: example.name,
              asOf: example.asOf,
              ...(example.config ? { config: example.config } : {}),
              ...(example.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
            };
            // Alone, as the tester runs it, and with every rule on, as docs/rules.md shows it.
            for (const findings of [findingsOf(ruleId, testCase), exampleFindings(ruleId, example, 'da')]) {
              if (example.passes) expect(findings.map((f) => f.message), example.name).toEqual([]);
              else expect(findings.length, example.name).toBeGreaterThan(0);
            }
          }
        });
      }
    });
  },
};
