/**
 * plainLine, the gate every single-line text passes on its way into a terminal
 * or a CI log: it never lets a control, a line break or a CI command through,
 * and leaves ordinary text exactly as it is.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainLine } from '../src/report/terminal-text.js';

// eslint-disable-next-line no-control-regex -- the characters that must not reach a terminal
const unsafe = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('::', ':', '##', '##[', '##vso[', '##TeamCity[', '#', '[', ' ', '\t', '\u00a0', '\r', '\n', '\r\n', '\u000b', '\u0085', '\u2028', '\u001b', '\u009b', '\u202e', '\u2066', '\u0007', 'æøå', '§ 101'),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('plainLine', () => {
  it('lets no control, line break or CI command through, and leaves text without them as it is', () => {
    fc.assert(
      fc.property(text, (input) => {
        const output = plainLine(input);
        expect(output).not.toMatch(unsafe);
        expect(output).not.toMatch(/^\s*::/u);
        expect(output).not.toMatch(/##(vso|teamcity)?\[/iu);
        if (!unsafe.test(input) && !/^\s*::/u.test(input) && !/##(vso|teamcity)?\[/iu.test(input)) expect(output).toBe(input);
        expect(plainLine(output)).toBe(output);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a control visible and a line break a space', () => {
    expect(plainLine('a\u001b[31mb')).toBe('a\\u{1b}[31mb');
    expect(plainLine('første\r\n  ::error::x')).toBe('første ::error::x');
    expect(plainLine('  ::warning::x')).toBe('  \\u{3a}:warning::x');
  });
});
