/**
 * Legal references: "§ 101, stk. 2", "serviceloven § 101 a", "BEK nr. 1477 af 17/12/2019".
 */
import type { LegalReference } from '../../types.js';
import { data, lawForms } from './data.js';
import { isLetter } from '../text/chars.js';
import { fact, type Context, type Sentence } from './context.js';
import type { Token } from '../text/tokens.js';

interface LawFound {
  name: string;
  end: number;
}

function isWordBoundary(text: string, index: number): boolean {
  return !isLetter(text[index]);
}

/** The law named nearest the end of `text` (lower case), word-bounded. */
function lastLawIn(text: string, skipOrders = false): LawFound | undefined {
  let best: LawFound | undefined;
  for (const form of lawForms) {
    if (skipOrders && form.name === 'bekendtgørelse') continue;
    let at = text.lastIndexOf(form.written);
    while (at >= 0 && !(isWordBoundary(text, at - 1) && isWordBoundary(text, at + form.written.length))) {
      at = at === 0 ? -1 : text.lastIndexOf(form.written, at - 1);
    }
    if (at < 0) continue;
    const end = at + form.written.length;
    if (!best || end > best.end) best = { name: form.name, end };
  }
  return best;
}

function lawAtStart(text: string): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const form of lawForms) {
    if (text.startsWith(form.written) && isWordBoundary(text, form.written.length)) {
      if (!best || form.written.length > best.length) best = { name: form.name, length: form.written.length };
    }
  }
  return best?.name;
}

const GAP = /^[\s*_„"“”'’,()]*$/u;
const ORDER_GAP = /^\s*nr\.?\s*\d{1,5}(?:\s+af\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\s*,?\s*$/u;
const AFTER_LAW = /^\s*,?\s*(?:i|efter|jf\.?)\s+/u;

function resolveLaw(lower: string, start: number, end: number, previous: string | undefined): string {
  const windowStart = Math.max(0, start - 60);
  const window = lower.slice(windowStart, start);
  const near = lastLawIn(window);
  if (near) {
    const gap = window.slice(near.end);
    if (GAP.test(gap) || (near.name === 'bekendtgørelse' && ORDER_GAP.test(gap))) return near.name;
  }
  const after = lower.slice(end, end + 80);
  const lead = AFTER_LAW.exec(after);
  if (lead) {
    const named = lawAtStart(after.slice(lead[0].length));
    if (named) return named;
  }
  const earlier = lastLawIn(window, true);
  if (earlier) return earlier.name;
  return previous ?? 'ukendt';
}

export function legalReferences(context: Context, sentence: Sentence): void {
  const { tokens, lower } = sentence;
  const used = new Set<number>();
  let previous: string | undefined;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.text !== '§') continue;
    let cursor = index;
    while (tokens[cursor]?.text === '§') cursor++;
    const refs: Array<{ reference: Omit<LegalReference, 'law'>; start: number; end: number }> = [];
    let nextStart = tokens[index]!.start;
    while (cursor < tokens.length) {
      const parsed = paragraphAt(tokens, cursor, used);
      if (!parsed) break;
      refs.push({ reference: parsed.reference, start: nextStart, end: parsed.end });
      cursor = parsed.next;
      const joint = tokens[cursor];
      if (joint && (joint.text === ',' || joint.text === '-' || joint.text === '–' || joint.lower === 'og' || joint.lower === 'eller')) {
        let next = cursor + 1;
        while (tokens[next]?.text === '§') next++;
        if (tokens[next]?.kind === 'num') {
          nextStart = tokens[cursor + 1]!.start;
          cursor = next;
          continue;
        }
      }
      break;
    }
    if (refs.length === 0) {
      index = Math.max(index, cursor - 1);
      continue;
    }
    const law = resolveLaw(lower, tokens[index]!.start, refs[refs.length - 1]!.end, previous);
    previous = law;
    for (const ref of refs) {
      context.facts.legalReferences.push(fact(context, sentence, { law, ...ref.reference }, ref.start, ref.end));
      if (ref.reference.paragraph === '101 a' && (law === 'serviceloven' || law === 'ukendt')) sentence.anonymousReference ??= [ref.start, ref.end];
    }
    index = cursor - 1;
  }
  orderNumbers(context, sentence, used);
}

