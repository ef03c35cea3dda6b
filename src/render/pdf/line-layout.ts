/**
 * Inline layout: runs of styled text → lines that fit a width. Ragged right,
 * words broken only where hyphenate.ts allows it and only when the line would
 * otherwise be left loose, never more than two hyphenated lines in a row.
 * A word wider than the line with no break that fits is cut between whole
 * characters (graphemes), in time linear in its length: a pasted hash, a URL
 * or a 30,000-letter word must not stall a build.
 * pdfkit's own wrapper is not used: it cannot mix fonts and links on a line,
 * and it draws a soft hyphen inside a word as a space-wide gap.
 */
import type { FontKey, Run } from './blocks.js';
import { breakPoints, SOFT_HYPHEN, type BreakPoint } from './hyphenate.js';
import { keepParagraphSigns } from '../keep-together.js';

export interface Measurer {
  /** Width in points of `text` set in `font` at `size`. */
  width(text: string, font: FontKey, size: number): number;
  /** Whether the font has a glyph for the character. */
  hasGlyph(char: string, font: FontKey): boolean;
}

export interface TextStyle {
  size: number;
  /** Distance between baselines. */
  leading: number;
  hyphenate: boolean;
}

/** A stretch of one line in one font and link, placed at `x` from the line's start. */
export interface Fragment {
  text: string;
  font: FontKey;
  link?: string;
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  width: number;
  /** A hyphen to draw after the last fragment (the word goes on on the next line). */
  hyphen?: { font: FontKey; link?: string; x: number };
  /**
   * The line ends inside a word that goes on on the next line: the whole word
   * and how many of its characters (UTF-16 units) end this line. The word's
   * parts are tagged as one Span whose /ActualText is the word, so a screen
   * reader gets "døgnbehandling", not "døgnbehand" and "ling".
   */
  broken?: { word: string; length: number };
  /** How many characters at the start of the line finish the word broken at the end of the line before. */
  continued?: number;
}

interface Piece {
  text: string;
  font: FontKey;
  link?: string;
}

/** A run of text without spaces; `starts` holds where each piece begins in `text`. */
interface Word {
  pieces: Piece[];
  starts: number[];
  text: string;
}

type Item = ({ type: 'word' } & Word) | { type: 'space'; piece: Piece } | { type: 'newline' };

/** Lines with more than this share of their width left empty are worth hyphenating. */
const LOOSE = 0.14;
const EPSILON = 0.001;

/**
 * `noHyphenAfter` holds indices of lines that must not end in a hyphenated
 * word (the last line before a page turn); such a line ends at a space instead.
 */
export function layoutRuns(runs: Run[], width: number, style: TextStyle, measurer: Measurer, noHyphenAfter?: ReadonlySet<number>): Line[] {
  const items = toItems(runs, measurer);
  const lines: Line[] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  let pendingSpace: Piece | undefined;
  let streak = 0;
  let continued: number | undefined;
  const measure = (piece: Piece) => measurer.width(piece.text, piece.font, style.size);
  const measurePieces = (pieces: Piece[]) => pieces.reduce((sum, piece) => sum + measure(piece), 0);
  const hyphenWidth = (font: FontKey) => measurer.width('-', font, style.size);

  const push = (pieces: Piece[]) => {
    if (current.length > 0 && pendingSpace) {
      current.push(pendingSpace);
      currentWidth += measure(pendingSpace);
    }
    pendingSpace = undefined;
    for (const piece of pieces) {
      current.push(piece);
      currentWidth += measure(piece);
    }
  };
  const finish = (hyphen: boolean, broken?: Line['broken']) => {
    const line = makeLine(current, hyphen, measure);
    if (broken) line.broken = broken;
    if (continued !== undefined) line.continued = continued;
    lines.push(line);
    continued = undefined;
    current = [];
    currentWidth = 0;
    pendingSpace = undefined;
    streak = hyphen ? streak + 1 : 0;
  };

  for (const item of items) {
    if (item.type === 'newline') {
      finish(false);
      continue;
    }
    if (item.type === 'space') {
      if (current.length > 0) pendingSpace = item.piece;
      continue;
    }
    let start = 0;
    const points = breakPoints(item.text);
    const graphemes = lazyGraphemes(item.text);
    while (start < item.text.length) {
      const restWidth = measureFrom(item, start, width, graphemes, measurePieces);
      const spaceWidth = current.length > 0 && pendingSpace ? measure(pendingSpace) : 0;
      const available = width - currentWidth - spaceWidth;
      if (restWidth <= available + EPSILON) {
        if (start > 0) continued = item.text.length - start;
        push(slicePieces(item, start, item.text.length));
        break;
      }
      const slack = current.length > 0 ? available + spaceWidth : width;
      const tooWide = restWidth > width + EPSILON;
      const worthIt = style.hyphenate && (tooWide || (slack > width * LOOSE && streak < 2));
      const hyphenAllowed = tooWide || !noHyphenAfter?.has(lines.length);
      const split = worthIt ? chooseBreak(item, start, points, available, measurePieces, hyphenWidth, hyphenAllowed) : undefined;
      if (split) {
        if (start > 0) continued = split.offset - start;
        push(slicePieces(item, start, split.offset));
        finish(split.hyphen, { word: item.text, length: split.offset - start });
        start = split.offset;
        continue;
      }
      if (current.length > 0) {
        finish(false);
        continue;
      }
      // Nothing fits on an empty line and there is no allowed break: cut between characters.
      const end = longestFit(item, start, width, graphemes(), measurePieces);
      if (start > 0) continued = end - start;
      push(slicePieces(item, start, end));
      if (end < item.text.length) finish(false, { word: item.text, length: end - start });
      start = end;
    }
  }
  if (current.length > 0 || lines.length === 0) finish(false);
  return lines;
}

