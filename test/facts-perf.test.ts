/**
 * The faster formulations agree with the obviously correct slow ones.
 *
 * document-kind finds cue matches with one alternation of all cues and a
 * separate word-start test; the reference below searches each cue on its own
 * with a leading lookbehind (`(?<![\p{L}\p{N}])(?:cue)`, flags giu), as the
 * rule used to, and decides the kind and evidence from those counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildStandard } from '../src/model/standard.js';
import { documentKind } from '../src/rules/document-kind.js';

interface KindsFile {
  minimum: number;
  kinds: Record<string, { cues: Array<{ pattern: string; weight: number }> }>;
}

const kindsFile = JSON.parse(readFileSync(new URL('../schemas/document-kinds.json', import.meta.url), 'utf8')) as KindsFile;

/** The verdict from prose alone, each cue searched on its own with a lookbehind. */
function referenceKind(prose: string): { kind: string; evidence: string } {
  const tallies = new Map<string, { score: number; words: Map<string, number> }>();
  for (const [id, kind] of Object.entries(kindsFile.kinds)) {
    const tally = { score: 0, words: new Map<string, number>() };
    for (const cue of kind.cues) {
      for (const match of prose.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${cue.pattern})`, 'giu'))) {
        tally.score += cue.weight;
        const word = match[0].toLowerCase().replace(/\s+/gu, ' ');
        tally.words.set(word, (tally.words.get(word) ?? 0) + 1);
      }
    }
    tallies.set(id, tally);
  }
  const evidence = (words: Map<string, number>) =>
    [...words]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))
      .slice(0, 3)
      .map(([word, times]) => `"${word}" ×${times}`)
      .join(', ');
  const drug = tallies.get('sel101')!;
  const [bestId, best] = [...tallies].filter(([id]) => id !== 'sel101').sort((a, b) => b[1].score - a[1].score)[0]!;
  const min = kindsFile.minimum;
  if (drug.score >= min && drug.score >= best.score) return { kind: 'sel101', evidence: evidence(drug.words) };
  if (bestId === 'sundhedsloven141' && drug.score >= min) return { kind: 'sel101', evidence: evidence(drug.words) };
  if (best.score >= min) return { kind: bestId, evidence: evidence(best.words) };
  return { kind: 'unknown', evidence: 'no cue words' };
}

// Cue words, near misses, and what sits at their edges: letters, digits, marks, astral characters.
const pieces = [
  'stofmisbrug', 'stof-misbrug', 'stofbrugere', 'stof- og alkoholbehandling', 'hash', 'Kokain', 'metadon',
  '§ 101', '§101', '§ 101 a', '§ 101a', 'SEL § 101', 'sel  §  1010', '§ 107', 'midlertidigt  ophold', 'botilbuddet',
  'beboerne', '§ 83', 'hjemmehjælp', 'personlig pleje', 'praktisk hjælp', 'hjælp til bad', 'sundhedsloven § 141',
  'alkohol', 'Alkoholbehandling', 'antabus', 'ædru', 'druk', 'x', 'æ', '7', 'ſel', '\u0301', '😀', '𝐀', ' ', ' ', '\n', '.', '-',
];
const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('document-kind: one pass over all cues', () => {
  it('gives the kind and evidence of searching each cue on its own', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        // A plain paragraph under a title without cues: the prose is the paragraph as written.
        const prose = text.replace(/\n+/gu, ' ').trim();
        fc.pre(prose !== '' && !/^[-.\d]/u.test(prose) && !/[\\*_`#<>[\]]/u.test(prose));
        const standard = buildStandard(`# Titel\n\n${prose}\n`);
        const found = documentKind(standard);
        expect({ kind: found.kind, evidence: found.evidence }).toEqual(referenceKind(prose));
      }),
      { numRuns: 300 },
    );
  });
});
