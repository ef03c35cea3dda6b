/**
 * Issue 13, "Safe by construction": hostile Word and HTML files through real
 * `kvs import` processes, and hostile characters through `kvs export --docx`.
 *
 * Import: elements nested far deeper than any document (tables in table
 * cells, content controls, links, fields, tracked changes, text boxes,
 * unknown elements, nested HTML) used to overflow the call stack, because
 * every walk after the parser recurses per level. Now one limit (256 levels,
 * src/import/nesting.ts) refuses such a file with a one-line message naming
 * it; nothing is written for it, and the other files of the run are imported.
 * The attacks of a kind go through one `kvs import` together, each refused
 * on its own line.
 *
 * Export: characters XML 1.0 does not allow (C0 controls, U+FFFE, U+FFFF,
 * lone surrogates) made word/document.xml not well-formed, and Word refuses
 * such a file. Every part must now be well-formed UTF-8 with XML 1.0
 * characters only, whatever the standard holds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { docx, p, r } from './helpers/docx.js';
import { record } from './helpers/ledger.js';
import { runKvs, stackLine, tempDirs, type KvsRun } from './helpers/process.js';
import { exportDocx } from '../src/export/docx/index.js';
import { importDocument } from '../src/import/index.js';
import { maxNesting } from '../src/import/nesting.js';

const area = 'Any input';
/** Real processes on a machine shared with other work: generous, so a slow moment does not fail a test. */
const timeout = 300_000;

const temp = tempDirs('kvs-docx-attacks-');
afterAll(() => temp.cleanup());
const tempDir = () => temp.make();

type Run = KvsRun;
const kvs = (cwd: string, args: string[]): Promise<Run> => runKvs(cwd, args);

/** `open` n times, `inner`, then `close` n times: one element inside the other, as deep as asked. */
function nest(n: number, open: string, inner: string, close: string, separator = ''): string {
  return Array(n).fill(open).join(separator) + inner + Array(n).fill(close).join(separator);
}

const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const title = p(r('Kvalitetsstandard for Testby Kommune'));

