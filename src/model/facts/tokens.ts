/**
 * Numbers and the quantities a sentence's tokens state ("14 dage", "1, 3, 6
 * og 12 måneder"), and the words around a token.
 */
import { listWords, numberWordOf, rangeWords, unitOf, type Unit } from './data.js';
import type { Token } from '../text/tokens.js';

/** The value of a number written in digits or in Danish words ("fjorten", "én"). */
export function numberValue(word: string): number | undefined {
  if (/^[0-9]{1,6}$/u.test(word)) return Number(word);
  return numberWordOf(word.toLowerCase());
}

export const numberOf = (token: Token | undefined) => (token && token.kind !== 'punct' ? numberValue(token.text) : undefined);

export interface Quantity {
  nums: number[];
  range: boolean;
  unit: Unit;
  /** Token index of the first number and of the unit. */
  first: number;
  unitIndex: number;
}

/** "14 dage", "fire uger", "1, 3, 6 og 12 måneder", "én og seks mdr.", "1-2 år", "14-dages". */
export function quantities(tokens: Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const unit = token.kind === 'word' ? unitOf(token.lower) : undefined;
    if (!unit) continue;
    const before = tokens[index - 1];
    // "14-dages behandlingsgaranti"
    if (before?.text === '-' && !token.space && !before.space) {
      const value = numberOf(tokens[index - 2]);
      if (value !== undefined) found.push({ nums: [value], range: false, unit, first: index - 2, unitIndex: index });
      continue;
    }
    const last = numberOf(before);
    if (last === undefined) continue;
    // Collected backwards, then reversed (unshift would make long lists quadratic).
    const nums = [last];
    let first = index - 1;
    let range = false;
    let cursor = index - 2;
    while (cursor >= 1) {
      const joint = tokens[cursor]!;
      if (joint.text === ',' || listWords.has(joint.lower)) {
        const value = numberOf(tokens[cursor - 1]);
        if (value === undefined) break;
        nums.push(value);
        first = cursor - 1;
        cursor -= 2;
        continue;
      }
      if (joint.text === '-' || joint.text === '–' || rangeWords.has(joint.lower)) {
        const value = numberOf(tokens[cursor - 1]);
        if (value !== undefined) {
          range = true;
          nums.push(value);
          first = cursor - 1;
        }
      }
      break;
    }
    const lead = tokens[first - 1];
    if (lead && (lead.text === '-' || lead.text === '–') && !lead.space) range = true;
    found.push({ nums: nums.reverse(), range, unit, first, unitIndex: index });
  }
  return found;
}

/** The nearest word before token `index`, skipping punctuation. */
export function wordBefore(tokens: Token[], index: number, skip = 0): { token: Token; index: number } | undefined {
  let seen = 0;
  for (let cursor = index - 1; cursor >= 0 && index - cursor <= 8; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind === 'punct') continue;
    if (seen === skip) return { token, index: cursor };
    seen++;
  }
  return undefined;
}

export function wordAfter(tokens: Token[], index: number): Token | undefined {
  for (let cursor = index + 1; cursor < tokens.length && cursor - index <= 3; cursor++) {
    const token = tokens[cursor]!;
    if (token.kind !== 'punct') return token;
  }
  return undefined;
}
