/**
 * The kinds corpus (test/corpus/kinds/): standards of other areas and § 101
 * standards with outdated and invalid law citations, each labelled in
 * labels.json. In process, one check per file: kind 100 %, another area's
 * standard gets exactly one document-kind error and no § 101 finding, and the
 * citation findings are exactly the labelled ones (none on a correct citation).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStandard } from '../src/model/standard.js';
import { documentKind } from '../src/rules/document-kind.js';
import { checkText } from '../src/check/check.js';

const dir = new URL('corpus/kinds/', import.meta.url);
interface Label {
  kind: string;
  scope?: string[];
  asOf?: string;
  citations?: Array<{ rule: string; line: number; text: string }>;
}
const labels = (JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as { files: Record<string, Label> }).files;
const cases = Object.entries(labels).map(([file, label]) => ({ file, label, text: readFileSync(new URL(file, dir), 'utf8') }));

describe('kinds corpus', () => {
  it('tells every kind (100 %), and the kinds a § 101 standard also covers', () => {
    const found = cases.map(({ file, text }) => {
      const kind = documentKind(buildStandard(text));
      return [file, kind.kind, (kind.scope ?? []).map((s) => s.kind)];
    });
    expect(found).toEqual(cases.map(({ file, label }) => [file, label.kind, label.scope ?? []]));
  });

  it.each(cases.filter(({ label }) => label.kind !== 'sel101').map((c) => [c.file, c] as const))(
    '%s: one document-kind error naming its area with the evidence, and no § 101 finding',
    (_file, { text, label }) => {
      const findings = checkText(text, 'x.md', { asOf: label.asOf ?? '2026-11-25' }).findings;
      const kind = findings.filter((f) => f.ruleId === 'document-kind');
      expect(kind).toHaveLength(1);
      expect(kind[0]!.severity).toBe('error');
      expect(kind[0]!.message).toContain(documentKind(buildStandard(text)).evidence);
      const sel101 = ['required-section', 'empty-section', 'guarantee-days', 'follow-up-schedule', 'complaint-deadline', 'anonymous-treatment', 'document-scope'];
      expect(findings.filter((f) => sel101.includes(f.ruleId))).toEqual([]);
    },
  );

  it('a § 101 standard that also covers alcohol: document-scope info, no document-kind', () => {
    const { text } = cases.find(({ file }) => file === 'sel101-stof-og-alkohol.md')!;
    const findings = checkText(text, 'x.md', { asOf: '2026-11-25' }).findings;
    expect(findings.filter((f) => f.ruleId === 'document-kind')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'document-scope').map((f) => f.severity)).toEqual(['info']);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: exactly the labelled citation findings', (file, { text, label }) => {
    const findings = checkText(text, file, { asOf: label.asOf ?? '2026-11-25' }).findings;
    const lines = text.split('\n');
    const found = findings
      .filter((f) => f.ruleId === 'stale-reference' || f.ruleId === 'invalid-reference')
      .map((f) => ({ rule: f.ruleId, line: f.position.start.line, text: lines[f.position.start.line - 1]!.slice(f.position.start.column - 1, f.position.end.column - 1) }));
    expect(found).toEqual(label.citations ?? []);
  });
});
