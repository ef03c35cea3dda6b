/** The citation reader (src/model/citations/read.ts): every form of law citation the standards write, with its place. */
import { describe, expect, it } from 'vitest';
import { buildStandard } from '../src/model/standard.js';
import { readCitations } from '../src/model/citations/read.js';
import { citationLaw } from '../src/law/citations.js';
import { rulesText } from '../src/docs/rules-doc.js';
import { ruleSetFor } from '../src/law/rulesets.js';

/** The citations of a text, without the places, and the words each points at. */
function read(text: string) {
  const standard = buildStandard(text);
  return readCitations(standard).map(({ start, end, sentence: _sentence, sentenceKey: _key, text: written, ...rest }) => {
    expect(standard.source.slice(start, end).replace(/\s+/gu, ' ')).toBe(written);
    return { ...rest, text: written };
  });
}

describe('readCitations', () => {
  // The place is the § and its numbers; the law's name around them is read, not pointed at.
  it('reads § with stk. in its spellings, and the law before or after', () => {
    expect(read('Se § 101, stk. 4 og § 101 stk. 5.')).toEqual([
      { paragraph: '101', stk: 4, text: '§ 101, stk. 4' },
      { paragraph: '101', stk: 5, text: '§ 101 stk. 5' },
    ]);
    expect(read('Efter servicelovens § 101 og § 101 a i lov om social service.')).toEqual([
      { law: 'serviceloven', paragraph: '101', text: '§ 101' },
      { law: 'serviceloven', paragraph: '101 a', text: '§ 101 a' },
    ]);
    expect(read('Jf. SEL §101 stk.2.')).toEqual([{ law: 'serviceloven', paragraph: '101', stk: 2, text: '§101 stk.2' }]);
  });

  it('reads a range as both ends, and the other laws', () => {
    expect(read('Serviceloven §§ 101–101 a.')).toEqual([
      { law: 'serviceloven', paragraph: '101', text: '§§ 101–101 a' },
      { law: 'serviceloven', paragraph: '101 a', text: '§§ 101–101 a' },
    ]);
    expect(read('Unge behandles efter barnets lov § 33, alkohol efter sundhedslovens § 141, og se § 5 i retssikkerhedsloven.').map((c) => [c.law, c.paragraph])).toEqual([
      ['barnets lov', '33'],
      ['sundhedsloven', '141'],
      ['retssikkerhedsloven', '5'],
    ]);
  });

  it('reads executive orders by number and date, in figures or words', () => {
    expect(read('Jf. BEK nr. 1477 af 17/12/2019 og bekendtgørelse nr. 622 af 15. juni 2006.').map((c) => [c.order, c.text])).toEqual([
      [{ number: '1477', date: '2019-12-17' }, 'BEK nr. 1477 af 17/12/2019'],
      [{ number: '622', date: '2006-06-15' }, 'bekendtgørelse nr. 622 af 15. juni 2006'],
    ]);
  });

  it('reads the "Stk. N." lines of a quoted paragraph, in one block or several, until other text', () => {
    expect(read('§ 101. Kommunen skal tilbyde behandling.\n\nStk. 2. Senest 14 dage.\n\nStk. 3. Unge.\n\nAndet.\n\nStk. 4. Ikke citeret.').filter((c) => c.quoted)).toEqual([
      { paragraph: '101', stk: 2, quoted: true, text: 'Stk. 2.' },
      { paragraph: '101', stk: 3, quoted: true, text: 'Stk. 3.' },
    ]);
    expect(read('§ 101 a. Anonym behandling.\nStk. 2. Mere.').filter((c) => c.quoted)).toEqual([{ paragraph: '101 a', stk: 2, quoted: true, text: 'Stk. 2.' }]);
  });

  // PDF transcripts and web pages flatten the quoted law into one paragraph; each stk.'s words run to the next.
  it('reads a law text quoted in running text, paragraph by paragraph, and not "jf. stk. 1"', () => {
    const standard = buildStandard('Servicelovens § 101: Behandling. Stk. 2. Senest 14 dage. Stk. 4. Frit valg, jf. stk. 1. Sundhedslovens § 142: Lægelig. Stk. 2. Aftaler.');
    const quoted = readCitations(standard).filter((c) => c.quoted);
    expect(quoted.map(({ paragraph, stk, text, sentence }) => ({ paragraph, stk, text, sentence }))).toEqual([
      { paragraph: '101', stk: 2, text: 'Stk. 2.', sentence: 'Stk. 2. Senest 14 dage. ' },
      { paragraph: '101', stk: 4, text: 'Stk. 4.', sentence: 'Stk. 4. Frit valg, jf. stk. 1. Sundhedslovens ' },
      { paragraph: '142', stk: 2, text: 'Stk. 2.', sentence: 'Stk. 2. Aftaler.' },
    ]);
    expect(quoted.map((c) => standard.source.slice(c.start, c.end))).toEqual(['Stk. 2.', 'Stk. 4.', 'Stk. 2.']);
  });

  it('reads "i" after a number as the law\'s word, not a paragraph letter', () => {
    expect(read('§ 101 i serviceloven.')).toEqual([{ law: 'serviceloven', paragraph: '101', text: '§ 101' }]);
  });
});

describe('the law data (schemas/law/citations.json)', () => {
  it('names a source for every entry, and kvs rules lists them with what is unverified', () => {
    const law = citationLaw();
    const sources = [...Object.values(law.laws), ...law.paragraphs.flatMap((p) => p.periods), ...law.orders].map((entry) => entry.source);
    for (const source of sources) expect(source.length).toBeGreaterThan(10);
    for (const lang of ['da', 'en'] as const) {
      const text = rulesText(ruleSetFor('2026-01-01'), lang);
      for (const source of sources) expect(text).toContain(source);
    }
    const da = rulesText(ruleSetFor('2026-01-01'), 'da');
    expect(da).toContain('stk. 1-9 (flere stk. kan findes: ikke bekræftet)');
    expect(da).toContain('afløst 2020-01-01 (ikke bekræftet) af BEK nr. 1477 af 17/12/2019');
  });
});
