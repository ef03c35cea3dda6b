/**
 * Compound words split into known parts, against the word list in
 * schemas/words.json: "stofmisbrugsbehandling" → stof + misbrugs + behandling.
 * Kept simple: a word splits when every part's stem is a known stem, each part
 * at least three letters, a linking "s" or "e" allowed at the end of a part
 * before another; the first split found, with the shortest first part, wins.
 */
import { readSchemaFile } from '../../law/data.js';
import { normaliseWord } from './normalise.js';
import { stem } from './stem.js';

const MIN_PART = 3;
/** Longer "words" are no compounds but run-together text; the search is quadratic in the length. */
const MAX_WORD = 60;

let knownStems: Set<string> | undefined;

/** The stems of the word list, made on first use: most runs never split a compound. */
export function compoundStems(): ReadonlySet<string> {
  knownStems ??= new Set(readSchemaFile<{ words: string[] }>('words.json').words.map(stem));
  return knownStems;
}

/**
 * The parts of a compound as written (lower case, NFC), or undefined when the
 * word is not a compound of known words (a known word alone is not one).
 */
export function splitCompound(word: string, stems: ReadonlySet<string> = compoundStems()): string[] | undefined {
  const lower = normaliseWord(word);
  if (lower.length > MAX_WORD || lower.length < 2 * MIN_PART) return undefined;
  const memo = new Map<number, string[] | null>();
  const isKnown = (part: string) => stems.has(stem(part));
  // The parts of lower.slice(from), or null.
  const partsFrom = (from: number): string[] | null => {
    const memoised = memo.get(from);
    if (memoised !== undefined) return memoised;
    let found: string[] | null = null;
    const rest = lower.slice(from);
    if (isKnown(rest)) found = [rest];
    for (let cut = from + MIN_PART; found === null && cut <= lower.length - MIN_PART; cut++) {
      const head = lower.slice(from, cut);
      const linked = head.length > MIN_PART && (head.endsWith('s') || head.endsWith('e'));
      if (!isKnown(head) && !(linked && isKnown(head.slice(0, -1)))) continue;
      const tail = partsFrom(cut);
      if (tail) found = [head, ...tail];
    }
    memo.set(from, found);
    return found;
  };
  const parts = partsFrom(0);
  return parts && parts.length > 1 ? parts : undefined;
}