/** Each a .docx whose nesting passes the limit, by the element a user (or an attacker) would repeat. */
const deepDocx: Array<{ name: string; bytes: () => Uint8Array; element: string }> = [
  { name: 'tabeller-1000.docx', element: 'w:tbl', bytes: () => docx({ document: title + nest(1_000, '<w:tbl><w:tr><w:tc>', p(r('inderst')), '</w:tc></w:tr></w:tbl>') }) },
  { name: 'tabeller-100000.docx', element: 'w:tbl', bytes: () => docx({ document: title + nest(100_000, '<w:tbl><w:tr><w:tc>', p(r('inderst')), '</w:tc></w:tr></w:tbl>') }) },
  { name: 'indholdskontroller.docx', element: 'w:sdt', bytes: () => docx({ document: title + nest(10_000, '<w:sdt><w:sdtContent>', p(r('inderst')), '</w:sdtContent></w:sdt>') }) },
  { name: 'indholdskontroller-i-tekst.docx', element: 'w:sdt', bytes: () => docx({ document: title + p(nest(10_000, '<w:sdt><w:sdtContent>', run('x'), '</w:sdtContent></w:sdt>')) }) },
  { name: 'links.docx', element: 'w:hyperlink', bytes: () => docx({ document: title + p(nest(10_000, '<w:hyperlink w:anchor="a">', run('x'), '</w:hyperlink>')) }) },
  {
    name: 'felter.docx',
    element: 'w:fldSimple',
    bytes: () => docx({ document: title + p(nest(10_000, '<w:fldSimple w:instr="HYPERLINK &quot;https://a.dk&quot;">', run('x'), '</w:fldSimple>')) }),
  },
  { name: 'indsaettelser.docx', element: 'w:ins', bytes: () => docx({ document: title + p(nest(10_000, '<w:ins w:id="1" w:author="A">', run('x'), '</w:ins>')) }) },
  { name: 'tekstfelter.docx', element: 'w:p', bytes: () => docx({ document: title + nest(1_000, '<w:p><w:r><w:pict><w:txbxContent>', p(r('x')), '</w:txbxContent></w:pict></w:r></w:p>') }) },
  { name: 'ukendte-elementer.docx', element: 'x', bytes: () => docx({ document: title + nest(100_000, '<x>', '', '</x>') }) },
  {
    name: 'kommentarer.docx',
    element: 'w:sdt',
    bytes: () => docx({ document: title, comments: `<w:comment w:id="1" w:author="A">${nest(10_000, '<w:sdt><w:sdtContent>', p(r('x')), '</w:sdtContent></w:sdt>')}</w:comment>` }),
  },
  {
    name: 'komplekse-felter.docx',
    element: 'w:fldChar',
    bytes: () =>
      docx({
        document:
          title +
          p(nest(10_000, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://a.dk"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('x'), '', '<w:r><w:fldChar w:fldCharType="end"/></w:r>')),
      }),
  },
];

/** HTML nested as deep as fits under the 256 KB input limit, one tag a line (then Markdown's input limits, which also apply to HTML, do not stop it first). */
const deepHtml: Array<{ name: string; depth: number; open: string; close: string }> = [
  { name: 'div.html', depth: 15_000, open: '<div>', close: '</div>' },
  { name: 'ul.html', depth: 9_000, open: '<ul>\n<li>', close: '</li>\n</ul>' },
  { name: 'table.html', depth: 5_000, open: '<table>\n<tr>\n<td>', close: '</td>\n</tr>\n</table>' },
  { name: 'blockquote.html', depth: 8_000, open: '<blockquote>', close: '</blockquote>' },
  { name: 'template.html', depth: 8_000, open: '<template>', close: '</template>' },
];

function html(depth: number, open: string, close: string): string {
  // The blank line ends the first block, so the tags below are one HTML block to Markdown's input limits, not a paragraph of markup.
  return `<html><body><h1>Kvalitetsstandard</h1><p>Testby Kommune</p>\n\n${nest(depth, open, 'inderst', close, '\n')}\n</body></html>\n`;
}

/** A refused file: its own line, naming it, the limit and what is too deep; no stack; nothing written. */
function expectRefused(result: Run, file: string, element: string): void {
  expect(result.signal, file).toBeNull();
  expect(result.stderr, file).not.toMatch(stackLine);
  const line = result.stderr.split('\n').find((text) => text.startsWith(`${file}: `));
  expect(line, result.stderr).toBeDefined();
  expect(line).toMatch(/For dybt indlejret: .+ niveauer inden i hinanden/);
  expect(line).toContain(`grænsen er ${maxNesting}`);
  expect(line).toContain(`<${element}>`);
  expect(line).toMatch(/Intet skrevet\.$/);
}

describe('kvs import: nesting deeper than any document', () => {
  it(
    'a .docx nested past the limit in every way: refused with one line, no stack trace, nothing written',
    async () => {
      const dir = tempDir();
      for (const attack of deepDocx) writeFileSync(join(dir, attack.name), attack.bytes());
      // One process for all of them (an importer starts slowly); each file is still refused on its own line.
      const result = await kvs(dir, ['import', ...deepDocx.map((attack) => attack.name), '--kommune', 'Testby', '--out-dir', 'ud']);
      // A refused input file is a problem found in a run that went on (exit 1), as for an empty or damaged file.
      expect(result.status, result.stderr).toBe(1);
      for (const attack of deepDocx) expectRefused(result, attack.name, attack.element);
      expect(result.stderr.trim().split('\n'), 'one line a file').toHaveLength(deepDocx.length);
      expect(existsSync(join(dir, 'ud'))).toBe(false);
      record({
        area,
        what: '.docx nested past 256 levels → kvs import: 1,000 and 100,000 tables in table cells; 100,000 unknown elements; 10,000 content controls (block and inline), links, simple fields, tracked insertions, content controls in comments.xml, complex fields; 1,000 text boxes',
        cases: deepDocx.length,
        result: 'exit 1, one line naming the file, the part, the depth and the element repeated, no stack trace; nothing written (before: stack overflow from ~750 nested tables, 1,000 text boxes, 2,000 content controls, 5,000 links, fields or insertions)',
        uncaught: 0,
      });
    },
    timeout,
  );

  it(
    'HTML nested 5,000–15,000 deep (div, ul, table, blockquote, template): refused the same way',
    async () => {
      const dir = tempDir();
      for (const attack of deepHtml) writeFileSync(join(dir, attack.name), html(attack.depth, attack.open, attack.close));
      const result = await kvs(dir, ['import', ...deepHtml.map((attack) => attack.name), '--kommune', 'Testby', '--out-dir', 'ud']);
      expect(result.status, result.stderr).toBe(1);
      for (const attack of deepHtml) expectRefused(result, attack.name, attack.open.slice(1, attack.open.indexOf('>')));
      expect(existsSync(join(dir, 'ud'))).toBe(false);
      record({
        area,
        what: 'HTML nested 5,000-15,000 deep, one tag a line (div, ul/li, table, blockquote, template) → kvs import',
        cases: deepHtml.length,
        result: 'exit 1, one line naming the file and the element, no stack trace; nothing written (before: stack overflow in hast-util-from-parse5 at 1,800 levels, 900 nested lists)',
        uncaught: 0,
      });
    },
    timeout,
  );

  it(
    'good files next to too-deep ones in one command: the good ones are written, each bad one gets its own line',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'god.docx'), docx({ document: title + p(r('Borgere kan få behandling.')) }));
      writeFileSync(join(dir, 'dyb.docx'), deepDocx[0]!.bytes());
      writeFileSync(join(dir, 'god.html'), '<html><body><h1>Kvalitetsstandard</h1><p>Andeby Kommune tilbyder behandling.</p></body></html>\n');
      writeFileSync(join(dir, 'dyb.html'), html(9_000, '<ul>\n<li>', '</li>\n</ul>'));
      const docxRun = await kvs(dir, ['import', 'dyb.docx', 'god.docx', '--kommune', 'Testby', '--out-dir', 'ud']);
      expect(docxRun.status, docxRun.stderr).toBe(1);
      expectRefused(docxRun, 'dyb.docx', 'w:tbl');
      expect(docxRun.stderr).toMatch(/^god\.docx → ud\/testby-stofmisbrug\.md/m);
      expect(readFileSync(join(dir, 'ud', 'testby-stofmisbrug.md'), 'utf8')).toContain('Borgere kan få behandling.');

      const htmlRun = await kvs(dir, ['import', 'god.html', 'dyb.html', '--kommune', 'Andeby', '--out-dir', 'ud2']);
      expect(htmlRun.status, htmlRun.stderr).toBe(1);
      expectRefused(htmlRun, 'dyb.html', 'ul');
      expect(readdirSync(join(dir, 'ud2'))).toEqual(['andeby-stofmisbrug.md']);
      expect(readFileSync(join(dir, 'ud2', 'andeby-stofmisbrug.md'), 'utf8')).toContain('tilbyder behandling');
      record({
        area,
        what: 'A good .docx or .html and a too-deep one in one kvs import',
        cases: 2,
        result: 'the good file written; the deep one its own one-line refusal, nothing written for it; exit 1',
        uncaught: 0,
      });
    },
    timeout,
  );

  it('nesting up to the limit is read, and list levels are not nesting: w:ilvl up to 100,000 is read as level 9', () => {
    const justInside = docx({ document: title + nest(60, '<w:tbl><w:tr><w:tc>', p(r('inderst')), '</w:tc></w:tr></w:tbl>') });
    expect(importDocument(justInside, 'x.docx', { kommune: 'Testby' }).markdown).toContain('inderst');
    const levels = [0, 1, 8, 9, 1_000, 100_000];
    const numbering =
      '<w:abstractNum w:abstractNumId="1">' +
      Array.from({ length: 9 }, (_, level) => `<w:lvl w:ilvl="${level}"><w:numFmt w:val="bullet"/></w:lvl>`).join('') +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const list = levels.map((level) => p(r(`niveau ${level}`), `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`)).join('');
    const result = importDocument(docx({ document: title + list, numbering }), 'x.docx', { kommune: 'Testby' });
    for (const level of levels) expect(result.markdown).toContain(`niveau ${level}`);
    record({
      area,
      what: '.docx with 60 tables in table cells (180 XML levels), and list paragraphs at w:ilvl 0 to 100,000 → importDocument',
      cases: 2,
      result: 'both imported: nesting under the limit is read, and list levels past 9 are the ninth (a number, never recursion)',
      uncaught: 0,
    });
  });
});

