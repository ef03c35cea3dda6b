/**
 * Encodings and line endings (issue 6): the bundled standards saved in every
 * encoding a Danish office produces give the same findings as in UTF-8, plus
 * one file-encoding warning, with æ, ø and å intact; every line ending gives
 * the same findings at the same lines and columns; what is not text is
 * refused with a message that points to `kvs import`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkBytes } from '../src/check/check.js';
import { decode } from '../src/model/read.js';
import type { Finding } from '../src/types.js';
import { withLineEndings, expectFindingsInside, type LineEnding } from './helpers/fuzz.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-11-25';
const goldenDir = new URL('golden/', import.meta.url);
const golden = readdirSync(goldenDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(name, goldenDir), 'utf8') }));

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

/**
 * Windows-1252's byte for each character it has beyond ASCII ("–" is 0x96,
 * "”" 0x94, "æ" 0xE6), from the published table, not from Node's
 * TextDecoder, which gets 0x80-0x9F wrong (nodejs/node#60888).
 */
const cp1252 = new Map<string, number>();
[...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].forEach((char, index) => cp1252.set(char, 0x80 + index));
for (let byte = 0xa0; byte <= 0xff; byte++) cp1252.set(String.fromCharCode(byte), byte);

/** What an editor saving as Windows-1252 or ISO-8859-1 can keep: other characters become "?". */
function representable(text: string, charset: 'windows-1252' | 'iso-8859-1'): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x80 || (charset === 'windows-1252' ? cp1252.has(char) : char.charCodeAt(0) <= 0xff && char.charCodeAt(0) >= 0xa0) ? char : '?')).join('');
}

function singleByte(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : cp1252.get(char) ?? char.charCodeAt(0)));
}

/** What a reader sees of a finding: rule, place and message. */
const seen = (findings: Finding[]) =>
  findings.map((f) => [f.ruleId, f.position.start.line, f.position.start.column, f.position.end.line, f.position.end.column, f.message]);

describe('encodings', () => {
  let cases = 0;

  it.each(golden)('$name in UTF-8 with BOM, UTF-16 LE/BE with and without BOM, Windows-1252 and ISO-8859-1: the same findings plus one file-encoding warning', ({ name, text }) => {
    for (const charset of ['windows-1252', 'iso-8859-1'] as const) {
      const kept = representable(text, charset);
      const expected = seen(checkBytes(utf8(kept), name, { asOf }).findings);
      const encodings: Array<[string, Uint8Array, string | undefined]> = [
        ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(kept)]), undefined],
        ['UTF-16 LE with BOM', utf16(kept, 'le', true), 'UTF-16 LE'],
        ['UTF-16 BE with BOM', utf16(kept, 'be', true), 'UTF-16 BE'],
        ['UTF-16 LE without BOM', utf16(kept, 'le', false), 'UTF-16 LE'],
        ['UTF-16 BE without BOM', utf16(kept, 'be', false), 'UTF-16 BE'],
        [charset, singleByte(kept), 'Windows-1252/ISO-8859-1'],
      ];
      for (const [what, bytes, said] of encodings) {
        const decoded = decode(bytes);
        expect(decoded.ok, what).toBe(true);
        if (!decoded.ok) continue;
        // Not one character lost or changed: æ, ø, å, "–" and "”" (in Windows-1252) included.
        expect(decoded.text, what).toBe(kept);
        const findings = checkBytes(bytes, name, { asOf }).findings;
        const warnings = findings.filter((f) => f.ruleId === 'file-encoding');
        expect(seen(findings.filter((f) => f.ruleId !== 'file-encoding')), what).toEqual(expected);
        if (said === undefined) {
          expect(warnings, what).toEqual([]);
        } else {
          expect(warnings, what).toHaveLength(1);
          expect(warnings[0]!.severity).toBe('warning');
          expect(warnings[0]!.position.start).toMatchObject({ line: 1, column: 1 });
          expect(warnings[0]!.message).toContain(`gemt som ${said}`);
          expect(warnings[0]!.hint).toContain('UTF-8');
        }
        cases++;
      }
    }
    expect(text).toMatch(/[æøå]/);
  });

  it('Windows-1252 keeps the characters ISO-8859-1 lacks ("–", "”", "„", "…")', () => {
    const text = '# Behandling – hurtigt\n\nDu får „hjælp” inden for 14 dage … og æ, ø, å.\n';
    const decoded = decode(singleByte(text));
    expect(decoded.ok && decoded.text).toBe(text);
    expect(decoded.ok && decoded.encoding).toBe('windows-1252');
    cases++;
  });

  it('UTF-8 that was read as Windows-1252 and saved again ("Ã¦" for "æ") gets a file-encoding warning at the first place', () => {
    const { name, text } = golden[0]!;
    const broken = text.replace(/æ/g, 'Ã¦').replace(/ø/g, 'Ã¸').replace(/å/g, 'Ã¥');
    const findings = checkBytes(utf8(broken), name, { asOf }).findings.filter((f) => f.ruleId === 'file-encoding');
    expect(findings).toHaveLength(1);
    const first = broken.search(/Ã[¦¸¥]/);
    const before = broken.slice(0, first).split('\n');
    expect(findings[0]!.position.start).toMatchObject({ line: before.length, column: before.at(-1)!.length + 1 });
    expect(findings[0]!.message).toMatch(/"Ã[¦¸¥]" → "[æøå]"/);
    expect(findings[0]!.message).toMatch(/\(\d+ steder i filen\)/);
    // Clean Danish text gives no such warning.
    expect(checkBytes(utf8(text), name, { asOf }).findings.some((f) => f.ruleId === 'file-encoding')).toBe(false);
    cases++;
    record({
      area: 'Encodings and line endings',
      what: 'The bundled standards as UTF-8 with BOM, UTF-16 LE/BE with and without BOM, Windows-1252 and ISO-8859-1; double-converted UTF-8 ("Ã¦")',
      cases,
      result: 'every character kept; the same findings at the same places as UTF-8, plus one file-encoding warning naming the encoding (none for UTF-8)',
    });
  });
});