function paragraphAt(
  tokens: Token[],
  index: number,
  used: Set<number>,
): { reference: Omit<LegalReference, 'law'>; next: number; end: number } | undefined {
  const number = tokens[index];
  if (number?.kind !== 'num' || number.text.length > 4) return undefined;
  let paragraph = number.text;
  let next = index + 1;
  const letter = tokens[next];
  if (letter?.kind === 'word' && /^[a-h]$/u.test(letter.text)) {
    paragraph += ` ${letter.text}`;
    next++;
  }
  const reference: Omit<LegalReference, 'law'> = { paragraph };
  let end = tokens[next - 1]!.end;
  const part = (word: string): number | undefined => {
    let cursor = next;
    if (tokens[cursor]?.text === ',') cursor++;
    if (tokens[cursor]?.lower !== word) return undefined;
    const wordIndex = cursor;
    cursor++;
    if (tokens[cursor]?.text === '.') cursor++;
    const value = tokens[cursor];
    if (value?.kind !== 'num' || value.text.length > 3) return undefined;
    used.add(wordIndex);
    next = cursor + 1;
    end = value.end;
    return Number(value.text);
  };
  const stk = part('stk');
  if (stk !== undefined) reference.stk = stk;
  const nr = part('nr');
  if (nr !== undefined) reference.nr = nr;
  return { reference, next, end };
}

/** "BEK nr. 1477 af 17/12/2019", "Bekendtgørelse nr. 972 (08/08/2017)", "lov nr. 1421 af 17/12/2019". */
function orderNumbers(context: Context, sentence: Sentence, used: Set<number>): void {
  const { tokens } = sentence;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.lower !== 'nr' || used.has(index)) continue;
    let cursor = index + 1;
    if (tokens[cursor]?.text === '.') cursor++;
    const number = tokens[cursor];
    if (number?.kind !== 'num') continue;
    let kind: { law: string; start: number } | undefined;
    for (let back = index - 1; back >= 0 && index - back <= 10; back--) {
      const law = data.documentKinds[tokens[back]!.lower];
      if (law) {
        kind = { law, start: tokens[back]!.start };
        break;
      }
    }
    if (!kind) continue;
    const reference: LegalReference = { law: kind.law, number: number.text };
    let end = number.end;
    let next = cursor + 1;
    const opener = tokens[next];
    if (opener?.lower === 'af' || opener?.text === '(') {
      const date = dateAt(sentence, next + 1);
      if (date) {
        reference.date = date.text;
        end = date.end;
        next = date.next;
        if (opener.text === '(' && tokens[next]?.text === ')') end = tokens[next]!.end;
      }
    }
    context.facts.legalReferences.push(fact(context, sentence, reference, kind.start, end));
    index = next - 1;
  }
}

function dateAt(sentence: Sentence, index: number): { text: string; end: number; next: number } | undefined {
  const { tokens, raw } = sentence;
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((offset) => tokens[index + offset]);
  if (a?.kind !== 'num' || a.text.length > 2) return undefined;
  // 17/12/2019, 17.12.2019, 17-12-2019
  if (b && c?.kind === 'num' && d && e?.kind === 'num' && ['/', '.', '-'].includes(b.text) && d.text === b.text && e.text.length === 4) {
    return { text: raw.slice(a.start, e.end), end: e.end, next: index + 5 };
  }
  // 17. december 2019
  if (b?.text === '.' && c?.kind === 'word' && data.months[c.lower] !== undefined && d?.kind === 'num' && d.text.length === 4) {
    return { text: raw.slice(a.start, d.end), end: d.end, next: index + 4 };
  }
  return undefined;
}
