/**
 * The stylish report's line wrapping: findings stay readable in a terminal of
 * any width, and wrapping never drops or reorders a character of the message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wrap } from '../src/report/stylish.js';
import { plainLine } from '../src/report/terminal-text.js';

const columns = (line: string) => [...line].length;
// wrap is given plain lines (stylish passes every message through plainLine first): no line breaks or controls.
const word = fc.oneof(
  fc.constantFrom('fejl', 'Kvalitetsstandarden', 'behandlingsgaranti', '§', '101,', 'stk.', '4', 'ø', '😀', 'https://example.dk/kvalitetsstandard/stofmisbrug'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((w) => plainLine(w).replace(/ /g, '')).filter((w) => w !== ''),
);

describe('wrap (stylish)', () => {
  it('keeps every line within the width and every character in order; breaks only at spaces when words fit', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 4, max: 120 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrap(text, width);
        for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        if (words.every((w) => columns(w) <= width)) {
          expect(lines.join(' ')).toBe(text);
          // Greedy: no line could have taken the next line's first word.
          for (let i = 0; i + 1 < lines.length; i++) {
            expect(columns(`${lines[i]} ${lines[i + 1]!.split(' ')[0]}`)).toBeGreaterThan(width);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('counts a character outside the Basic Multilingual Plane as one column', () => {
    expect(wrap('😀😀 😀😀', 5)).toEqual(['😀😀 😀😀']);
    expect(wrap('😀😀 😀😀', 4)).toEqual(['😀😀', '😀😀']);
  });
});
