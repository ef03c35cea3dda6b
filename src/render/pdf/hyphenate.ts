/**
 * Danish hyphenation for the booklet: where a word may be broken at the end
 * of a line. The Liang patterns (hyphen/da, TeX's hyph-da) give soft hyphens;
 * this wrapper keeps short words, acronyms, numbers, URLs and e-mail addresses
 * whole, keeps three letters on each side of a break, never strands a single
 * letter ("rå-dgiver" becomes "råd-giver") and marks the joints of compounds
 * ("stofmisbrugs-behandling") so the line breaker can prefer them.
 *
 * The points of a word are worked out once per thread, and kept between runs
 * in a signed file (word-cache.ts) made for this module's code and the
 * patterns' version: changed code or patterns get a file of their own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import hyphenDa from 'hyphen/da/index.js';
import { sha256 } from '../../fs/hash.js';
import { WordFile, packageVersion, type WordCacheOptions } from './word-cache.js';

export const SOFT_HYPHEN = '\u00AD';

export interface BreakPoint {
  /** Break before this UTF-16 offset into the word. */
  offset: number;
  /** True when a hyphen has to be drawn at the end of the line (a soft hyphen); false after "-" or "/". */
  hyphen: boolean;
  /** True at the joint of a compound word, where a break reads best. */
  compound: boolean;
}

/** Words shorter than this are never hyphenated. */
const MIN_WORD = 8;
/**
 * Runs of letters longer than this are no words (the longest Danish compounds
 * have about 60 letters): they are cut between characters like any other
 * overlong string. The patterns library takes time growing faster than the
 * square of the length (14 s for 64,000 letters).
 */
const MAX_WORD = 100;
/** Letters that must stay on each side of a soft-hyphen break. */
const MIN_LEFT = 3;
const MIN_RIGHT = 3;

/**
 * Second parts of compounds in the language of the standards. A soft-hyphen
 * point where the rest of the word starts with one of these (after at least
 * four letters) is a compound joint: "behandlings|garanti", "rusmiddel|center".
 */
const COMPOUND_HEADS = [
  'adfærd', 'afdeling', 'afgørelse', 'afhængighed', 'afklaring', 'aftale', 'alder', 'ambulant', 'ansøgning',
  'arbejd', 'behandl', 'behov', 'beskrivelse', 'bestyrelse', 'betaling', 'bevilling', 'brug', 'børn', 'center',
  'centr', 'database', 'diagnose', 'døgn', 'faglig', 'familie', 'forbrug', 'forebyggelse', 'forhold', 'forløb',
  'formål', 'funktion', 'garanti', 'grundlag', 'gruppe', 'helbred', 'henvendelse', 'henvisning', 'hjælp',
  'indberetning', 'inddrag', 'indsats', 'indtag', 'institution', 'kommun', 'kompetence', 'kontakt', 'kontrol',
  'kvalitet', 'ledelse', 'leder', 'lidelse', 'liv', 'medarbejder', 'medicin', 'misbrug', 'mulighed', 'myndighed',
  'målgruppe', 'niveau', 'nævn', 'område', 'opfølgning', 'ophold', 'oplysning', 'periode', 'person', 'pjece', 'plan',
  'pligt', 'portal', 'praksis', 'problem', 'psykiat', 'pårørende', 'reduktion', 'relation', 'rusmiddel', 'rusmidl',
  'rådgiv', 'samarbejd', 'samtale', 'service', 'situation', 'skema', 'social', 'standard', 'sted', 'stof',
  'styrelse', 'sundhed', 'system', 'tilbud', 'tilsyn', 'uddannelse', 'udredning', 'udvalg', 'udvikling', 'ungdom',
  'vejledning', 'visitation', 'vurdering',
];

const cache = new Map<string, BreakPoint[]>();
/** The points kept between runs, when there is a cache (keepBreakPointsIn). */
let kept: WordFile | undefined;
let header: Record<string, string> | undefined;

/** Keeps the points worked out in `dir` between runs (renderBooklet calls it; undefined: no cache). */
export function keepBreakPointsIn(wordCache: WordCacheOptions | undefined): void {
  header ??= {
    kvsHyphenation: '1',
    patterns: packageVersion('hyphen', import.meta.url),
    code: sha256(readFileSync(fileURLToPath(import.meta.url))),
  };
  kept = wordCache ? WordFile.of('hyphenation.json', header, wordCache) : undefined;
}

/** Where `word` (a run of text without spaces) may be broken, in order. */
export function breakPoints(word: string): BreakPoint[] {
  let points = cache.get(word);
  if (!points) {
    const stored = kept?.get(word);
    points = stored === undefined ? undefined : decodePoints(stored, word);
    if (!points) {
      points = computeBreakPoints(word);
      kept?.set(word, points.map((point) => `${point.offset}${point.hyphen ? 'h' : ''}${point.compound ? 'c' : ''}`).join(' '));
    }
    cache.set(word, points);
  }
  return points;
}

/** Points as kept (`offset`, `h` when hyphenated, `c` at a compound joint), or undefined when they cannot be the word's. */
function decodePoints(stored: string, word: string): BreakPoint[] | undefined {
  if (stored === '') return [];
  const points: BreakPoint[] = [];
  for (const token of stored.split(' ')) {
    const match = /^(\d+)(h?)(c?)$/.exec(token);
    const offset = Number(match?.[1]);
    if (!match || offset <= 0 || offset >= word.length || offset < (points[points.length - 1]?.offset ?? 0)) return undefined;
    points.push({ offset, hyphen: match[2] === 'h', compound: match[3] === 'c' });
  }
  return points;
}