describe('line endings', () => {
  let cases = 0;

  it.each(golden)('$name with CRLF, CR and mixed line endings: the same findings at the same lines and columns as LF', ({ name, text }) => {
    const expected = seen(checkBytes(utf8(text), name, { asOf }).findings);
    expect(expected.length).toBeGreaterThan(5);
    for (const ending of ['crlf', 'cr', 'mixed'] as LineEnding[]) {
      const changed = withLineEndings(text, ending);
      const result = checkBytes(utf8(changed), name, { asOf });
      expect(seen(result.findings), ending).toEqual(expected);
      expectFindingsInside(result, changed);
      cases++;
    }
  });

  it('records', () => {
    record({ area: 'Encodings and line endings', what: 'The bundled standards with CRLF, CR-only and mixed line endings', cases, result: 'the same findings at the same line and column as with LF; every offset matches its line and column' });
  });
});

describe('what is not text', () => {
  const refusals: Array<[string, Uint8Array, RegExp]> = [
    ['NUL bytes', utf8('# Titel\n\nTekst\u0000med NUL\n'), /NUL-tegn .* binær fil/],
    ['a PDF', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), /PDF-fil/],
    ['a .docx (zip)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...utf8('word/document.xml')]), /zip-fil \(fx et Word-dokument, \.docx\)/],
    ['an old .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /gammel Word-fil/],
    ['random binary', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), /binær fil/],
    ['broken UTF-16', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /UTF-16 LE, men indeholder ugyldige tegn/],
  ];

  it.each(refusals)('%s is refused with one unreadable-file error that says what to do', (_what, bytes, message) => {
    const result = checkBytes(bytes, 'x.md', { asOf });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'unreadable-file', severity: 'error', position: { start: { line: 1, column: 1 } } });
    expect(result.findings[0]!.message).toMatch(message);
    expect(result.findings[0]!.message).toMatch(/kvs import|UTF-8/);
  });

  it('records', () => {
    record({ area: 'Encodings and line endings', what: 'NUL bytes, a PDF, a .docx, an old .doc, random binary, broken UTF-16', cases: refusals.length, result: 'one unreadable-file error at 1:1 naming what the file is and pointing to kvs import or UTF-8' });
  });
});