// ─── Export: characters XML 1.0 does not allow ───────────────────────────────

/** XML 1.0's Char production, negated: one character a part must not hold. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/**
 * Every XML part of the package: valid UTF-8, parsed by @xmldom/xmldom with
 * errors thrown, and only XML 1.0 characters, as characters or references.
 * The last check is needed: xmldom 0.9 does not check characters (it
 * accepts U+FFFF and &#1;), where Word does. Returns how many parts there are.
 */
function expectWellFormed(bytes: Uint8Array): number {
  const parts = Object.entries(unzipSync(bytes)).filter(([name]) => /\.(?:xml|rels)$/.test(name));
  expect(parts.length).toBeGreaterThan(5);
  for (const [name, data] of parts) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    const strict = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(`${name}: ${message}`);
      },
    });
    expect(strict.parseFromString(text, 'text/xml').documentElement, name).toBeTruthy();
    const bad = notXmlChar.exec(text);
    expect(bad && `${name}: U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} at ${bad.index}`).toBeNull();
    for (const [reference, hex, decimal] of text.matchAll(/&#(?:x([0-9a-fA-F]+)|([0-9]+));/g)) {
      expect(isXmlChar(hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal)), `${name}: ${reference}`).toBe(true);
    }
  }
  return parts.length;
}

