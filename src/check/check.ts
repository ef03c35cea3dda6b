/**
 * Runs the rules of the rule set in force over one standard. Severity comes
 * from the config, else from the finding (a requirement's own severity), else
 * from the rule set; disable comments are applied last.
 */
import type { Directive, FileResult, Finding, Lang, Requirement, RuleSet, Severity, Standard, SuppressedFinding, Suppression } from '../types.js';
import type { Config } from '../config.js';
import { rules, runs, unreadableFile, findingOf, isOtherAreaError, type Report } from '../rules/index.js';
import { inputLimit } from '../rules/input-limit.js';
import { unusedDirective } from '../rules/unused-directive.js';
import { unusedDirectiveMessages } from '../i18n/rules/unused-directive.js';
import { say } from '../i18n/index.js';
import { ruleSetById, ruleSetFor, withExtraHeadings } from '../law/rulesets.js';
import { buildStandard } from '../model/standard.js';
import { splitSections } from '../model/sections.js';
import { headingMatcher } from '../model/headings.js';
import { parseComment } from '../model/directives.js';
import { requirementCatalogue } from '../law/catalogue.js';
import { decode, limitRefusal, type Encoding, type Refusal } from '../model/read.js';
import { findLimitBreach } from '../model/limits.js';
import { today } from './dates.js';

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
  const run = { ruleSet, lang, asOf, config, encoding: options.encoding };
  const { findings, configured } = runRules(standard, withExtraHeadings(ruleSet.requirements, config.headings), run);
  // What the writer's own claims (kvs-krav, config headings) and the draft status keep out of the count is kept and shown.
  const claimed = claimedFindings(standard, findings, run);
  const draft = isDraft(standard) ? findings.filter((f) => skippedInDraft.has(f.ruleId)) : [];
  const counted = findings.filter((f) => !draft.includes(f));

  const directives = options.inlineConfig === false ? [] : standard.directives;
  const applied = applyDirectives(counted, directives, standard);
  // Another area's standard gets its document-kind error instead of the § 101 findings, but only while that
  // error is counted: switched off or down to a warning, it cannot take the § 101 findings with it unseen.
  const otherArea = applied.kept.some(isOtherAreaError);
  const relevant = <T extends Finding>(found: T[]): T[] => (otherArea ? withoutSel101(found, standard) : found);
  const kept = relevant(applied.kept);
  if (options.reportUnusedDirectives) {
    for (const directive of applied.unused) {
      kept.push({
        ruleId: unusedDirective.id,
        severity: unusedDirective.severity,
        message: say(unusedDirectiveMessages.unused, lang, { rules: directive.rules }),
        position: directive.position,
        url: unusedDirective.docs,
      });
    }
  }
  const notCounted: SuppressedFinding[] = relevant([
    ...applied.suppressed,
    ...configured.map((f) => withSuppression(f, { kind: 'config', source: 'rules' })),
    ...claimed,
    // A draft's errors (an overdue revision) are shown as not counted; its warnings (no approval date yet) are what a draft is.
    ...draft.filter((f) => f.severity === 'error').map((f) => withSuppression(f, { kind: 'draft', source: 'status: udkast' })),
  ]);
  return {
    filePath: standard.path,
    ruleSet: ruleSet.id,
    findings: sortFindings(kept),
    ...(notCounted.length > 0 ? { suppressed: sortFindings(notCounted) } : {}),
  };
}

interface RunSettings {
  ruleSet: RuleSet;
  lang: Lang;
  asOf: string;
  config: Config;
  encoding: Encoding | undefined;
}

/**
 * The rules of the rule set over one standard. `configured` holds the findings
 * of legal rules that the config switched off: they are run all the same, so
 * every report can say what the config keeps out of the count.
 */
