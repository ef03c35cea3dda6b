/**
 * docs/rules.md and `kvs rules` come from the same data as the checks:
 * the rule modules' meta, their header examples (with what the check says
 * about them) and the rule sets in schemas/.
 */
import type { Lang, Requirement, RuleMeta, RuleSet } from '../types.js';
import { requirementCatalogue } from '../law/catalogue.js';
import { ruleSets } from '../law/rulesets.js';
import { allRuleMeta } from '../rules/index.js';
import { exampleFindings, ruleExamples, type RuleExample } from './rule-examples.js';
import { ruleListWords as words } from '../i18n/rule-list.js';
import { lawDataLines } from './law-doc.js';

export function rulesMarkdown(): string {
  const sections = (['da', 'en'] as Lang[]).map((lang) => languageSection(lang));
  return `# ${words.da.title} / ${words.en.title}\n\n${sections.join('\n')}`;
}

function languageSection(lang: Lang): string {
  const w = words[lang];
  const lines = [`## ${w.language}`, '', w.intro, '', `### ${w.rules}`, ''];
  for (const meta of allRuleMeta()) lines.push(...ruleEntry(meta, lang), '');
  lines.push(`### ${w.requirements}`, '');
  for (const requirement of requirementCatalogue()) lines.push(...requirementEntry(requirement, lang), '');
  lines.push(`### ${w.sets}`, '');
  for (const set of ruleSets()) lines.push(...ruleSetEntry(set, lang), '');
  lines.push(`### ${w.lawData}`, '', w.lawDataIntro, '', ...lawDataLines(lang).map((line) => `- ${line}`), '');
  return lines.join('\n');
}

function ruleEntry(meta: RuleMeta, lang: Lang): string[] {
  const w = words[lang];
  // The anchor is the rule id, so docs links from findings land here (the Danish part comes first).
  return [
    `<a id="${w.anchor(meta.id)}"></a>`,
    '',
    `#### \`${meta.id}\``,
    '',
    meta.description[lang],
    '',
    `- ${w.severity}: ${w[meta.severity]}`,
    `- ${w.law}: ${meta.law[lang]}`,
    ...examplesEntry(meta.id, lang),
  ];
}

/** The rule's header examples, the failing one first with what the check says about it. */
function examplesEntry(ruleId: string, lang: Lang): string[] {
  const w = words[lang];
  const examples = ruleExamples(ruleId).sort((a, b) => Number(a.passes) - Number(b.passes));
  return examples.flatMap((example) => {
    const lines = ['', `${example.passes ? w.passes : w.fails} (\`${example.name}\`, ${w.checkedOn} ${example.asOf}):`, '', ...fenced(example)];
    if (example.passes) return lines;
    const findings = exampleFindings(ruleId, example, lang);
    const shown = findings.slice(0, 3).map((f) => `- ${f.position.start.line}:${f.position.start.column} ${w[f.severity]}: ${f.message}`);
    if (findings.length > shown.length) shown.push(`- ${w.more(findings.length - shown.length)}`);
    return [...lines, '', `${w.findings}:`, '', ...shown];
  });
}

/** The example as a Markdown code block, with a fence longer than any run of backticks in it. */
function fenced(example: RuleExample): string[] {
  const longest = Math.max(0, ...[...example.code.matchAll(/`+/gu)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}markdown`, ...example.code.replace(/\n$/u, '').split('\n'), fence];
}

function requirementEntry(r: Requirement, lang: Lang): string[] {
  const w = words[lang];
  return [
    `<a id="${w.anchor(r.key)}"></a>`,
    '',
    `#### \`${r.key}\`: ${r.title[lang]}`,
    '',
    r.help[lang],
    '',
    `- ${w.example}: ${r.example[lang]}`,
    `- ${w.headings}: ${r.headings.join(' · ')}`,
  ];
}

function ruleSetEntry(set: RuleSet, lang: Lang): string[] {
  const w = words[lang];
  const rows = set.requirements.map(
    (r) => `| \`${r.key}\` | ${r.title[lang]} | ${r.law[lang]}${r.unverified ? ` (${w.unverified})` : ''} | ${w[r.severity]} |`,
  );
  const rules = Object.entries(set.rules).map(([id, severity]) => `\`${id}\` (${w[severity]})`);
  return [
    `#### ${set.id}: ${set.title[lang]}`,
    '',
    `${w.inForce}: ${set.inForce}. ${set.instrument[lang]}`,
    '',
    `${w.ruleSeverities}: ${rules.join(', ')}.`,
    '',
    `| ${w.key} | ${w.topic} | ${w.law} | ${w.severity} |`,
    '| --- | --- | --- | --- |',
    ...rows,
  ];
}

/** Plain text for `kvs rules`: the set in force, its requirements, and the rules. */
export function rulesText(set: RuleSet, lang: Lang, asOf?: string): string {
  const w = words[lang];
  const lines = [`${set.id}: ${set.title[lang]} (${w.inForce.toLowerCase()} ${set.inForce})`, ''];
  const width = Math.max(...set.requirements.map((r) => r.key.length));
  for (const r of set.requirements) {
    lines.push(`  ${r.key.padEnd(width)}  ${w[r.severity].padEnd(9)}  ${r.title[lang]} — ${r.law[lang]}`);
  }
  lines.push('', `${w.rules}:`);
  const metaWidth = Math.max(...allRuleMeta().map((m) => m.id.length));
  for (const meta of allRuleMeta()) {
    const setting = set.rules[meta.id] ?? (meta.id === 'unreadable-file' ? meta.severity : 'off');
    lines.push(`  ${meta.id.padEnd(metaWidth)}  ${w[setting].padEnd(9)}  ${meta.description[lang]} (${meta.law[lang]})`);
  }
  lines.push('', `${w.lawData}: ${w.lawDataIntro}`, ...lawDataLines(lang, asOf).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}
