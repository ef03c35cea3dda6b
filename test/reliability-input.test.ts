/**
 * Any input, a clear answer (issue 6): random Markdown, random strings and
 * random bytes through everything that reads a standard, and the named
 * pathological inputs. Never an exception, never a hang, every finding
 * inside the file; beyond an input limit, one refusal that names the limit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { checkBytes, checkText } from '../src/check/check.js';
import { importDocument, ImportError } from '../src/import/index.js';
import remarkKvs from '../src/remark-plugin.js';
import { inputLimits } from '../src/model/limits.js';
import type { FileResult } from '../src/types.js';
import { complete } from './helpers/fixtures.js';
import { expectFindingsInside, linesOf, markdownDocument, withLineEndings } from './helpers/fuzz.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-11-25';
const encoder = new TextEncoder();

/** A case may take this long at most: far above what any takes, far below a hang. */
const perCaseMs = 15_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function checked(text: string): FileResult {
  const { value, ms } = timed(() => checkBytes(encoder.encode(text), 'x.md', { asOf }));
  expect(ms).toBeLessThan(perCaseMs);
  return value;
}

function refusal(result: FileResult) {
  expect(result.findings).toHaveLength(1);
  const finding = result.findings[0]!;
  expect(finding.ruleId).toBe('input-limit');
  expect(finding.severity).toBe('error');
  return finding;
}

describe('random input → kvs check', () => {
  it('standard-like Markdown with any line endings: no exception, every finding inside the file, sorted', () => {
    let runs = 0;
    fc.assert(
      fc.property(markdownDocument, fc.constantFrom('lf', 'crlf', 'cr', 'mixed' as const), (doc, ending) => {
        const text = withLineEndings(doc, ending);
        expectFindingsInside(checked(text), text);
        runs++;
      }),
      { numRuns: 150 },
    );
    record({ area: 'Any input', what: 'Random standard-like Markdown (front-matter, known headings, lists, quotes, tables, CriticMarkup, kvs comments; LF/CRLF/CR/mixed) → checkBytes', cases: runs, result: 'no exception; every finding inside the file, offsets match lines and columns, sorted' });
  });

  it('random strings (any UTF-16 code units, lone surrogates too): no exception, every finding inside the file', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 400 })), (text) => {
        const { value, ms } = timed(() => checkText(text, 'x.md', { asOf }));
        expect(ms).toBeLessThan(perCaseMs);
        expectFindingsInside(value, text);
        runs++;
      }),
      { numRuns: 200 },
    );
    record({ area: 'Any input', what: 'Random strings (binary, grapheme and ASCII units) → checkText', cases: runs, result: 'no exception; every finding inside the file, sorted' });
  });

  it('random bytes: no exception; a result or one unreadable-file finding at 1:1', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { value, ms } = timed(() => checkBytes(bytes, 'x.md', { asOf }));
        expect(ms).toBeLessThan(perCaseMs);
        if (value.findings[0]?.ruleId === 'unreadable-file') {
          expect(value.findings).toHaveLength(1);
          expect(value.findings[0].position.start).toMatchObject({ line: 1, column: 1 });
          expect(value.findings[0].message.length).toBeGreaterThan(20);
        } else {
          const text = readAs(bytes);
          if (text !== undefined) expectFindingsInside(value, text);
        }
        runs++;
      }),
      { numRuns: 200 },
    );
    record({ area: 'Any input', what: 'Random bytes → checkBytes', cases: runs, result: 'no exception; a result with every finding inside the file, or one unreadable-file finding at 1:1' });
  });

  it('mutated bundled standard (bytes dropped, flipped, inserted): no exception, every finding inside the file', () => {
    const bytes = encoder.encode(complete);
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'drop', 'insert' as const)), { minLength: 1, maxLength: 12 }), (edits) => {
        let mutated = [...bytes];
        for (const [at, byte, kind] of edits) {
          const index = Math.min(at, mutated.length - 1);
          if (kind === 'flip') mutated[index] = byte;
          else if (kind === 'drop') mutated.splice(index, 1);
          else mutated.splice(index, 0, byte);
        }
        mutated = mutated.slice(0, Math.max(1, mutated.length));
        const input = Uint8Array.from(mutated);
        const { value, ms } = timed(() => checkBytes(input, 'x.md', { asOf }));
        expect(ms).toBeLessThan(perCaseMs);
        if (value.findings[0]?.ruleId !== 'unreadable-file') {
          const text = readAs(input);
          if (text !== undefined) expectFindingsInside(value, text);
        }
        runs++;
      }),
      { numRuns: 100 },
    );
    record({ area: 'Any input', what: 'Bundled standard with random bytes flipped, dropped or inserted → checkBytes', cases: runs, result: 'no exception; every finding inside the file' });
  });
});

