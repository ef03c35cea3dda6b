/**
 * Arbitraries for the reliability tests: Markdown built from the pieces a
 * standard is made of (front-matter, the known section headings, Danish prose,
 * lists, quotes, tables, review markup, kvs comments) and broken in the ways
 * files break; and the check that every finding points inside its file.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { FileResult, Point } from '../../src/types.js';
import { requirementCatalogue } from '../../src/law/catalogue.js';

const words = [
  'borgeren', 'kommunen', 'behandling', 'rusmiddelcenter', 'senest', '14 dage', 'efter henvendelse', 'år', 'ældre',
  'søger', 'øvrige', 'Ærø', 'Åbenrå', 'klage', 'Ankestyrelsen', '§ 101', 'stk. 2', 'tlf. 72 33 55 50', '12 34 56 78',
  'https://www.kommune.dk', 'www.kommune.dk/rusmidler', 'mail@kommune.dk', '1, 3, 6 og 12 måneder', 'inden for',
  'anonym', 'gratis', 'døgnbehandling', 'ambulant', '2024-02-30', 'den 1. januar 2020', '–', '”citat”', '…',
];

const inlinePieces = [
  '*fremhævet*', '**fed**', '[link](https://www.kommune.dk)', '`kode`', '~~slettet~~', '<del>gammel</del>', '<ins>ny</ins>',
  '{++indsat++}', '{--slettet--}', '{~~21~>14~~}', '{>>kommentar<<}', '{==markeret==}', '{++', '{~~', '{>>', '<!--',
  '[^1]', '![billede](b.png)', '<br>', '&amp;', '\\*', '*', '_', '[', ']', '|', 'æøå', 'ÆØÅ', 'Ã¦',
];

export const sentence = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...inlinePieces) }), {
    minLength: 1,
    maxLength: 16,
  })
  .map((parts) => `${parts.join(' ')}.`);

const knownHeadings = requirementCatalogue().flatMap((r) => r.headings);
const headingText = fc.oneof(fc.constantFrom(...knownHeadings), sentence, fc.constantFrom('Indhold', '3.2 Frit valg', 'Behandlings- garanti', ''));

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), headingText).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);

const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] '), sentence), { minLength: 1, maxLength: 6 })
  .map((items) => items.map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker}${text}`).join('\n'));

const quote = fc
  .tuple(fc.integer({ min: 1, max: 4 }), paragraph)
  .map(([depth, text]) => text.split('\n').map((line) => `${'> '.repeat(depth)}${line}`).join('\n'));

const table = fc
  .array(fc.array(fc.constantFrom('Tilbud', '14 dage', 'æ', '', '{++x++}', '`|`', 'Ambulant'), { minLength: 2, maxLength: 2 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((rows) => ['| A | B |', '| --- | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n'));

const ruleIds = ['duplicate-paragraph', 'empty-section', 'required-section', 'tracked-change', 'no-such-rule', 'readability'];
const directive = fc.oneof(
  fc.tuple(fc.constantFrom('kvs-disable-next-line', 'kvs-disable-line', 'kvs-disable-section', 'kvs-disable-file', 'kvs-ukendt'), fc.constantFrom(...ruleIds)).map(([kind, rule]) => `<!-- ${kind} ${rule} -->`),
  fc.constantFrom(...requirementCatalogue().map((r) => r.key), 'ukendt_noegle').map((key) => `<!-- kvs-krav: ${key} -->`),
);

const otherBlock = fc.constantFrom('---', '***', '```\nkode\n```', '    indrykket kode', '<div>\nhtml\n</div>', '<!-- kommentar -->', '[^1]: Fodnote.', '[a]: https://x.dk', 'Overskrift\n===');

export const block = fc.oneof(
  { weight: 3, arbitrary: heading },
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: otherBlock },
);

const yamlKey = fc.constantFrom('kommune', 'titel', 'omraade', 'lovgrundlag', 'godkendt', 'status', 'revision', 'kontakt', 'dato', 'ukendt', 'Kommune', 'titel ');
const yamlValue = fc.constantFrom(
  'Eksempelby Kommune', '"SEL § 101"', 'vedtaget', 'udkast', '2025-02-30', '2024-01-01', '12', 'true', '[a, b]', '{ af: Byrådet, dato: 2024-01-01 }',
  '\n  - Serviceloven § 101', '\n  af: Byrådet\n  dato: 2019', '\n  interval_aar: 2', '"uafsluttet', '&a x', '*a', '\t tab', ': kolon', '',
);
export const frontMatter = fc
  .array(fc.tuple(yamlKey, yamlValue), { maxLength: 8 })
  .map((pairs) => `---\n${pairs.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---`);

/** A standard-like Markdown document, with or without front-matter. */
export const markdownDocument = fc
  .tuple(fc.option(frontMatter, { nil: undefined }), fc.array(block, { maxLength: 14 }), fc.constantFrom('\n\n', '\n'))
  .map(([yaml, blocks, between]) => [...(yaml === undefined ? [] : [yaml]), ...blocks].join(between) + '\n');

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed';

/** The same text with other line endings; `mixed` cycles LF, CRLF and CR. */
export function withLineEndings(text: string, ending: LineEnding): string {
  if (ending === 'lf') return text;
  if (ending === 'crlf') return text.replace(/\n/g, '\r\n');
  if (ending === 'cr') return text.replace(/\n/g, '\r');
  let index = 0;
  // A lone \r right before the next \n would join it into one \r\n: one line less.
  return text.replace(/\n/g, (_, at: number) => {
    const ending = ['\n', '\r\n', '\r'][index++ % 3]!;
    return ending === '\r' && text[at + 1] === '\n' ? '\r\n' : ending;
  });
}

/** Lines as Markdown counts them (LF, CRLF and a lone CR each end one). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Every finding (and every related place) lies inside the file: 1 ≤ line ≤
 * lines, 1 ≤ column ≤ line length + 1, start before end, an offset that
 * matches its line and column; and findings come sorted by place.
 */
export function expectFindingsInside(result: FileResult, text: string): void {
  const lines = linesOf(text);
  const starts = lineStarts(text, lines);
  const check = (point: Point, what: string) => {
    expect(point.line, what).toBeGreaterThanOrEqual(1);
    expect(point.line, what).toBeLessThanOrEqual(lines.length);
    expect(point.column, what).toBeGreaterThanOrEqual(1);
    expect(point.column, what).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1);
    if (point.offset !== undefined) expect(point.offset, what).toBe(starts[point.line - 1]! + point.column - 1);
  };
  for (const finding of result.findings) {
    const places = [finding.position, ...(finding.related ?? []).map((r) => r.position)];
    for (const position of places) {
      check(position.start, `${finding.ruleId} start`);
      check(position.end, `${finding.ruleId} end`);
      const ordered = position.start.line < position.end.line || (position.start.line === position.end.line && position.start.column <= position.end.column);
      expect(ordered, `${finding.ruleId}: start before end`).toBe(true);
    }
  }
  const places = result.findings.map((f) => [f.position.start.line, f.position.start.column] as const);
  const sorted = [...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  expect(places).toEqual(sorted);
}

function lineStarts(text: string, lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
  }
  return starts;
}

