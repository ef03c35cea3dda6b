/**
 * CriticMarkup ({++ins++}, {--del--}, {~~old~>new~~}, {>>comment<<}, {==mark==})
 * resolved to the accepted view *before* Markdown parsing: remark-gfm would read
 * `{~~a~>b~~}` as strikethrough and drop both sides.
 *
 * The scanner is linear: once a closing token is not found after some offset,
 * it is not searched for again, so a file full of unclosed openers costs O(n).
 */
import type { ReviewMark } from '../types.js';

interface Syntax {
  open: string;
  close: string;
  kind: ReviewMark['kind'];
}

const syntaxes: Syntax[] = [
  { open: '{++', close: '++}', kind: 'insertion' },
  { open: '{--', close: '--}', kind: 'deletion' },
  { open: '{~~', close: '~~}', kind: 'substitution' },
  { open: '{>>', close: '<<}', kind: 'comment' },
  { open: '{==', close: '==}', kind: 'highlight' },
];

/** A mark in original offsets; the model turns offsets into positions. */
export interface CriticMark {
  kind: ReviewMark['kind'];
  start: number;
  end: number;
  removed: string;
}

/** Maps offsets in the accepted text back to offsets in the original text. */
export interface OffsetMap {
  toOriginal(offset: number, bias?: 'start' | 'end'): number;
}

export interface CriticResult {
  text: string;
  map: OffsetMap;
  marks: CriticMark[];
}

export function resolveCriticMarkup(source: string): CriticResult {
  // Kept spans of the original: [originalStart, originalEnd).
  const kept: Array<[number, number]> = [];
  const marks: CriticMark[] = [];
  const noCloseAfter = new Map<string, number>();
  let copiedUntil = 0;
  let at = source.indexOf('{', 0);

  while (at !== -1) {
    const syntax = syntaxes.find((s) => source.startsWith(s.open, at));
    const end = syntax ? findClose(source, syntax.close, at + 3, noCloseAfter) : -1;
    if (!syntax || end === -1) {
      at = source.indexOf('{', at + 1);
      continue;
    }
    kept.push([copiedUntil, at]);
    const inner = [at + 3, end];
    const innerText = source.slice(at + 3, end);
    let removed = '';
    if (syntax.kind === 'insertion' || syntax.kind === 'highlight') {
      kept.push([inner[0]!, inner[1]!]);
    } else if (syntax.kind === 'substitution') {
      const arrow = innerText.indexOf('~>');
      if (arrow === -1) {
        // `{~~text~~}` without `~>`: nothing replaces it, treat as deletion.
        removed = innerText;
      } else {
        removed = innerText.slice(0, arrow);
        kept.push([at + 3 + arrow + 2, end]);
      }
    } else {
      removed = innerText;
    }
    marks.push({ kind: syntax.kind, start: at, end: end + 3, removed });
    copiedUntil = end + 3;
    at = source.indexOf('{', copiedUntil);
  }
  kept.push([copiedUntil, source.length]);

  if (marks.length === 0) return { text: source, map: identity, marks };

  const acceptedStarts: number[] = [];
  const originalStarts: number[] = [];
  let text = '';
  for (const [from, to] of kept) {
    if (to <= from) continue;
    acceptedStarts.push(text.length);
    originalStarts.push(from);
    text += source.slice(from, to);
  }
  return { text, map: segmentMap(acceptedStarts, originalStarts, source.length, text.length), marks };
}

function findClose(source: string, close: string, from: number, noCloseAfter: Map<string, number>): number {
  const known = noCloseAfter.get(close);
  if (known !== undefined && from >= known) return -1;
  const found = source.indexOf(close, from);
  if (found === -1) noCloseAfter.set(close, Math.min(known ?? from, from));
  return found;
}

const identity: OffsetMap = { toOriginal: (offset) => offset };

function segmentMap(acceptedStarts: number[], originalStarts: number[], originalLength: number, acceptedLength: number): OffsetMap {
  return {
    toOriginal(offset, bias = 'start') {
      if (acceptedStarts.length === 0) return Math.min(offset, originalLength);
      if (offset >= acceptedLength) {
        const last = acceptedStarts.length - 1;
        return originalStarts[last]! + (acceptedLength - acceptedStarts[last]!) + (offset - acceptedLength);
      }
      // Last segment that starts at (bias start) or before (bias end) the offset.
      let low = 0;
      let high = acceptedStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        const start = acceptedStarts[mid]!;
        if (bias === 'start' ? start <= offset : start < offset) low = mid;
        else high = mid - 1;
      }
      return originalStarts[low]! + (offset - acceptedStarts[low]!);
    },
  };
}
