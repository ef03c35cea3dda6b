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
  // A topic the text probably covers (a misspelt heading, a paragraph under another heading) gets no second, empty section.
  const probable = new Set(standard.sections.flatMap((s) => s.evidence.filter((e) => e.outcome === 'probable').map((e) => e.key)));
  const keys = [
    ...new Set(findings.filter((f) => f.ruleId === 'required-section' && f.requirement && !probable.has(f.requirement)).map((f) => f.requirement!)),
  ];
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

/**
 * A misspelt known heading the check asked about ("Mente du …?") spelt as the
 * known heading: only the heading's words change, not its level or the text.
 */
export function headingRenameEdits(standard: Standard, findings: Finding[]): TextEdit[] {
  const asked = new Set(findings.filter((f) => f.ruleId === 'required-section' && f.requirement).map((f) => f.requirement!));
  const edits: TextEdit[] = [];
  for (const section of standard.sections) {
    for (const evidence of section.evidence) {
      if (evidence.how !== 'misspelt' || !evidence.suggestion || !asked.has(evidence.key)) continue;
      const start = section.position.start.offset;
      const end = section.position.end.offset;
      if (start === undefined || end === undefined) continue;
      const line = standard.source.slice(start, end);
      const words = /^(#{1,6}[ \t]+)(.*?)([ \t]+#+)?[ \t]*$/.exec(line);
      if (!words || words[2] !== section.heading) continue;
      const from = start + words[1]!.length;
      const to = evidence.suggestion;
      edits.push({ start: from, end: from + words[2]!.length, text: to, note: inBoth(fixWords, (t) => t.renameNote({ from: section.heading, to })) });
    }
  }
  return edits;
}
