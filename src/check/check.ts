/**
 * Runs the rules of the rule set in force over one standard. Severity comes
 * from the config, else from the finding (a requirement's own severity), else
 * from the rule set; disable comments are applied last.
 */
import type { Directive, FileResult, Finding, Lang, Severity, Standard, SuppressedFinding } from '../types.js';
import type { Config } from '../config.js';
import { rules, unreadableFile, findingOf, type Report } from '../rules/index.js';
import { inputLimit } from '../rules/input-limit.js';
import { unusedDirective } from '../rules/unused-directive.js';
import { unusedDirectiveMessages } from '../i18n/rules/unused-directive.js';
import { say } from '../i18n/index.js';
import { ruleSetById, ruleSetFor, withExtraHeadings } from '../law/rulesets.js';
import { buildStandard } from '../model/standard.js';
import { decode, limitRefusal, type Encoding, type Refusal } from '../model/read.js';
import { findLimitBreach } from '../model/limits.js';
import { today } from './dates.js';
import { documentKind, isOtherArea } from '../rules/document-kind.js';

export interface CheckOptions {
  /** The check date, YYYY-MM-DD; default today. */
  asOf?: string;
  lang?: Lang;
  config?: Config;
  /** How the bytes were decoded, when the caller read them from a file (`decode`); the file-encoding rule says so if not UTF-8. */
  encoding?: Encoding;
  /** False (`--no-inline-config`): `kvs-disable` comments switch nothing off. */
  inlineConfig?: boolean;
  /** `--report-unused-disable-directives`: a comment that switches nothing off is a finding. */
  reportUnusedDirectives?: boolean;
}

