/** The text layer's words: tokens, normalisation, stems, compounds and prose blocks with source offsets (src/model/text/). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildStandard } from '../src/model/standard.js';
import { collectBlocks, normalise, normaliseWord, proseSentences, sourceSpan, splitCompound, stem, tokenize } from '../src/model/text/index.js';

describe('tokenize', () => {
  it('cuts words, numbers and punctuation with offsets, case and the space before', () => {
    const text = 'Ring 72 33, rusmiddel-Mønster!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.kind, t.text, t.lower, t.space])).toEqual([
      ['word', 'Ring', 'ring', true],
      ['num', '72', '72', true],
      ['num', '33', '33', true],
      ['punct', ',', ',', false],
      ['word', 'rusmiddel', 'rusmiddel', true],
      ['punct', '-', '-', false],
      ['word', 'Mønster', 'mønster', false],
      ['punct', '!', '!', false],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('normalise', () => {
  it('composes to NFC, undoes PDF hyphenation and soft hyphens, and lower-cases on request', () => {
    expect(normalise('Behand-\nling og behand- \n  lingen').text).toBe('Behandling og behandlingen');
    expect(normalise('Misbrugs\u00adbehandling').text).toBe('Misbrugsbehandling');
    expect(normalise('Ma\u030algruppe', { lowerCase: true }).text).toBe('målgruppe');
    expect(normaliseWord('BEHANDLINGSGARANTI')).toBe('behandlingsgaranti');
  });

  it('keeps a hyphen that is no cut word: suspended compounds, capitals, mid-line hyphens', () => {
    expect(normalise('Sundheds-\nog Omsorgsudvalget').text).toBe('Sundheds-\nog Omsorgsudvalget');
    expect(normalise('Social-\nForvaltningen').text).toBe('Social-\nForvaltningen');
    expect(normalise('rusmiddel-mønster').text).toBe('rusmiddel-mønster');
  });

  it('points every character of the result back to the input character it came from', () => {
    const text = 'Ma\u030al: behand-\nling\u00ad og ÆBLE';
    const { text: out, offsets } = normalise(text, { lowerCase: true });
    expect(offsets).toHaveLength(out.length + 1);
    expect(offsets.at(-1)).toBe(text.length);
    for (let index = 0; index < out.length; index++) {
      const from = text[offsets[index]!]!;
      expect(from.normalize('NFD')[0]!.toLowerCase()).toBe(out[index]!.normalize('NFD')[0]);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'å', 'a\u030a', '-', '\n', ' ', '\u00ad', 'og', 'x') }), (value) => {
        const result = normalise(value);
        expect(result.offsets).toHaveLength(result.text.length + 1);
        for (let index = 1; index < result.offsets.length; index++) expect(result.offsets[index]).toBeGreaterThanOrEqual(result.offsets[index - 1]!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stem', () => {
  it('gives the inflected forms of a Danish word one stem', () => {
    expect(new Set(['behandling', 'behandlingen', 'behandlinger', 'behandlingerne'].map(stem)).size).toBe(1);
    expect(stem('tilbuddet')).toBe(stem('tilbud'));
    expect(stem('Målgruppen')).toBe(stem('målgruppe'));
    expect(stem('garantien')).toBe(stem('garanti'));
    expect(stem('klage')).not.toBe(stem('kost'));
  });
});

describe('splitCompound', () => {
  it('splits a compound whose parts are known, with a linking s or e', () => {
    expect(splitCompound('stofmisbrugsbehandling')).toEqual(['stof', 'misbrugs', 'behandling']);
    expect(splitCompound('Behandlingsgarantien')).toEqual(['behandlings', 'garantien']);
    expect(splitCompound('brugerinddragelse')).toEqual(['bruger', 'inddragelse']);
    expect(splitCompound('handleplaner')).toEqual(['handle', 'planer']);
    expect(splitCompound('ungebehandling')).toEqual(['unge', 'behandling']);
  });

  it('leaves known single words and words with an unknown part alone', () => {
    expect(splitCompound('behandling')).toBeUndefined();
    expect(splitCompound('kommunen')).toBeUndefined();
    expect(splitCompound('sætningsbehandling')).toBeUndefined();
    expect(splitCompound('x'.repeat(200))).toBeUndefined();
  });
});

describe('collectBlocks', () => {
  it("maps every character of a block's text to the source character it shows", () => {
    const source = '# Målgruppe\n\nDu kan *få* hjælp, jf. [§ 101](https://x.dk).\n\n- Punkt \\* et\n\n| A | B |\n|---|---|\n| 14 dage | ja |\n';
    const standard = buildStandard(source);
    const blocks = collectBlocks(standard);
    expect(blocks.map((block) => block.text)).toEqual(['Målgruppe', 'Du kan få hjælp, jf. § 101.', 'Punkt * et', 'A', 'B', '14 dage', 'ja']);
    for (const block of blocks) {
      expect(block.map).toHaveLength(block.text.length + 1);
      for (let index = 0; index < block.text.length; index++) expect(source[block.map[index]!]).toBe(block.text[index]);
    }
    const linked = blocks[1]!.text.indexOf('§ 101');
    expect(blocks[1]!.links).toEqual([{ url: 'https://x.dk', start: linked, end: linked + '§ 101'.length }]);
  });
});

describe('proseSentences', () => {
  it("puts every sentence of plain prose at the source text it came from", () => {
    const word = fc.constantFrom('Du', 'kan', 'ringe', 'f.eks.', 'jf.', 'bl.a.', 'Behandling', 'osv.', 'Målgruppe', '§ 101', '14 dage', 'hjælp!');
    const joint = fc.constantFrom(' ', ' ', '. ', '? ', '\n');
    const paragraph = fc
      .array(fc.tuple(word, joint), { minLength: 1, maxLength: 30 })
      .map((pairs) => pairs.map(([w, j]) => w + j).join('').trim());
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const source = `# Titel\n\n${paragraphs.join('\n\n')}\n`;
        const sentences = proseSentences(collectBlocks(buildStandard(source)));
        for (const sentence of sentences) {
          const [from, to] = sourceSpan(sentence.block, sentence.start, sentence.end);
          expect(source.slice(from, to)).toBe(sentence.text);
        }
        expect(sentences.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(`Titel${paragraphs.join('')}`.replace(/\s/gu, ''));
      }),
      { numRuns: 60 },
    );
  });
});
