/**
 * "## Ændringer siden sidste revision": the diff as a note for the committee
 * (udvalg), in Danish (English with --lang en). Facts first, because that is
 * what the committee decides on; then the front-matter; then the sections,
 * each with its changed words. Text from the standards is escaped.
 */
import type { Lang, LegalReference } from '../types.js';
import { escapeMarkdown } from '../compare/md.js';
import { diffWords, type DiffWords } from '../i18n/diff.js';
import type { FactChange, FieldChange, SectionChange, StandardDiff } from './standards.js';
import type { WordHunk } from './words.js';
import { plainLine } from '../report/terminal-text.js';

/** More changes than this in one section are counted, not shown. */
const MAX_HUNKS = 5;

export function renderDiffMarkdown(diff: StandardDiff, lang: Lang): string {
  const t = diffWords[lang];
  const out: string[] = [`## ${t.heading}`, '', t.compared(code(diff.old), code(diff.new)), ''];
  if (diff.unchanged) return [...out, t.none, ''].join('\n');

  if (diff.facts.length > 0) out.push(`### ${t.facts}`, '', ...diff.facts.map((c) => `- ${factLine(c, t)}`), '');
  if (diff.frontMatter.length > 0) out.push(`### ${t.frontMatter}`, '', ...diff.frontMatter.map((c) => `- ${fieldLine(c, t)}`), '');
  for (const kind of ['changed', 'added', 'removed'] as const) {
    const sections = diff.sections.filter((s) => s.change === kind);
    if (sections.length > 0) out.push(`### ${t[kind]}`, '', ...sections.flatMap((s) => sectionLines(s, t)), '');
  }
  return out.join('\n');
}

function code(path: string): string {
  // A file name may hold a line break or ESC: one line, controls visible.
  return `\`${plainLine(path).replace(/`/g, "'")}\``;
}

// ---------------------------------------------------------------------------

function factLine(change: FactChange, t: DiffWords): string {
  const name = t.factNames[change.fact];
  const show = (values: unknown[]) => (values.length === 0 ? t.notStated : values.map((v) => factValue(change.fact, v, t)).join(', '));
  const oneForOne = change.removed.length === 1 && change.added.length === 1;
  // A list of contacts changes item by item; a single stated value (the guarantee) changes as a whole.
  const isList = ['phones', 'emails', 'urls', 'legalReferences'].includes(change.fact);
  if (isList && !oneForOne) {
    const parts = [
      change.removed.length > 0 ? t.removedValues(show(change.removed)) : '',
      change.added.length > 0 ? t.addedValues(show(change.added)) : '',
    ].filter(Boolean);
    return `**${name}**: ${parts.join('; ')}`;
  }
  const [old, now] = isList ? [show(change.removed), show(change.added)] : [show(change.old), show(change.new)];
  return `**${name}**: ${old} → ${now}`;
}

function factValue(fact: FactChange['fact'], value: unknown, t: DiffWords): string {
  switch (fact) {
    case 'guaranteeDays':
    case 'complaintDays':
      return t.days(value as number);
    case 'followUpMonths':
      return t.months(value as number[]);
    case 'revisionYears':
      return t.years(value as number);
    case 'ageLimits': {
      const { min, max } = value as { min?: number; max?: number };
      if (min !== undefined && max !== undefined) return t.ageRange(min, max);
      return min !== undefined ? t.ageFrom(min) : t.ageTo(max ?? 0);
    }
    case 'legalReferences':
      return escapeMarkdown(legalReference(value as LegalReference));
    default:
      return escapeMarkdown(String(value));
  }
}

function legalReference(ref: LegalReference): string {
  if (ref.number) return `${ref.law} nr. ${ref.number}${ref.date ? ` af ${ref.date}` : ''}`;
  return [ref.law, ref.paragraph ? `§ ${ref.paragraph}` : '', ref.stk ? `stk. ${ref.stk}` : '', ref.nr ? `nr. ${ref.nr}` : '']
    .filter(Boolean)
    .join(' ')
    .replace(/ (stk|nr)\./g, ', $1.');
}

function fieldLine(change: FieldChange, t: DiffWords): string {
  const contact = /^kontakt\[(\d+)\]\.(.+)$/.exec(change.path);
  const name = contact ? t.contact(Number(contact[1]) + 1, contact[2]!) : (t.fieldNames[change.path] ?? change.path);
  const show = (value: unknown) =>
    value === undefined || value === null ? t.notStated : escapeMarkdown(Array.isArray(value) ? value.join('; ') : String(value));
  return `**${escapeMarkdown(name)}**: ${show(change.old)} → ${show(change.new)}`;
}

function sectionLines(section: SectionChange, t: DiffWords): string[] {
  const keys = section.requirements.length > 0 ? ` (${section.requirements.map((k) => `\`${k}\``).join(', ')})` : '';
  const renamed = section.oldHeading !== undefined ? `, ${t.renamed(escapeMarkdown(section.oldHeading))}` : '';
  const removed = section.hunks.reduce((sum, h) => sum + h.removedWords, 0);
  const added = section.hunks.reduce((sum, h) => sum + h.addedWords, 0);
  const counts = section.change === 'changed' && (removed > 0 || added > 0) ? `; ${t.wordChange(removed, added)}` : '';
  const lines = [`- **${escapeMarkdown(section.heading)}**${keys}${renamed}: ${t.words(section.words.old, section.words.new)}${counts}`];
  for (const hunk of section.hunks.slice(0, MAX_HUNKS)) lines.push(`  - ${hunkText(hunk)}`);
  if (section.hunks.length > MAX_HUNKS) lines.push(`  - ${t.moreHunks(section.hunks.length - MAX_HUNKS)}`);
  return lines;
}

/** "… inden for ~~14~~ **21** dage …": struck out what went, bold what came. */
function hunkText(hunk: WordHunk): string {
  const parts = [
    hunk.before ? `…${escapeMarkdown(hunk.before)}` : '',
    hunk.removed ? `~~${escapeMarkdown(hunk.removed)}~~` : '',
    hunk.added ? `**${escapeMarkdown(hunk.added)}**` : '',
    hunk.after ? `${escapeMarkdown(hunk.after)}…` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