function runRules(standard: Standard, requirements: Requirement[], run: RunSettings): { findings: Finding[]; configured: Finding[] } {
  const { config, ruleSet } = run;
  const knownRules = rules.map((rule) => rule.meta.id);
  const findings: Finding[] = [];
  const configured: Finding[] = [];
  for (const rule of rules) {
    if (!runs(rule.meta.id, config, ruleSet)) continue;
    const setting = config.rules?.[rule.meta.id];
    const inSet = ruleSet.rules[rule.meta.id] ?? 'off';
    const switchedOff = setting === 'off';
    const into = switchedOff ? configured : findings;
    const report = (found: Report) => {
      // A rule the config switched off is run with the rule set's severity (never 'off' here: then it is not run).
      // An info stays an info: the config's severity is for what is wrong, not for what is worth knowing.
      const severity: Severity =
        found.severity === 'info' ? 'info' : setting && setting !== 'off' ? setting : (found.severity ?? (inSet === 'off' ? 'error' : inSet));
      into.push(findingOf(rule, found, run.lang, severity));
    };
    const ruleOptions = config.ruleOptions?.[rule.meta.id];
    rule.check({
      standard,
      ruleSet,
      asOf: run.asOf,
      requirements,
      knownRules,
      report,
      ...(ruleOptions ? { options: ruleOptions } : {}),
      ...(run.encoding ? { encoding: run.encoding } : {}),
    });
  }
  return { findings, configured };
}

/**
 * Findings that a topic would get from its known headings alone, but that a
 * `kvs-krav` comment or a heading from the config's `headings` answers. They
 * are not counted (the writer claimed the topic), but they are kept with where
 * the claim was made, so a claim is never unseen.
 */
function claimedFindings(standard: Standard, findings: Finding[], run: RunSettings): SuppressedFinding[] {
  const markers = claimMarkers(standard);
  const configHeadings = Object.keys(run.config.headings ?? {}).length > 0;
  if (markers.size === 0 && !configHeadings) return [];
  const plain = { ...standard, sections: splitSections(standard.tree, headingMatcher(requirementCatalogue()), false) };
  const seen = new Set(findings.map(findingKey));
  const { findings: unclaimed } = runRules(plain, run.ruleSet.requirements, { ...run, config: { ...run.config, headings: {} } });
  return unclaimed
    .filter((finding) => !seen.has(findingKey(finding)))
    .map((finding) => {
      const line = finding.requirement === undefined ? undefined : markers.get(finding.requirement);
      return withSuppression(finding, line === undefined ? { kind: 'config', source: 'headings' } : { kind: 'marker', source: `${line}` });
    });
}

/** Requirement key → the line of the first kvs-krav comment claiming it. */
function claimMarkers(standard: Standard): Map<string, number> {
  const lines = new Map<string, number>();
  for (const section of standard.sections) {
    for (const node of section.content.children) {
      if (node.type !== 'html') continue;
      const parsed = parseComment(node);
      if (parsed?.type !== 'marker' || !parsed.keys.some((key) => section.matchedBy[key] === 'marker')) continue;
      for (const key of parsed.keys) if (!lines.has(key)) lines.set(key, parsed.position.start.line);
    }
  }
  return lines;
}

const findingKey = (f: Finding) => `${f.ruleId}\u0000${f.requirement ?? ''}\u0000${f.position.start.line}:${f.position.start.column}\u0000${f.message}`;

function withSuppression(finding: Finding, suppression: Suppression): SuppressedFinding {
  return { ...finding, suppressions: [suppression] };
}

function isDraft(standard: Standard): boolean {
  return standard.frontMatter?.data?.['status'] === 'udkast';
}

/** Rules a draft is spared: a draft is the revision being written, with its changes still tracked. */
const skippedInDraft = new Set(rules.filter((rule) => rule.meta.skippedInDraft).map((rule) => rule.meta.id));

/**
 * A standard for another area (§ 107 housing, § 83 home help …) gets one clear
 * `document-kind` error, not fifteen missing sections and a wrong `omraade`.
 */
function withoutSel101<T extends Finding>(findings: T[], standard: Standard): T[] {
  const sel101Rules = new Set(rules.filter((rule) => rule.meta.appliesTo === 'sel101').map((rule) => rule.meta.id));
  // A missing `omraade` is reported where the front-matter starts, the same place as a
  // problem with its first field; so the problem is told apart by its message too.
  const omraade = new Set(
    (standard.frontMatter?.problems ?? [])
      .filter((p) => p.path === 'omraade')
      .flatMap((p) => [`${p.position.start.offset}\u0000${p.message.da}`, `${p.position.start.offset}\u0000${p.message.en}`]),
  );
  return findings.filter(
    (f) =>
      !sel101Rules.has(f.ruleId) &&
      !(f.ruleId === 'frontmatter-schema' && omraade.has(`${f.position.start.offset}\u0000${f.message}`)),
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
