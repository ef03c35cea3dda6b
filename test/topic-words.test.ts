/**
 * Issue 15, "one truth about what text exists", for headings: a topic is
 * covered by the words a reader finds under its own heading. The document's
 * title does not claim a topic for the whole document, and a sub-section that
 * is about another topic lends its words to that topic only.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText } from '../src/check/check.js';
import { complete } from './helpers/fixtures.js';

const asOf = '2026-11-25';
const fritValg = /## Frit valg\n[\s\S]*?(?=\n## )/u;
const withoutFrit = complete.replace(fritValg, '');
expect(withoutFrit).not.toContain('## Frit valg');

function findings(text: string): string[] {
  return checkText(text, 'a.md', { asOf })
    .findings.filter((f) => f.requirement === 'frit_valg')
    .map((f) => `${f.ruleId}@${f.position.start.line}`);
}

describe('a topic is covered by the text under its own heading', () => {
  it('a title naming a topic claims nothing: "# Frit valg – kvalitetsstandard …" over the whole document', () => {
    const titled = withoutFrit.replace(/^# .*$/mu, '# Frit valg – kvalitetsstandard for social behandling af stofmisbrug');
    expect(findings(titled)).toEqual(findings(withoutFrit));
    expect(findings(titled)).toEqual([expect.stringMatching(/^required-section@/u)]);
  });

  it('a title naming a topic claims nothing when a second level-1 heading ("# Bilag") follows its sections either', () => {
    const titled = withoutFrit.replace(/^# .*$/mu, '# Frit valg – kvalitetsstandard for social behandling af stofmisbrug') + '\n# Bilag\n\nEn liste over adresser.\n';
    expect(findings(titled)).toEqual([expect.stringMatching(/^required-section@/u)]);
  });

  it('the heading the leaflet makes the page title claims nothing, wherever it stands: the first level-1 heading, else the first heading', () => {
    const section = complete.match(fritValg)![0].replace(/^## /u, '# ');
    // First in a document of level-1 sections: the leaflet shows it as the page title, not as a section.
    const flat = withoutFrit.replace(/^# .*\n\n.*\n/mu, `${section}\n`).replace(/^## /gmu, '# ');
    expect(flat.match(/^# .*/mu)![0]).toBe('# Frit valg');
    expect(findings(flat)).toEqual([expect.stringMatching(/^required-section@/u)]);
    // After a smaller heading: still the first level-1 heading, so still the title.
    const later = withoutFrit.replace(/^# .*$/mu, '### Rusmiddelcenter Eksempelby\n\nTorvet 1, 9999 Eksempelby\n\n# Frit valg');
    expect(findings(later)).toEqual([expect.stringMatching(/^required-section@/u)]);
    // No level-1 heading: the first heading is the title.
    const noTop = withoutFrit.replace(/^# .*$/mu, '## Frit valg');
    expect(findings(noTop)).toEqual([expect.stringMatching(/^required-section@/u)]);
    // A second "# Frit valg" after the title is a section.
    const second = withoutFrit + '\n# Frit valg\n\nDu kan vælge et andet offentligt eller privat tilbud af samme type.\n';
    expect(findings(second)).toEqual([]);
  });

  it('"## Frit valg" over "### Gavekort" only: the gift-card text does not fill the free-choice section', () => {
    const nested = complete.replace(fritValg, '## Frit valg\n\n### Gavekort\n\nGavekort kan bruges som en del af behandlingen, når det støtter dine mål.\n');
    expect(findings(nested)).toEqual([expect.stringMatching(/^empty-section@/u)]);
  });

  it('a sub-section on no other topic still counts for its parent ("### Sådan vælger du")', () => {
    const nested = complete.replace(fritValg, '## Frit valg\n\n### Sådan vælger du\n\nDu kan vælge et andet offentligt eller privat tilbud af samme type.\n');
    expect(findings(nested)).toEqual([]);
  });

  it('text in table cells beyond the header row\'s, which GFM and the leaflet drop, fills nothing', () => {
    const cells = complete.replace(fritValg, '## Frit valg\n\n| |\n|-|\n| | Du kan vælge et andet offentligt eller privat tilbud af samme type. |\n');
    expect(findings(cells)).toEqual([expect.stringMatching(/^empty-section@/u)]);
    const shown = complete.replace(fritValg, '## Frit valg\n\n| Valg |\n|-|\n| Du kan vælge et andet offentligt eller privat tilbud af samme type. |\n');
    expect(findings(shown)).toEqual([]);
  });

  it.each([
    ['a quote', '> [^fv]: Du kan vælge et andet offentligt eller privat tilbud af samme type.'],
    ['a list item', '- [^fv]: Du kan vælge et andet offentligt eller privat tilbud af samme type.'],
  ])('a footnote definition in %s fills nothing', (_, body) => {
    const text = complete.replace(fritValg, `## Frit valg\n\n${body}\n`);
    expect(findings(text)).toEqual([expect.stringMatching(/^empty-section@/u)]);
  });

  it('a footnote\'s facts fill no section: a follow-up promise only in a footnote (referenced from the heading) does not count', () => {
    const followUp = /## Opfølgning på behandlingsplanen\n[\s\S]*?(?=\n## )/u;
    const body = 'Sammen med dig laver vi en behandlingsplan. Når behandlingen slutter, kontakter vi dig efter 6 måneder.';
    const without = complete.replace(followUp, `## Opfølgning på behandlingsplanen\n\n${body}\n`);
    const rules = (text: string) => checkText(text, 'a.md', { asOf }).findings.map((f) => f.ruleId).filter((id) => id === 'follow-up-schedule');
    expect(rules(without)).toEqual(['follow-up-schedule']);
    const withNote = complete.replace(
      followUp,
      `## Opfølgning på behandlingsplanen[^o]\n\n${body}\n\n[^o]: Når behandlingen slutter, kontakter vi dig senest efter 1 måned og igen efter 6 måneder.\n`,
    );
    expect(rules(withNote)).toEqual(['follow-up-schedule']);
  });

  it('property: adding sub-sections about other topics under an empty "## Frit valg" never covers it', () => {
    const others = ['Gavekort', 'Brugerbetaling', 'Målgruppe', 'Behandlingsgaranti', 'Klageadgang', 'Brugerinddragelse'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ heading: fc.constantFrom(...others), depth: fc.constantFrom(3, 4), words: fc.lorem({ maxCount: 30 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (subs) => {
          const body = subs.map((s) => `${'#'.repeat(s.depth)} ${s.heading}\n\n${s.words} tekst.\n`).join('\n');
          const text = complete.replace(fritValg, `## Frit valg\n\n${body}`);
          expect(findings(text).some((f) => f.startsWith('empty-section@'))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