/** The natural width of the text on one line, and of its widest unbreakable word (for table columns). */
export function measureRuns(runs: Run[], style: TextStyle, measurer: Measurer): { natural: number; minimum: number } {
  const items = toItems(runs, measurer);
  let natural = 0;
  let line = 0;
  let minimum = 0;
  for (const item of items) {
    if (item.type === 'newline') {
      natural = Math.max(natural, line);
      line = 0;
      continue;
    }
    const pieces = item.type === 'word' ? item.pieces : [item.piece];
    const width = pieces.reduce((sum, piece) => sum + measurer.width(piece.text, piece.font, style.size), 0);
    line += width;
    if (item.type === 'word') {
      // Hyphenation lets long words go narrower; count the longest stretch between break points.
      const points = style.hyphenate ? breakPoints(item.text) : [];
      let last = 0;
      for (const offset of [...points.map((p) => p.offset), item.text.length]) {
        const part = slicePieces(item, last, offset);
        const partWidth = part.reduce((sum, piece) => sum + measurer.width(piece.text, piece.font, style.size), 0);
        minimum = Math.max(minimum, partWidth + (offset < item.text.length ? measurer.width('-', piece0(part).font, style.size) : 0));
        last = offset;
      }
    }
  }
  return { natural: Math.max(natural, line), minimum };
}

function piece0(pieces: Piece[]): Piece {
  return pieces[pieces.length - 1] ?? { text: '', font: 'regular' };
}

function chooseBreak(
  word: Word,
  start: number,
  points: BreakPoint[],
  available: number,
  measurePieces: (pieces: Piece[]) => number,
  hyphenWidth: (font: FontKey) => number,
  hyphenAllowed: boolean,
): BreakPoint | undefined {
  let best: BreakPoint | undefined;
  let bestWidth = 0;
  let compound: BreakPoint | undefined;
  let compoundWidth = 0;
  // Points before `start` were used up on earlier lines; skipping them one by one made long words quadratic.
  for (let i = firstAbove(points, start, (point) => point.offset); i < points.length; i++) {
    const point = points[i]!;
    if (point.offset >= word.text.length || (point.hyphen && !hyphenAllowed)) continue;
    const prefix = slicePieces(word, start, point.offset);
    const width = measurePieces(prefix) + (point.hyphen ? hyphenWidth(piece0(prefix).font) : 0);
    if (width > available + EPSILON) break;
    best = point;
    bestWidth = width;
    if (point.compound) {
      compound = point;
      compoundWidth = width;
    }
  }
  // A compound joint a little further left reads better than a syllable break at the end of the line.
  if (compound && compound !== best && compoundWidth >= bestWidth * 0.6) return compound;
  return best;
}

