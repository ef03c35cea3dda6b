/**
 * The faster formulations of the text rules give the same answers as the
 * obvious ones they replaced (kept here as the reference): LIX counting, the
 * readability sums, the words a stale-reference pattern needs, and the
 * model's word counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lixCounts, lixCountsOfTree, type LixCounts } from '../src/model/lix.js';
import { foldCase, requiredWords, staleReferences } from '../src/rules/stale-reference.js';
import { buildStandard } from '../src/model/standard.js';
import { countLetterRuns } from '../src/model/sections.js';
import { isProse, minDuplicateWords, normalizeParagraph } from '../src/model/duplicates.js';
import { compareDanish } from '../src/model/danish-order.js';

// ---------------------------------------------------------------------------
// The LIX counter before it was written out by hand (src/model/lix.ts).

const neverEnds = new Set([
  'jf', 'jvf', 'bl.a', 'f.eks', 'fx', 'f.x', 'ca', 'stk', 'nr', 'evt', 'pga', 'p.g.a', 'dvs', 'd.v.s', 'inkl', 'ekskl',
  'ift', 'i.f.t', 'iht', 'i.h.t', 'mht', 'm.h.t', 'vedr', 'ang', 'tlf', 'kl', 'pr', 'hhv', 'bek', 'lbk', 'kap', 'pkt',
  'el', 'd', 'dr', 'sml', 'vha', 'v.h.a', 'ml', 'gl', 'mdr', 'md', 'årh', 'bl', 'nb', 'ps', 'obs', 'att', 'hr', 'fr',
]);
const mayEnd = new Set(['osv', 'o.s.v', 'etc', 'mv', 'm.v', 'mm', 'm.m', 'mfl', 'm.fl', 'o.l', 'ol', 'o.a', 'oa']);

const letter = /\p{L}/gu;
const wordChar = /[\p{L}\p{N}]/u;
const leading = /^[^\p{L}\p{N}]+/u;
const closing = /["'»«”“’‘)\]}›‹*_]+$/u;

/** Counts words, sentences and long words in one block of text. */
function slowLixCounts(text: string): LixCounts {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  let open = false;
  const count = (token: string, next: string | undefined) => {
    words++;
    open = true;
    if ((token.match(letter)?.length ?? 0) > 6) longWords++;
    if (endsSentence(token, next)) {
      sentences++;
      open = false;
    }
  };
  // One token at a time, each judged when the next is known: an array of every token of a long paragraph costs more than the text (issue 6).
  let token: string | undefined;
  for (const match of text.matchAll(/\S+/gu)) {
    if (!wordChar.test(match[0])) continue;
    if (token !== undefined) count(token, match[0]);
    token = match[0];
  }
  if (token !== undefined) count(token, undefined);
  if (open) sentences++;
  return { words, sentences, longWords };
}

function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(closing, '');
  if (/[!?]$/u.test(bare)) return true;
  if (!/[.:]$/u.test(bare)) return false;
  if (next === undefined) return true;
  const nextStart = next.replace(leading, '').charAt(0);
  const nextLower = nextStart !== '' && nextStart === nextStart.toLowerCase() && nextStart !== nextStart.toUpperCase();
  if (nextLower) return false;
  if (bare.endsWith(':')) return true;
  const word = bare.slice(0, -1).replace(leading, '').toLowerCase();
  if (neverEnds.has(word)) return false;
  if (mayEnd.has(word)) return nextStart !== '' && nextStart !== nextStart.toLowerCase();
  return true;
}

// ---------------------------------------------------------------------------

/** Text made of the characters LIX cares about: letters (Danish, other scripts, astral), digits, every kind of space, closers and marks. */
const lixText = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'B', 'æ', 'Ø', 'å', 'ß', 'ǅ', 'ª', '𝐀', '\u{1D7CE}', '١', '7', '0', 'x', 'Q', 'z'),
      fc.constantFrom(' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200b'),
      fc.constantFrom('.', ':', '!', '?', ',', '-', '- ', '-\n', 'til- bud', '"', "'", '»', '«', '”', '“', '’', '‘', ')', ']', '}', '›', '‹', '*', '_', '(', '\ud800', '\udc00'),
      fc.constantFrom('jf.', 'Bl.a.', 'osv.', 'm.v.', 'stk.', 'behandlingsgaranti', 'Du', 'kan', 'få', 'råd', 'Ærø', '2019', 'E.'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('lixCounts', () => {
  it('counts as the regex formulation did', () => {
    fc.assert(fc.property(lixText, (text) => {
      expect(lixCounts(text)).toEqual(slowLixCounts(text));
    }), { numRuns: 800 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      expect(lixCounts(text)).toEqual(slowLixCounts(text));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      expect(lixCounts(text)).toEqual(slowLixCounts(text));
    }), { numRuns: 500 });
  });
});

describe('readability sums', () => {
  it('gives the whole text the sum of its top-level nodes, as one walk over the tree does', () => {
    const text = [
      'Indledning før den første overskrift. Den har to sætninger.',
      '',
      '# Titel',
      '',
      'Første afsnit: en sætning, jf. stk. 2. Og en til!',
      '',
      '- Punkt et i en liste',
      '- Punkt to. Med *fremhævning* og **fed** tekst.',
      '',
      '| Kolonne | Anden |',
      '| --- | --- |',
      '| Celle en. | celle to |',
      '',
      '## Underafsnit',
      '',
      '> Et citat. Over to linjer',
      '> i samme afsnit.',
    ].join('\n');
    const standard = buildStandard(text);
    const sum: LixCounts = { words: 0, sentences: 0, longWords: 0 };
    for (const node of standard.tree.children) {
      const counts = lixCountsOfTree(node);
      sum.words += counts.words;
      sum.sentences += counts.sentences;
      sum.longWords += counts.longWords;
    }
    expect(sum).toEqual(lixCountsOfTree(standard.tree));
  });
});