export function checkStandard(standard: Standard, options: CheckOptions = {}): FileResult {
  const config = options.config ?? {};
  const asOf = options.asOf ?? today();
  const lang = options.lang ?? config.lang ?? 'da';
  const ruleSet = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);
  const requirements = withExtraHeadings(ruleSet.requirements, config.headings);
  const knownRules = rules.map((rule) => rule.meta.id);
  const findings: Finding[] = [];

  for (const rule of rules) {
    const configured = config.rules?.[rule.meta.id];
    const setting = configured ?? ruleSet.rules[rule.meta.id] ?? 'off';
    if (setting === 'off') continue;
    const report = (found: Report) => {
      const severity: Severity = configured && configured !== 'off' ? configured : (found.severity ?? setting);
      findings.push(findingOf(rule, found, lang, severity));
    };
    const ruleOptions = config.ruleOptions?.[rule.meta.id];
    rule.check({
      standard,
      ruleSet,
      asOf,
      requirements,
      knownRules,
      report,
      ...(ruleOptions ? { options: ruleOptions } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
  }

  const relevant = forDocumentKind(findings, standard);
  const directives = options.inlineConfig === false ? [] : standard.directives;
  const { kept, suppressed, unused } = applyDirectives(relevant, directives, standard);
  if (options.reportUnusedDirectives) {
    for (const directive of unused) {
      kept.push({
        ruleId: unusedDirective.id,
        severity: unusedDirective.severity,
        message: say(unusedDirectiveMessages.unused, lang, { rules: directive.rules }),
        position: directive.position,
        url: unusedDirective.docs,
      });
    }
  }
  return {
    filePath: standard.path,
    ruleSet: ruleSet.id,
    findings: sortFindings(kept),
    ...(suppressed.length > 0 ? { suppressed: sortFindings(suppressed) } : {}),
  };
}

/**
 * A standard for another area (§ 107 housing, § 83 home help …) gets one clear
 * `document-kind` error, not fifteen missing sections and a wrong `omraade`.
 */
function forDocumentKind(findings: Finding[], standard: Standard): Finding[] {
  if (!isOtherArea(documentKind(standard))) return findings;
  const sel101Rules = new Set(rules.filter((rule) => rule.meta.appliesTo === 'sel101').map((rule) => rule.meta.id));
  const omraade = standard.frontMatter?.problems.filter((p) => p.path === 'omraade').map((p) => p.position.start.offset);
  return findings.filter(
    (f) =>
      !sel101Rules.has(f.ruleId) &&
      !(f.ruleId === 'frontmatter-schema' && omraade?.includes(f.position.start.offset)),
  );
}

/** Checks a text; one beyond the input limits (docs/format.md) is refused, not parsed. */
export function checkText(text: string, path = '<input>', options: CheckOptions = {}): FileResult {
  const breach = findLimitBreach(text);
  if (breach) return refused(path, limitRefusal(breach), options);
  return checkDecodedText(text, path, options);
}

/** `size`: the file's whole size, when `bytes` are only its first bytes (see src/fs/read.ts). */
export function checkBytes(bytes: Uint8Array, path: string, options: CheckOptions = {}, size = bytes.length): FileResult {
  const decoded = decode(bytes, size);
  if (!decoded.ok) return refused(path, decoded, options);
  // decode has applied the input limits.
  return checkDecodedText(decoded.text, path, { ...options, encoding: decoded.encoding });
}

/** Checks a text that `decode` accepted (so within the input limits); pass its encoding in `options`. */
export function checkDecodedText(text: string, path: string, options: CheckOptions): FileResult {
  const headings = options.config?.headings;
  // Nothing is rendered from this tree, so the parse can skip what only rendering needs.
  const markers = options.inlineConfig === false ? { markers: false } : {};
  return checkStandard(buildStandard(text, path, { ...(headings ? { headings } : {}), autolinkLiterals: false, ...markers }), options);
}

function refused(path: string, refusal: Refusal, options: CheckOptions): FileResult {
  return unreadable(path, refusal.reason[options.lang ?? options.config?.lang ?? 'da'], refusal);
}

/**
 * The one finding for a file that is not checked: not text (`unreadable-file`),
 * or beyond an input limit (`input-limit`, at the place it is exceeded).
 */
export function unreadable(path: string, message: string, refusal?: Pick<Refusal, 'rule' | 'at'>): FileResult {
  const meta = refusal?.rule === 'input-limit' ? inputLimit : unreadableFile;
  const start = refusal?.at ?? { line: 1, column: 1 };
  return {
    filePath: path,
    findings: [{ ruleId: meta.id, severity: 'error', message, position: { start, end: start }, url: meta.docs }],
  };
}

/**
 * Splits the findings into those counted and those a `kvs-disable` comment
 * switches off. The switched-off ones are kept, with the comment's line, so
 * every report can show what was switched off; nothing disappears unseen.
 */
function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  standard: Standard,
): { kept: Finding[]; suppressed: SuppressedFinding[]; unused: Directive[] } {
  if (directives.length === 0) return { kept: findings, suppressed: [], unused: [] };
  const ranges = directives.map((directive) => ({ directive, ...lineRange(directive, standard) }));
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const line = finding.position.start.line;
    const by = ranges.filter(({ directive, from, to }) => directive.rules.includes(finding.ruleId) && line >= from && line <= to);
    if (by.length === 0) {
      kept.push(finding);
      continue;
    }
    for (const { directive } of by) used.add(directive);
    suppressed.push({ ...finding, suppressions: by.map(({ directive }) => ({ kind: 'directive', source: `${directive.position.start.line}` })) });
  }
  return { kept, suppressed, unused: directives.filter((directive) => !used.has(directive)) };
}

function lineRange(directive: Directive, standard: Standard): { from: number; to: number } {
  if (directive.kind !== 'section') return { from: directive.from, to: directive.to };
  const line = directive.position.start.line;
  const sections = standard.sections;
  const section = sections.filter((s) => s.position.start.line <= line).at(-1);
  if (!section) return { from: 1, to: Number.MAX_SAFE_INTEGER };
  const next = sections.find((s) => s.index > section.index && s.depth <= section.depth);
  return { from: section.position.start.line, to: next ? next.position.start.line - 1 : Number.MAX_SAFE_INTEGER };
}

/** By place; the sort is stable, so findings at one place keep the rules' order (§ 4's order for requirements). */
function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column,
  );
}
