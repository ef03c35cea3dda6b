/**
 * A rule's examples are data in its own source file, as in remark-lint: the
 * header comment of src/rules/<id>.ts holds `@example` blocks, each a line of
 * JSON (`{"name": "not-ok.md"}` fails, `{"name": "ok.md"}` passes, plus any
 * check settings the example needs) and then the Markdown document, indented
 * two spaces:
 *
 *     * @example
 *     *   {"name": "not-ok.md"}
 *     *
 *     *   ## Behandlingsgaranti
 *     *
 *     *   Du kommer i behandling senest 21 dage efter din henvendelse.
 *
 * test/rules/ runs every example through the checker (the failing one must
 * give the rule a finding, the passing one none), and docs/rules.md shows them
 * with the findings, so the examples cannot say what the rule does not do.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Finding, Lang } from '../types.js';
import { checkText } from '../check/check.js';

/** The check date of an example that names none: a fixed day, so docs/rules.md does not change with the calendar. */
export const EXAMPLE_DATE = '2026-11-25';

export interface RuleExample {
  /** `ok.md` (passes) or `not-ok.md` (fails), as in remark-lint; the checked file's name. */
  name: string;
  /** True for a passing example: the rule finds nothing in it. */
  passes: boolean;
  /** The Markdown document. */
  code: string;
  /** The check date (YYYY-MM-DD). */
  asOf: string;
  /** kvs.config.json settings the example is checked with. */
  config?: Config;
  /** `--report-unused-disable-directives`. */
  reportUnusedDirectives?: boolean;
}

/** The settings an example's JSON line may give besides its name. */
const settings = new Set(['name', 'asOf', 'config', 'reportUnusedDirectives']);

/** The examples in a rule file's header comment (the first comment of the file), in order. */
export function parseRuleExamples(source: string): RuleExample[] {
  const header = /^\s*\/\*\*([\s\S]*?)\*\//u.exec(source)?.[1];
  if (header === undefined) return [];
  // The comment's lines without their ` * ` margin; a blank comment line stays blank.
  const lines = header.split(/\r?\n/u).map((line) => line.replace(/^\s*\*(?: |$)/u, ''));
  const examples: RuleExample[] = [];
  let block: string[] | undefined;
  const close = () => {
    if (block) examples.push(exampleOf(block));
    block = undefined;
  };
  for (const line of lines) {
    if (/^@example\s*$/u.test(line)) {
      close();
      block = [];
    } else if (/^@\w/u.test(line)) {
      close();
    } else if (block) {
      block.push(line);
    }
  }
  close();
  return examples;
}

function exampleOf(block: string[]): RuleExample {
  // Everything in a block is indented two spaces, so the Markdown keeps its own indentation.
  const lines = block.map((line) => {
    if (line.trim() !== '' && !line.startsWith('  ')) throw new Error(`@example: every line is indented two spaces: "${line}"`);
    return line.slice(2);
  });
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const [json = '', ...rest] = lines;
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new Error(`@example: the first line must be JSON such as {"name": "ok.md"}, not "${json}"`);
  }
  const unknown = Object.keys(meta).filter((key) => !settings.has(key));
  if (unknown.length > 0) throw new Error(`@example: unknown setting ${unknown.join(', ')}`);
  const name = meta['name'];
  if (name !== 'ok.md' && name !== 'not-ok.md') throw new Error(`@example: "name" must be "ok.md" or "not-ok.md", not ${JSON.stringify(name)}`);
  if (rest[0]?.trim() !== '') throw new Error('@example: a blank line separates the JSON from the document');
  const asOf = meta['asOf'] ?? EXAMPLE_DATE;
  if (typeof asOf !== 'string') throw new Error('@example: "asOf" must be a date, YYYY-MM-DD');
  return {
    name,
    passes: name === 'ok.md',
    code: `${rest.slice(1).join('\n')}\n`,
    asOf,
    ...(meta['config'] ? { config: meta['config'] as Config } : {}),
    ...(meta['reportUnusedDirectives'] === true ? { reportUnusedDirectives: true } : {}),
  };
}

// src/docs/ (tests) and dist/docs/ (built) are both two levels below the package root, like src/rules/.
const rulesFolder = new URL('../../src/rules/', import.meta.url);

/** The rule's source file, src/rules/<id>.ts. */
export function ruleSourceUrl(ruleId: string): URL {
  return new URL(`${ruleId}.ts`, rulesFolder);
}

/** A rule's header examples; none for an id without a file of its own (unreadable-file). */
export function ruleExamples(ruleId: string): RuleExample[] {
  const url = ruleSourceUrl(ruleId);
  return existsSync(url) ? parseRuleExamples(readFileSync(url, 'utf8')) : [];
}

/** What the checker says about an example under this rule, as `kvs check` says it. */
export function exampleFindings(ruleId: string, example: RuleExample, lang: Lang): Finding[] {
  const options = {
    asOf: example.asOf,
    lang,
    config: example.config ?? {},
    ...(example.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  };
  return checkText(example.code, example.name, options).findings.filter((finding) => finding.ruleId === ruleId);
}