/** The text checkBytes reads from bytes that are not refused: UTF-8, else Windows-1252 (no BOM, no NUL in these cases). */
function readAs(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff || bytes[0] === 0xfe || bytes.includes(0)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom ? 3 : 0));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

describe('the named inputs of issue 6', () => {
  const cases: string[] = [];
  const done = (name: string) => cases.push(name);

  it('an empty file: a result (the missing sections), no exception', () => {
    const result = checked('');
    expect(result.findings.some((f) => f.ruleId === 'required-section')).toBe(true);
    expectFindingsInside(result, '');
    done('empty');
  });

  it('front-matter only: a result, findings inside the file', () => {
    const text = complete.slice(0, complete.indexOf('\n---\n', 4) + 5);
    const result = checked(text);
    expect(result.findings.some((f) => f.ruleId === 'required-section')).toBe(true);
    expectFindingsInside(result, text);
    done('front-matter only');
  });

  it('body only: a result, the missing front-matter reported', () => {
    const text = complete.slice(complete.indexOf('\n---\n', 4) + 5);
    const result = checked(text);
    expect(result.findings.some((f) => f.ruleId === 'frontmatter-schema')).toBe(true);
    expectFindingsInside(result, text);
    done('body only');
  });

  it('a 10 MB standard: refused for its size, at the line where the limit is passed', () => {
    const body = complete.slice(complete.indexOf('\n---\n', 4) + 5);
    const text = complete + body.repeat(Math.ceil((10 * 1024 * 1024) / body.length));
    const finding = refusal(checked(text));
    expect(finding.message).toMatch(/Filen fylder 10,\d MB; grænsen er 256 KB/);
    // The limit falls inside the text at its byte count: that line and column.
    const within = new TextDecoder().decode(encoder.encode(text).subarray(0, inputLimits.fileBytes), { stream: true });
    const lines = linesOf(within);
    expect(finding.position.start).toMatchObject({ line: lines.length, column: lines.at(-1)!.length + 1 });
    done('10 MB');
  });

  it('100,000 headings: refused for size (2.3 MB), quickly', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `## Overskrift ${i}\n`).join('\n');
    const { value, ms } = timed(() => checkBytes(encoder.encode(text), 'x.md', { asOf }));
    expect(refusal(value).message).toMatch(/grænsen er 256 KB/);
    expect(ms).toBeLessThan(3000);
    done('100,000 headings');
  });

  it('lists nested 10,000 deep by indentation (100 MB): refused for size; 400 deep (160 KB): refused at the 51st level', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- punkt\n`).join('');
    const deep = timed(() => checkBytes(encoder.encode(nested(10_000)), 'x.md', { asOf }));
    expect(refusal(deep.value).message).toMatch(/Filen fylder 95,\d MB/);
    const { value, ms } = timed(() => checkBytes(encoder.encode(nested(400)), 'x.md', { asOf }));
    const finding = refusal(value);
    expect(finding.position.start).toMatchObject({ line: inputLimits.nestingDepth + 1, column: 2 * inputLimits.nestingDepth + 1 });
    expect(finding.message).toMatch(/51 niveauer .* grænsen er 50 niveauer/);
    expect(ms).toBeLessThan(3000);
    done('lists 10,000 deep');
  });

  it('block quotes nested 10,000 deep (`>>>>…` and `> > > …`) and list markers on one line: refused at the 51st marker', () => {
    for (const [text, column] of [
      [`${'>'.repeat(10_000)} x\n`, 51],
      [`${'> '.repeat(10_000)}x\n`, 101],
      [`${'- '.repeat(10_000)}x\n`, 101],
      [`Tekst\n\n${'> - '.repeat(5_000)}x\n`, 101],
    ] as const) {
      const { value, ms } = timed(() => checkBytes(encoder.encode(text), 'x.md', { asOf }));
      const finding = refusal(value);
      expect(finding.position.start.column).toBe(column);
      expect(ms).toBeLessThan(3000);
    }
    done('quotes 10,000 deep');
  });

  it('a single 1 MB line is refused for size; a 120,000-character line for its length, at column 100,001', () => {
    expect(refusal(checked(`# T\n\n${'a '.repeat(512 * 1024)}`)).message).toMatch(/grænsen er 256 KB/);
    const finding = refusal(checked(`# T\n\n${'ord '.repeat(30_000)}\n`));
    expect(finding.position.start).toMatchObject({ line: 3, column: inputLimits.lineLength + 1 });
    expect(finding.message).toMatch(/Linjen er 120\.000 tegn lang; grænsen er 100\.000 tegn/);
    done('1 MB line');
  });

  it('a paragraph full of markup characters is refused where length × count passes the limit; a long plain one is read', () => {
    const stars = `# T\n\n${'Borgeren* kan* få* hjælp* inden* for* 14* dage*.\n'.repeat(400)}`;
    const finding = refusal(checked(stars));
    expect(finding.position.start.line).toBeGreaterThan(50);
    expect(finding.message).toMatch(/Afsnittet, der begynder i linje 3, har her [\d.]+ formateringstegn .* grænsen er 20 mio\./);
    const plain = `# T\n\n${'Borgeren kan få hjælp inden for 14 dage efter henvendelse til kommunen.\n'.repeat(1500)}`;
    expect(checked(plain).findings.some((f) => f.ruleId === 'input-limit')).toBe(false);
    done('long paragraphs');
  });

  it('the same limits in English', () => {
    const result = checkBytes(encoder.encode('>'.repeat(60)), 'x.md', { asOf, lang: 'en' });
    expect(refusal(result).message).toMatch(/nested 51 levels deep here; the limit is 50 levels/);
    record({ area: 'Any input', what: 'Named inputs: empty file, front-matter only, body only, 10 MB standard, 100,000 headings, lists and quotes nested 10,000 deep, a 1 MB line, a 120,000-character line, paragraphs of 20,000 and 108,000 characters', cases: cases.length + 1, result: 'a result, or one input-limit error at the place the limit is passed, naming it; each within 3 s' });
  });
});