/** A standard with `nasty` in every channel the export writes: front-matter, heading, text, list, table, link, CriticMarkup. */
function nastyStandard(nasty: string): string {
  const yaml = JSON.stringify(`Testby ${nasty}`);
  return (
    `---\nkommune: ${yaml}\ntitel: ${JSON.stringify(`Titel ${nasty}`)}\nomraade: ${JSON.stringify(nasty)}\ngodkendt:\n  af: ${JSON.stringify(nasty)}\n---\n\n` +
    `# Overskrift ${nasty}\n\nBrødtekst ${nasty} med [et link ${nasty}](https://testby.dk/side${nasty}) og **fed ${nasty}**.\n\n` +
    `- punkt ${nasty}\n  - under ${nasty}\n\n1. nummer ${nasty}\n\n| a ${nasty} | b |\n| --- | --- |\n| c ${nasty} | d |\n\n` +
    `Ændring {++indsat ${nasty}++} og {--slettet ${nasty}--} og {~~gammel ${nasty}~>ny ${nasty}~~} og {==markeret ${nasty}==}{>>Mette ${nasty}: kommentar ${nasty}<<}.\n\n` +
    `> citat ${nasty}\n\n\`\`\`\nkode ${nasty}\n\`\`\`\n\n<!-- html ${nasty} -->\n`
  );
}

/** U+FFFF first (the reported case), then every other character XML 1.0 refuses that a Markdown file can hold (NUL makes it binary). */
const fileNasty = `\uFFFF\uFFFE${Array.from({ length: 31 }, (_, index) => index + 1)
  .filter((code) => code !== 0x9 && code !== 0xa && code !== 0xd)
  .map((code) => String.fromCharCode(code))
  .join('')}`;

describe('kvs export --docx: characters XML 1.0 does not allow', () => {
  it(
    'U+FFFF, U+FFFE and C0 controls in every channel of a standard: every part of the .docx is well-formed',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'standard.md'), nastyStandard(fileNasty));
      const accepted = await kvs(dir, ['export', 'standard.md', '--docx', '-o', 'godkendt.docx']);
      expect(accepted.status, accepted.stderr).toBe(0);
      const reviewed = await kvs(dir, ['export', 'standard.md', '--docx', '--changes', '--author', 'Mette \uFFFF Hansen', '-o', 'rettelser.docx']);
      expect(reviewed.status, reviewed.stderr).toBe(0);
      let parts = 0;
      for (const file of ['godkendt.docx', 'rettelser.docx']) parts += expectWellFormed(readFileSync(join(dir, file)));
      // The file also comes back: the text around the removed characters is still there.
      const back = importDocument(readFileSync(join(dir, 'rettelser.docx')), 'rettelser.docx', { keepChanges: true });
      expect(back.markdown).toContain('kommentar');
      expect(back.markdown).toContain('Overskrift');
      record({
        area,
        what: 'A standard with U+FFFF, U+FFFE and the C0 controls in front-matter, heading, text, link, list, table, quote, code, HTML comment, CriticMarkup insert/delete/substitution/highlight/comment, and the author → kvs export --docx (with and without --changes)',
        cases: 2,
        result: `every XML part (${parts}) valid UTF-8, parsed strictly by xmldom, with XML 1.0 characters only; the file imports again (before: U+FFFF in word/document.xml, which Word refuses)`,
        uncaught: 0,
      });
    },
    timeout,
  );

  it('random strings (binary and grapheme units, lone surrogates) in text, front-matter and author → exportDocx: every part well-formed', async () => {
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    const forbidden = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF');
    const nasty = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }), loneSurrogate, forbidden), { maxLength: 8 })
      .map((pieces) => pieces.join(''));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(nasty, nasty, fc.boolean(), async (text, author, changes) => {
        const { bytes } = await exportDocx(nastyStandard(text), { changes, author: `A ${author}`, date: new Date(Date.UTC(2026, 0, 1)) });
        expectWellFormed(bytes);
        runs++;
      }),
      { numRuns: 120, seed: 13 },
    );
    record({
      area,
      what: 'Random strings (binary and grapheme units, lone surrogates, C0 controls, U+FFFE/U+FFFF) in every channel of a standard and in the author → exportDocx, with and without changes',
      cases: runs,
      result: 'every XML part valid UTF-8, parsed strictly, XML 1.0 characters only',
      uncaught: 0,
    });
  });
});