/** The word with soft hyphens where it may be broken (for inspection and tests). */
export function hyphenateWord(word: string): string {
  let out = '';
  let last = 0;
  for (const point of breakPoints(word)) {
    out += word.slice(last, point.offset) + (point.hyphen ? SOFT_HYPHEN : '');
    last = point.offset;
  }
  return out + word.slice(last);
}

function computeBreakPoints(word: string): BreakPoint[] {
  if (/^(?:https?:\/\/|www\.|mailto:)|@/i.test(word)) return urlPoints(word);
  const points: BreakPoint[] = [];
  // After a hard hyphen or a slash, without adding a hyphen: "døgn-/dag|behandling", "psykiatrien/|distrikts…".
  // Two letters before it: counted once for the word, not once for every hyphen in it.
  const secondLetter = /\p{L}[^]*?\p{L}/u.exec(word);
  const earliest = secondLetter ? secondLetter.index + secondLetter[0].length : Infinity;
  for (const match of word.matchAll(/[-/–](?=\p{L}{3})/gu)) {
    const offset = (match.index ?? 0) + 1;
    if (offset >= earliest) points.push({ offset, hyphen: false, compound: true });
  }
  if (!/\d|§/.test(word)) {
    for (const match of word.matchAll(/\p{L}+/gu)) {
      points.push(...letterRunPoints(match[0], match.index ?? 0));
    }
  }
  return points.sort((a, b) => a.offset - b.offset);
}

/** Soft-hyphen points inside one run of letters starting at `start` in the word. */
function letterRunPoints(run: string, start: number): BreakPoint[] {
  if (run.length < MIN_WORD || run.length > MAX_WORD) return [];
  // Acronyms and shouted words of a few letters stay whole; longer capitals ("KVALITETSSTANDARD") are words.
  if (run === run.toUpperCase() && run.length < 10) return [];
  const hyphenated = hyphenDa.hyphenateSync(run, { minWordLength: MIN_WORD, exceptions: EXCEPTIONS });
  const offsets: number[] = [];
  let index = 0;
  for (const char of hyphenated) {
    if (char === SOFT_HYPHEN) offsets.push(index);
    else index += char.length;
  }
  // No single letter between two points: drop the point that would strand it.
  const kept = offsets.filter((offset) => offset >= MIN_LEFT && run.length - offset >= MIN_RIGHT);
  const cleaned: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const offset = kept[i]!;
    const next = kept[i + 1];
    const previous = cleaned[cleaned.length - 1];
    if (next !== undefined && next - offset === 1) {
      // A lone letter between offset and next: a consonant belongs with what went before ("råd-giver"),
      // a vowel starts the next syllable ("helheds-orienteret"); keep only the one break that reads right.
      const letter = run.charAt(offset);
      if (!isVowel(letter)) continue;
      cleaned.push(offset);
      i++;
      continue;
    }
    if (previous !== undefined && offset - previous === 1) continue;
    cleaned.push(offset);
  }
  // A joint found by a longer second part ("rusmiddel|indtag") is a break of its own, and the
  // syllable breaks right next to it ("rusmidde|lindtag") go.
  const joints = compoundJoints(run.toLowerCase());
  const strong = [...joints.entries()].filter(([offset, length]) => length >= 5 && run.length - offset >= MIN_RIGHT).map(([offset]) => offset);
  const offsetsWithJoints = [...cleaned.filter((offset) => !strong.some((joint) => Math.abs(joint - offset) === 1)), ...strong];
  return [...new Set(offsetsWithJoints)]
    .sort((a, b) => a - b)
    .map((offset) => ({ offset: start + offset, hyphen: true, compound: joints.has(offset) }));
}

/**
 * Offsets where a known second part of a compound starts, after at least four
 * letters, and not inside another known part ("be|handling" is no joint,
 * "misbrugs|behandling" is), with the length of that part.
 */
function compoundJoints(lower: string): Map<number, number> {
  const matches: [number, number][] = [];
  for (const head of COMPOUND_HEADS) {
    for (let at = lower.indexOf(head, 1); at !== -1; at = lower.indexOf(head, at + 1)) matches.push([at, at + head.length]);
  }
  /** Offset → length of the longest known part that starts there. */
  const joints = new Map<number, number>();
  for (const [at, end] of matches) {
    if (at < 4) continue;
    if (matches.some(([from, to]) => from < at && to > at)) continue;
    joints.set(at, Math.max(joints.get(at) ?? 0, end - at));
  }
  return joints;
}

/** Loanwords the Danish patterns get wrong, hyphenated by hand. */
const EXCEPTIONS = ['scree-ning', 'scree-nin-gen', 'scree-nes'];

function isVowel(letter: string): boolean {
  return /[aeiouyæøåéü]/i.test(letter);
}

/** URLs and e-mail addresses break after a slash, dot or @, never with a hyphen that could be typed. */
function urlPoints(word: string): BreakPoint[] {
  const points: BreakPoint[] = [];
  for (const match of word.matchAll(/[/.@?&=_-](?=[^/.@?&=_-])/g)) {
    const offset = (match.index ?? 0) + 1;
    if (offset >= 4 && word.length - offset >= 3) points.push({ offset, hyphen: false, compound: true });
  }
  return points;
}
