/**
 * Empty stubs for the required sections a standard lacks: a heading from the
 * requirement catalogue and, when the model would not recognise that heading
 * by itself, a `<!-- kvs-krav: key -->` marker. Never any text: the writer
 * writes the section (and `kvs check` says `empty-section` until then).
 */
import type { Finding, Standard } from '../types.js';
import { requirementCatalogue } from '../law/catalogue.js';
import { buildStandard } from '../model/standard.js';
import { markerName } from '../model/directives.js';
import type { TextEdit } from './edits.js';
import { inBoth } from '../i18n/index.js';
import { fixWords } from '../i18n/fix.js';

export function sectionStubEdits(standard: Standard, findings: Finding[], headings?: Record<string, string[]>): TextEdit[] {
  const keys = [...new Set(findings.filter((f) => f.ruleId === 'required-section' && f.requirement).map((f) => f.requirement!))];
  if (keys.length === 0) return [];
  const catalogue = new Map(requirementCatalogue().map((r) => [r.key, r]));
  // The depth the standard's own topic sections use, else 2 (## under the # title).
  const depths = standard.sections.filter((s) => s.requirements.length > 0).map((s) => s.depth);
  const depth = depths.length > 0 ? Math.min(...depths) : 2;
  const hashes = '#'.repeat(depth);
  const source = standard.source;
  const ending = source.includes('\r\n') ? '\r\n' : '\n';
  let text = source.length === 0 || source.endsWith('\n') ? '' : ending;
  const notes: string[] = [];
  for (const key of keys) {
    const requirement = catalogue.get(key);
    if (!requirement) continue;
    const heading = requirement.headings[0] ?? requirement.title.da;
    const probe = buildStandard(`# T\n\n${hashes} ${heading}\n\nx\n`, 'probe.md', headings ? { headings } : {});
    const recognised = probe.sections.some((s) => s.requirements.includes(key));
    text += `${ending}${hashes} ${heading}${ending}`;
    if (!recognised) text += `${ending}<!-- ${markerName}: ${key} -->${ending}`;
    notes.push(heading);
  }
  if (notes.length === 0) return [];
  return [
    {
      start: source.length,
      end: source.length,
      text,
      note: inBoth(fixWords, (t) => t.sectionsNote(notes)),
    },
  ];
}