describe('the importer and the remark plugin', () => {
  it('importDocument: a result or an ImportError for random bytes and random Markdown, never anything else', () => {
    let runs = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 1500 }), markdownDocument.map((text) => encoder.encode(text))), fc.constantFrom('x.md', 'x.txt', 'x.html', 'x.docx'), (bytes, name) => {
        try {
          const result = importDocument(bytes, name);
          expect(typeof result.markdown).toBe('string');
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.localized.da.length).toBeGreaterThan(10);
          refused++;
        }
        runs++;
      }),
      { numRuns: 150 },
    );
    record({ area: 'Any input', what: 'Random bytes and random Markdown → importDocument (as .md, .txt, .html, .docx)', cases: runs, result: `no exception other than ImportError (a message for the user: ${refused} cases)` });
  });

  it('the remark plugin: no exception, and its messages lie inside the file', async () => {
    const samples = fc.sample(markdownDocument, { numRuns: 60, seed: 6 });
    for (const text of samples) {
      const vfile = new VFile({ value: text, path: 'x.md' });
      const processor = unified().use(remarkParse).use(remarkKvs, { asOf, config: {} });
      await processor.run(processor.parse(vfile), vfile);
      const lines = linesOf(text);
      for (const message of vfile.messages) {
        expect(message.line).toBeGreaterThanOrEqual(1);
        expect(message.line!).toBeLessThanOrEqual(lines.length);
        expect(message.column!).toBeLessThanOrEqual(lines[message.line! - 1]!.length + 1);
      }
    }
    record({ area: 'Any input', what: 'Random standard-like Markdown → the remark plugin (remark-cli, editors)', cases: samples.length, result: 'no exception; every message inside the file' });
  });
});