function makeLine(pieces: Piece[], hyphen: boolean, measure: (piece: Piece) => number): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const width = measure(piece);
    const last = fragments[fragments.length - 1];
    if (last && last.font === piece.font && last.link === piece.link) {
      last.text += piece.text;
      last.width += width;
    } else {
      fragments.push({ text: piece.text, font: piece.font, ...(piece.link ? { link: piece.link } : {}), x, width });
    }
    x += width;
  }
  const end = pieces[pieces.length - 1];
  const line: Line = { fragments, width: x };
  if (hyphen && end) line.hyphen = { font: end.font, ...(end.link ? { link: end.link } : {}), x };
  return line;
}

/** The pieces that cover characters [from, to) of the word. */
function slicePieces(word: Word, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  // Found by bisection: a word of many pieces (emphasis on every letter) is sliced once per line.
  for (let i = Math.max(0, firstAbove(word.starts, from, (start) => start) - 1); i < word.pieces.length; i++) {
    const offset = word.starts[i]!;
    if (offset >= to) break;
    const piece = word.pieces[i]!;
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + piece.text.length);
    if (a < b) out.push({ ...piece, text: piece.text.slice(a - offset, b - offset) });
  }
  return out;
}

/** Index of the first item whose key is greater than `value`, in items sorted by key. */
function firstAbove<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Beyond this many UTF-16 units the rest of a word is measured a stretch at a
 * time: measuring all of it on every line made a word of n characters cost
 * n² (17 s and 670 MB for 16,000 characters).
 */
const WINDOW = 256;

/**
 * The width of the word from `start` to its end, or, when the rest is long,
 * the width of a stretch of it that is already wider than `width` (which is
 * all the caller needs to know then: it does not fit on any line).
 */
function measureFrom(word: Word, start: number, width: number, graphemes: () => number[], measurePieces: (pieces: Piece[]) => number): number {
  for (let size = WINDOW; ; size *= 2) {
    const end = word.text.length - start <= size ? word.text.length : graphemeEndAtOrAfter(graphemes(), start + size);
    const measured = measurePieces(slicePieces(word, start, end));
    if (end === word.text.length || measured > width + EPSILON) return measured;
  }
}

/**
 * One user-perceived character: a code point with the combining marks,
 * variation selectors, skin tones and zero-width joins that go with it, or a
 * pair of regional indicators (a flag). Simpler than Intl.Segmenter, whose
 * iteration in V8 takes time growing with the square of the string's length
 * (1.8 s for 64,000 letters).
 */
const GRAPHEME = /\p{Regional_Indicator}{2}|\r\n|.(?:[\p{M}\p{Emoji_Modifier}\u200C\u{E0020}-\u{E007F}]|\u200D\p{Extended_Pictographic}?)*/gsu;

/**
 * Offsets where each grapheme of `text` ends, worked out on first use: a word
 * is only ever cut there, never inside a surrogate pair or before a combining mark.
 */
function lazyGraphemes(text: string): () => number[] {
  let ends: number[] | undefined;
  return () => {
    ends ??= Array.from(text.matchAll(GRAPHEME), (match) => match.index + match[0].length);
    return ends;
  };
}

function graphemeEndAtOrAfter(ends: number[], offset: number): number {
  return ends[firstAbove(ends, offset - 1, (end) => end)] ?? ends[ends.length - 1] ?? offset;
}

/**
 * Where to cut a word too wide for the line when no break point is allowed:
 * after as many whole graphemes from `start` as fit in `width` (at least one).
 * Found by galloping and bisection, so a line costs its length times a log.
 */