// ---------------------------------------------------------------------------

describe('requiredWords', () => {
  it('finds the word sets every match contains', () => {
    expect(requiredWords('(?<!\\p{L})statsforvaltning(?:en|ens)?(?!\\p{L})')).toEqual([['statsforvaltning']]);
    expect(requiredWords('(?:stk\\.?|stykke)\\s*2')).toEqual([['stk', 'stykke'], ['2']]);
    expect(requiredWords('a{0,2}bc')).toEqual([['bc']]);
    expect(requiredWords('ab|c(?:de|fg)')).toEqual([['ab', 'de', 'fg']]);
    expect(requiredWords('foo|x*')).toEqual([]);
    expect(requiredWords('(?i:a)')).toEqual([]);
  });

  it('never rules out a text the pattern matches', () => {
    // The document kinds' cues (src/model/document-kind.ts) are many and alike: fewer runs each.
    const documentKindData = JSON.parse(readFileSync(new URL('../schemas/document-kinds.json', import.meta.url), 'utf8')) as {
      kinds: Record<string, { cues: Array<{ pattern: string }> }>;
    };
    const cues = Object.values(documentKindData.kinds).flatMap((kind) => kind.cues.map((cue) => ({ pattern: cue.pattern, runs: 100 })));
    const patterns = [
      ...staleReferences().flatMap((entry) => [entry.regex.source, entry.nearRegex?.source].filter((s): s is string => s !== undefined)),
      'ab|cd(?:ef)+g',
      '(?:x|y)+z',
      'Kø\\sBE',
      'a(?=b)c',
      'S[a-c]{2}K',
      'æ{2,3}ø',
    ].map((pattern) => ({ pattern, runs: 500 }));
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'k', 'K', '\u212a', 's', 'S', 'ſ', 'x', 'y', 'z', 'æ', 'Æ', 'ø', 'Ø', 'å', 'Å', '\u212b', ' ', '-', '.', ',', '§', '1', '0', '2', '4', '8');
    const phrases = fc.constantFrom(
      '§ 101, stk. 2', '§101 stykke 4', 'stk. 2', 'behandlingsgarantien', 'under 18 år', 'fra 15 til 17 år', '16-årige', 'Det Sociale Nævn',
      'det lokale sociale ankenævn', 'Den Sociale Ankestyrelse', 'Servicestyrelsen', 'Patientklagenævnet', 'Patientombuddet',
      'Styrelsen for Patientsikkerhed', 'klage', 'Statsforvaltningen', 'persondataloven', 'bek. nr. 622', 'serviceloven', 'frit valg', '14 dage',
      '§ 83', '§§ 107', 'SEL § 101 a', 'sundhedslovens § 141', 'Stof- og alkoholbehandling', 'unge under 18', 'barnets lov § 33', 'Forældre',
    );
    for (const { pattern, runs } of [...patterns, ...cues]) {
      const regex = new RegExp(pattern, 'iu');
      const needs = requiredWords(pattern);
      const words = needs.flat();
      // Texts built from the pattern's own words, letters and the phrases it is meant for, so that many of them match.
      const pieces = fc.oneof(alphabet, phrases, ...(words.length > 0 ? [fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()))] : []));
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
          const text = parts.join('');
          if (!regex.test(text)) return;
          const folded = foldCase(text);
          expect(needs.every((set) => set.some((word) => folded.includes(word))), `${pattern} on ${text}`).toBe(true);
        }),
        { numRuns: runs },
      );
    }
  });
});

// ---------------------------------------------------------------------------
// Danish order without ICU's collator (src/model/danish-order.ts).

describe('compareDanish', () => {
  it("orders words as localeCompare(…, 'da') does", () => {
    // Few characters, so that words share beginnings; a and å beside each other make the "aa" cases.
    const word = fc.array(fc.constantFrom(...'aåæøsz §0 19bA--ü.'), { maxLength: 7 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(Math.sign(compareDanish(a, b)), `${a} | ${b}`).toBe(Math.sign(a.localeCompare(b, 'da')));
      }),
      { numRuns: 3000 },
    );
    expect(['stofmisbrug', '§ 101', 'alkohol', 'ædru', 'aarhus', 'zone', 'å', '2'].sort(compareDanish)).toEqual(['§ 101', '2', 'alkohol', 'stofmisbrug', 'zone', 'ædru', 'å', 'aarhus']);
  });
});

// ---------------------------------------------------------------------------
// Word counts of the model (src/model/sections.ts, duplicates.ts).

function slowIsProse(text: string): boolean {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length < minDuplicateWords) return false;
  const numeric = tokens.filter((t) => /^\d/.test(t)).length;
  const lines = text.split('\n').filter((l) => l.trim());
  return numeric / tokens.length < 0.25 && tokens.length / lines.length >= 6;
}

function slowNormalizeParagraph(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('word counts', () => {
  it('count and judge prose as the regex formulations did', () => {
    const texts = fc.oneof(lixText, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));
    fc.assert(
      fc.property(texts, (text) => {
        // Hangul filler letters draw nothing, so they count as no letter (src/model/sections.ts).
        expect(countLetterRuns(text)).toBe(text.replace(/[\u115f\u1160\u3164\uffa0]/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
        expect(isProse(text)).toBe(slowIsProse(text));
        expect(normalizeParagraph(text)).toBe(slowNormalizeParagraph(text));
      }),
      { numRuns: 2000 },
    );
  });
});
