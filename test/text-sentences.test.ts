/** The text layer's one sentence splitter and its abbreviation list (src/model/text/sentences.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abbreviationKind, abbreviations, isSpace, splitSentences, type SplitOptions } from '../src/model/text/index.js';

const sentences = (text: string, options?: SplitOptions) => splitSentences(text, options).map(([from, to]) => text.slice(from, to));

describe('splitSentences', () => {
  it('does not end a sentence after Danish abbreviations', () => {
    expect(sentences('Du kan f.eks. ringe til os. Se bl.a. Ankestyrelsen, jf. Serviceloven § 101.')).toEqual([
      'Du kan f.eks. ringe til os.',
      'Se bl.a. Ankestyrelsen, jf. Serviceloven § 101.',
    ]);
    expect(sentences('Efter § 101, stk. 2, nr. 3. Du kan klage.')).toEqual(['Efter § 101, stk. 2, nr. 3.', 'Du kan klage.']);
    expect(sentences('Ring på tlf. 12 34 56 78, kl. 9-15. Vi svarer ca. 14 dage efter.')).toEqual([
      'Ring på tlf. 12 34 56 78, kl. 9-15.',
      'Vi svarer ca. 14 dage efter.',
    ]);
    expect(sentences('Relevante samarbejdspartnere (f. eks. Børn og Unge) inddrages.')).toHaveLength(1);
  });

  it('ends a sentence after "osv.", "m.v." only before a capital', () => {
    expect(sentences('Du får kost, logi osv. Du betaler selv.')).toEqual(['Du får kost, logi osv.', 'Du betaler selv.']);
    expect(sentences('Kost, logi m.v. dækkes af kommunen.')).toHaveLength(1);
  });

  it('keeps dates, paragraph letters, decimal numbers and initials inside the sentence', () => {
    expect(sentences('Den 1. januar 2020 trådte loven i kraft. Den gælder stadig.')).toEqual([
      'Den 1. januar 2020 trådte loven i kraft.',
      'Den gælder stadig.',
    ]);
    expect(sentences('Loven ændres 17. 12. 2019 igen.')).toHaveLength(1);
    expect(sentences('Det koster 2.500 kr. om måneden og 3,5 % i rente.')).toHaveLength(1);
    expect(sentences('Kontakt H. C. Andersen i dag.')).toHaveLength(1);
    expect(sentences('Efter serviceloven § 101 a. Du kan være anonym.')).toEqual(['Efter serviceloven § 101 a.', 'Du kan være anonym.']);
    expect(sentences('Se § 101. Stk. 2 gælder også.')).toEqual(['Se § 101.', 'Stk. 2 gælder også.']);
  });

  it('ends at "!" and "?", keeps closing quotes and brackets, and cuts lines without full stops', () => {
    expect(sentences('Kan jeg få hjælp? Ja! Ring "i dag." Så sker der noget.')).toEqual([
      'Kan jeg få hjælp?',
      'Ja!',
      'Ring "i dag."',
      'Så sker der noget.',
    ]);
    expect(sentences('Målgruppe\nBorgere over 18 år\n14 dage')).toEqual(['Målgruppe', 'Borgere over 18 år', '14 dage']);
    expect(sentences('Målgruppe\nBorgere over 18 år', { lineBreaks: false })).toHaveLength(1);
    expect(sentences('Du kan få: Råd og vejledning.', { colon: true })).toEqual(['Du kan få:', 'Råd og vejledning.']);
    expect(sentences('Du kan få: Råd og vejledning.')).toHaveLength(1);
  });

  it('keeps one abbreviation list as data, each word of one kind', () => {
    const never = new Set(abbreviations.never);
    expect(abbreviations.beforeCapital.filter((word) => never.has(word))).toEqual([]);
    for (const word of ['jf', 'bl.a', 'f.eks', 'stk', 'nr']) expect(abbreviationKind(word)).toBe('never');
    expect(abbreviationKind('osv')).toBe('beforeCapital');
    expect(abbreviationKind('behandling')).toBeUndefined();
  });

  it('slices the text to each sentence, in order, and loses or repeats no character of prose', () => {
    const piece = fc.oneof(
      fc.constantFrom('Du', 'kan', 'ringe', 'Behandling', 'f.eks.', 'jf.', 'stk.', 'nr.', 'osv.', '§', '101', 'a', '1.', 'januar', '2,5', 'Ø', 'å'),
      fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', '.', '. ', '! ', '? ', ': ', '"', '”', ')', '(', '-', '+'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.boolean(), fc.boolean(), (text, lineBreaks, colon) => {
        const spans = splitSentences(text, { lineBreaks, colon });
        let covered = 0;
        const kept: string[] = [];
        for (const [from, to] of spans) {
          expect(from).toBeGreaterThanOrEqual(covered);
          expect(to).toBeGreaterThan(from);
          // Only white space lies between sentences, and a sentence starts and ends with prose.
          for (let index = covered; index < from; index++) expect(isSpace(text[index])).toBe(true);
          expect(isSpace(text[from])).toBe(false);
          expect(isSpace(text[to - 1])).toBe(false);
          kept.push(text.slice(from, to));
          covered = to;
        }
        for (let index = covered; index < text.length; index++) expect(isSpace(text[index])).toBe(true);
        const prose = (value: string) => [...value].filter((char) => !isSpace(char)).join('');
        expect(prose(kept.join(''))).toBe(prose(text));
      }),
      { numRuns: 400 },
    );
  });
});