function longestFit(word: Word, start: number, width: number, ends: number[], measurePieces: (pieces: Piece[]) => number): number {
  const fits = (index: number) => measurePieces(slicePieces(word, start, ends[index]!)) <= width + EPSILON;
  let lo = firstAbove(ends, start, (end) => end);
  let hi = ends.length;
  for (let step = 1; lo + step < ends.length; step *= 2) {
    if (!fits(lo + step)) {
      hi = lo + step;
      break;
    }
    lo += step;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return ends[lo] ?? word.text.length;
}

/** Breakable spaces; no-break spaces (U+00A0, U+202F) stay inside words. */
const SPACE = /([ \t\n\r\f\v\u2000-\u200A\u2028\u2029\u205F\u3000]+)/;

function toItems(runs: Run[], measurer: Measurer): Item[] {
  const items: Item[] = [];
  for (const run of runs) {
    if (run.text === '\n') {
      items.push({ type: 'newline' });
      continue;
    }
    const text = keepParagraphSigns(printable(run.text, run.font, measurer));
    for (const chunk of text.split(SPACE)) {
      if (!chunk) continue;
      const piece: Piece = run.link ? { text: chunk, font: run.font, link: run.link } : { text: chunk, font: run.font };
      if (SPACE.test(chunk)) {
        piece.text = ' ';
        const last = items[items.length - 1];
        if (last?.type !== 'space') items.push({ type: 'space', piece });
        continue;
      }
      const last = items[items.length - 1];
      if (last?.type === 'word') {
        last.starts.push(last.text.length);
        last.pieces.push(piece);
        last.text += chunk;
      } else {
        items.push({ type: 'word', pieces: [piece], starts: [0], text: chunk });
      }
    }
  }
  return items;
}

/** Stand-ins for symbols the text fonts lack, so nothing prints as an empty box. */
const FALLBACK: Record<string, string> = {
  '\u2756': '•', // ❖
  '\u27A2': '›', // ➢
  '\u27A4': '›',
  '\u25BA': '›',
  '\u25CF': '•',
  '\u25A0': '▪',
  '\u25C6': '•',
  '\uF0B7': '•', // Symbol-font bullet from Word
  '\uF0A7': '▪',
  '\u2713': '✓',
  '\u2714': '✓',
};

/**
 * Combining marks kept on one character, as in Unicode's stream-safe text
 * format (UAX #15). The font shaper places each mark by looking back over the
 * marks before it: 40,000 accents on one letter took 13 s.
 */
const MAX_MARKS = 30;
const MARK = /^\p{M}$/u;

/** Text as it can be set: no soft hyphens or zero-width characters, no pile of marks on a letter, and a glyph for every character. */
export function printable(text: string, font: FontKey, measurer: Measurer): string {
  let out = '';
  let marks = 0;
  for (const char of text.replaceAll(SOFT_HYPHEN, '').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')) {
    marks = char >= '\u0300' && MARK.test(char) ? marks + 1 : 0;
    if (marks > MAX_MARKS) continue;
    if (measurer.hasGlyph(char, font)) out += char;
    else {
      const fallback = FALLBACK[char];
      out += fallback && measurer.hasGlyph(fallback, font) ? fallback : '?';
    }
  }
  return out;
}

const ELLIPSIS = '…';

/**
 * At most `max` lines, the last one ending in "…" when text was left out: for
 * places with room for a few lines only (the cover, the contents), where a
 * title of thousands of characters would otherwise run off the page.
 */
export function clampLines(lines: Line[], max: number, width: number, style: TextStyle, measurer: Measurer): Line[] {
  if (lines.length <= max) return lines;
  const last = lines[max - 1]!;
  const fragments = last.fragments.map((fragment) => ({ ...fragment }));
  const font = fragments[fragments.length - 1]?.font ?? 'regular';
  const ellipsis = measurer.width(ELLIPSIS, font, style.size);
  let end = fragments[fragments.length - 1];
  while (end && (/\s$/.test(end.text) || end.x + end.width + ellipsis > width + EPSILON)) {
    end.text = withoutLastGrapheme(end.text);
    end.width = measurer.width(end.text, end.font, style.size);
    if (!end.text) fragments.pop();
    end = fragments[fragments.length - 1];
  }
  const x = end ? end.x + end.width : 0;
  if (end && end.font === font) {
    end.text += ELLIPSIS;
    end.width += ellipsis;
  } else {
    fragments.push({ text: ELLIPSIS, font, x, width: ellipsis });
  }
  const clamped: Line = { fragments, width: x + ellipsis };
  // The word the line before broke off still ends here (cut short by the "…").
  if (last.continued !== undefined) clamped.continued = last.continued;
  return [...lines.slice(0, max - 1), clamped];
}

function withoutLastGrapheme(text: string): string {
  const ends = lazyGraphemes(text)();
  return text.slice(0, ends[ends.length - 2] ?? 0);
}

/** The longest run of whole graphemes from the start of `text` that, with "…" after it, fits in `width`. */
export function cutToWidth(text: string, width: number, measure: (text: string) => number): string {
  const ends = lazyGraphemes(text)();
  const fits = (count: number) => measure(`${text.slice(0, ends[count - 1] ?? 0)}${ELLIPSIS}`) <= width;
  let lo = 0;
  let hi = ends.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return `${text.slice(0, ends[lo - 1] ?? 0)}${ELLIPSIS}`;
}
