/**
 * Issue 13, "Safe by construction": one unbreakable word of tens of thousands
 * of characters, everywhere the booklet flows text (body, heading, table
 * cell, list item, the title on the cover, the kommune's name, a URL), in real
 * `kvs` processes. The layout used to measure the rest of such a word on every
 * line: 16,000 characters took 17.6 s and 668 MB, 90,000 ran out of memory
 * after 12 minutes, and the build ignored SIGTERM meanwhile (the booklet was
 * laid out on the main thread, where the signal handler never got to run).
 *
 * Peak memory and CPU time come from a preload that writes
 * process.resourceUsage() on exit. No wall-time bounds but hang guards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { record } from './helpers/ledger.js';
import { launchKvs } from './helpers/process.js';
import { sameTree, tree } from './helpers/tree.js';
import { layoutRuns, measureRuns, type Measurer } from '../src/render/pdf/line-layout.js';
import { fontFiles } from '../src/render/pdf/style.js';
import { defaultTheme } from '../src/render/types.js';
import type { FontKey } from '../src/render/pdf/blocks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const lockFile = join('output', '.kvs-build.lock');
const stackLine = /\n\s+at .+:\d+/;
const GiB = 1024 ** 3;
const maxRatio = 10;

/** Real processes on a machine shared with other work: generous, so a slow moment does not fail a test. */
const timeout = 300_000;
const dirs: string[] = [];
let preload = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const dir = tempDir();
  preload = join(dir, 'usage.mjs');
  // Written on exit, so it covers the whole process (worker threads included).
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.KVS_TEST_USAGE, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
`,
  );
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-longword-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Usage {
  maxRssBytes: number;
  cpuMs: number;
}

/** kvs with the usage preload (test/helpers/process.ts starts it as a user would). */
function launch(cwd: string, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  return launchKvs(cwd, args, { preload: [preload], env });
}

/** A build with its resource use. */
async function build(cwd: string, args: string[]): Promise<Run & Usage> {
  const usageFile = join(cwd, `usage-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const run = await launch(cwd, ['build', '--as-of', '2026-11-25', ...args], { KVS_TEST_USAGE: usageFile }).done;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage;
  rmSync(usageFile);
  return { ...run, ...usage };
}

/** `length` letters with no break point anywhere (Danish letters included, no hyphens or punctuation). */
function hugeWord(length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzæøå';
  let word = '';
  while (word.length < length) word += letters;
  return word.slice(0, length);
}

type Place = 'body' | 'heading' | 'table' | 'list' | 'title' | 'kommune' | 'url';

/** complete.md with `word` put in each of `places`. */
function standardWith(word: string, places: Place[]): string {
  let text = complete;
  const at = new Set(places);
  if (at.has('title')) text = text.replace(/^titel: .*$/m, `titel: Kvalitetsstandard ${word}`);
  if (at.has('kommune')) text = text.replace(/^kommune: .*$/m, `kommune: ${word} Kommune`);
  if (at.has('body')) text = text.replace('Denne kvalitetsstandard beskriver', `Denne ${word} kvalitetsstandard beskriver`);
  if (at.has('heading')) text = text.replace('## Målgruppe', `## Målgruppe ${word}`);
  const extra: string[] = [];
  if (at.has('list')) extra.push(`- et punkt ${word} slut\n- et andet punkt`);
  // One column, so pdftotext cannot interleave the cell with a neighbour.
  if (at.has('table')) extra.push(`| Ydelse |\n| --- |\n| celle ${word} slut |`);
  if (at.has('url')) extra.push(`Se https://example.dk/${word} eller [siden](https://example.dk/${word}).`);
  if (extra.length > 0) text = text.replace('## Formål\n', `## Formål\n\n${extra.join('\n\n')}\n`);
  expect(text.split(word).length - 1, 'every place found in complete.md').toBe(places.length + (at.has('url') ? 1 : 0));
  return text;
}

function project(text: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'standards'));
  writeFileSync(join(dir, 'standards', 'lang.md'), text);
  return dir;
}

/**
 * Lines a page adds around the flowed text: "Side x af y", the running header
 * ("Kommune · Titel", or a name cut with "…") and the table header repeated on every page.
 */
const furniture = /^Side \d+ af \d+$|·|…$|^Ydelse$/;

/** The booklet's text without page furniture (running header, "Side x af y") and without the line breaks. */
function bookletText(file: string): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text
    .split(/[\n\f]/)
    .filter((line) => !furniture.test(line.trim()))
    .join('')
    .replace(/\s+/g, '');
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

/** Exit 0 or 1 (built, findings or not), or a clean refusal: 2 with a message and no stack trace. */
function expectCleanEnd(run: Run): void {
  expect([0, 1, 2], run.stderr).toContain(run.status);
  expect(run.stderr + run.stdout).not.toMatch(stackLine);
  if (run.status === 2) expect(run.stderr.trim().length, 'a refusal says why').toBeGreaterThan(0);
}

describe('an unbreakable word of 30,000 characters in a booklet', () => {
  const word = hugeWord(30_000);

  it(
    'in the body, a heading, a table cell, a list item and the title: built within 1 GiB, every character in the PDF',
    async () => {
      const dir = project(standardWith(word, ['body', 'heading', 'table', 'list', 'title']));
      const run = await build(dir, []);
      expectCleanEnd(run);
      expect(run.status, run.stderr).not.toBe(2);
      const pdf = join(dir, 'output', 'lang', 'lang.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(existsSync(join(dir, 'output', 'lang', 'index.html'))).toBe(true);
      // Body, heading, list item and table cell flow in full; the cover and the contents end the title in "…".
      expect(occurrences(bookletText(pdf), word)).toBeGreaterThanOrEqual(4);
      expect(run.maxRssBytes).toBeLessThan(GiB);
      record({
        area: 'Hangs and resource exhaustion',
        what: 'kvs build of a standard with one 30,000-letter word in body, heading, table cell, list item and title',
        cases: 1,
        result: `built (exit ${run.status}), the word whole in the PDF text four times, peak RSS ${mb(run.maxRssBytes)} MB (< 1 GiB)`,
        uncaught: 0,
      });
    },
    timeout,
  );

  it(
    'as the kommune and in a URL (bare and as a link): built within 1 GiB, the PDF not growing with the square of the URL',
    async () => {
      const dir = project(standardWith(word, ['kommune', 'url']));
      const run = await build(dir, ['--only', 'pdf']);
      expectCleanEnd(run);
      const pdf = join(dir, 'output', 'lang', 'lang.pdf');
      expect(existsSync(pdf)).toBe(true);
      const text = bookletText(pdf);
      expect(occurrences(text, `https://example.dk/${word}`)).toBe(1);
      // Each line of a link has an annotation (hundreds here); they share one action holding the URL.
      const bytes = readFileSync(pdf);
      expect(occurrences(bytes.toString('latin1'), '/S /URI')).toBeLessThan(10);
      const size = bytes.length;
      expect(size).toBeLessThan(5 * 1024 * 1024);
      expect(run.maxRssBytes).toBeLessThan(GiB);
      record({
        area: 'Hangs and resource exhaustion',
        what: 'kvs build --only pdf with a 30,000-letter kommune name and a 30,000-character URL, bare and as a link',
        cases: 1,
        result: `built (exit ${run.status}), the URL whole in the PDF text, PDF ${mb(size)} MB, peak RSS ${mb(run.maxRssBytes)} MB (< 1 GiB)`,
        uncaught: 0,
      });
    },
    timeout,
  );
});

describe('one character the shaper cannot take apart', () => {
  it(
    'a letter under 40,000 accents and 20,000 letters outside the BMP: built within 1 GiB',
    async () => {
      const text = complete.replace('Denne kvalitetsstandard', `Denne e${'\u0301'.repeat(40_000)} og ${'𝒜'.repeat(20_000)} kvalitetsstandard`);
      const dir = project(text);
      const run = await build(dir, ['--only', 'pdf']);
      expectCleanEnd(run);
      expect(existsSync(join(dir, 'output', 'lang', 'lang.pdf'))).toBe(true);
      expect(run.maxRssBytes).toBeLessThan(GiB);
      record({
        area: 'Hangs and resource exhaustion',
        what: 'kvs build --only pdf with one letter under 40,000 combining accents and a word of 20,000 astral letters',
        cases: 1,
        result: `built (exit ${run.status}), accents beyond 30 on one letter dropped as in UAX #15, peak RSS ${mb(run.maxRssBytes)} MB (< 1 GiB)`,
        uncaught: 0,
      });
    },
    timeout,
  );
});

describe('time linear in the length of an unbreakable word', () => {
  it(
    'kvs build --only pdf: CPU time for a 16,000-letter word within 10 times that for 4,000',
    async () => {
      const places: Place[] = ['body', 'heading', 'table', 'list'];
      const cpu = async (length: number) => {
        const dir = project(standardWith(hugeWord(length), places));
        const run = await build(dir, ['--only', 'pdf']);
        expect(run.status, run.stderr).toBe(0);
        return run.cpuMs;
      };
      const small = await cpu(4_000);
      const large = await cpu(16_000);
      expect(large / small).toBeLessThan(maxRatio);
      record({
        area: 'Time linear in the input',
        what: 'kvs build --only pdf, one unbreakable word in body, heading, table cell and list item, 4,000 vs 16,000 letters',
        cases: 2,
        result: `CPU time ratio ${(large / small).toFixed(1)} for 4× the word (below ${maxRatio})`,
        uncaught: 0,
      });
    },
    timeout,
  );

  it('the line breaker alone: CPU time for 4× the word within 10 times, in every kind of text it is set in', () => {
    // Widths summed character by character: linear in the text like pdfkit's, and cheap enough
    // that the line breaker's own growth is what is timed.
    const measurer = summingMeasurer();
    const styles = [
      { name: 'hyphenated', style: { size: 10, leading: 14, hyphenate: true } },
      { name: 'not hyphenated', style: { size: 10, leading: 14, hyphenate: false } },
    ];
    const words: Record<string, (n: number) => string> = {
      letters: hugeWord,
      'a URL': (n) => `https://example.dk/${hugeWord(n)}`,
      'letters with combining marks': (n) => 'e\u0301'.repeat(n / 2),
      'astral letters (surrogate pairs)': (n) => '𝒜'.repeat(n / 2),
      'hyphens between syllables': (n) => 'behand-'.repeat(n / 7),
      'a compound head over and over': (n) => 'stof'.repeat(n / 4),
    };
    let cases = 0;
    for (const [kind, make] of Object.entries(words)) {
      for (const { name, style } of styles) {
        const time = (n: number) => {
          const word = make(n);
          let round = 0;
          return bestCpuMs(() => {
            round++;
            // Ten words never set before (break points are cached by word), so a run takes long enough to time.
            for (let i = 0; i < 10; i++) {
              const text = `${String.fromCharCode(0x41 + round, 0x41 + i)}${word}`;
              const runs = [{ text, font: 'regular' as FontKey }];
              measureRuns(runs, style, measurer);
              layoutRuns(runs, 200, style, measurer);
            }
          });
        };
        time(1_000);
        const ratio = time(16_000) / Math.max(1, time(4_000));
        expect(ratio, `${kind}, ${name}`).toBeLessThan(maxRatio);
        cases++;
      }
    }
    record({
      area: 'Time linear in the input',
      what: 'Line breaking of one unbreakable word (letters, URL, combining marks, surrogate pairs, hard hyphens, repeated compound heads), 4,000 vs 16,000 characters',
      cases,
      result: `CPU time ratio for 4× the word below ${maxRatio} in every case`,
      uncaught: 0,
    });
  }, timeout);

  it('cuts a word only between whole characters: no surrogate pair or combining mark split, nothing lost, every line within the width', () => {
    const measurer = pdfkitMeasurer().fresh();
    const style = { size: 10, leading: 14, hyphenate: true };
    for (const word of ['e\u0301'.repeat(3000), '𝒜'.repeat(3000), 'a\u0308\u0301b'.repeat(1000), '🇩🇰'.repeat(2000)]) {
      const lines = layoutRuns([{ text: word, font: 'regular' }], 200, style, measurer);
      expect(lines.length).toBeGreaterThan(10);
      const texts = lines.map((line) => line.fragments.map((fragment) => fragment.text).join(''));
      expect(texts.join('')).toBe(word);
      for (const text of texts) {
        expect(/^[\u0300-\u036F\uDC00-\uDFFF]/.test(text), JSON.stringify(text.slice(0, 4))).toBe(false);
        expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
      }
      for (const line of lines) expect(line.width).toBeLessThanOrEqual(200 + 0.01);
    }
  });
});

describe('SIGTERM and SIGINT end a build promptly', () => {
  it(
    'while the booklet of two 95,000-letter words is being laid out: ended within 5 s, lock released, previous output unchanged',
    async () => {
      // About as much as a standard may hold (the input limits: 256 KB, 100,000 characters a line): seconds of layout.
      const word = hugeWord(95_000);
      // The previous output only has to be a complete build of lang.md: the short standard's costs no layout of the long words.
      const dir = project(complete);
      const first = await build(dir, []);
      expect(first.status, first.stderr).toBe(0);
      const before = tree(join(dir, 'output'));
      // A new edition, so an interrupted build that published anything would show.
      writeFileSync(join(dir, 'standards', 'lang.md'), standardWith(word, ['body', 'list']).replace(/^titel: (.*)$/m, 'titel: $1 (ny udgave)'));
      const output = join(dir, 'output');
      // The leaflet is staged before the booklet is asked for: from then on the booklet is being laid out.
      const layingOut = () => readdirSync(output).some((name) => name.startsWith('.kvs-staging-') && existsSync(join(output, name, 'index.html')));
      const locked = () => existsSync(join(dir, lockFile));
      const cases: Array<{ signal: NodeJS.Signals; when: string; ready: () => boolean; after: number }> = [
        { signal: 'SIGTERM', when: 'as it takes its lock', ready: locked, after: 0 },
        { signal: 'SIGTERM', when: 'as the booklet layout starts', ready: layingOut, after: 0 },
        { signal: 'SIGINT', when: '0.3 s into the booklet layout', ready: layingOut, after: 300 },
      ];
      for (const { signal, when, ready, after } of cases) {
        const { child, done } = launch(dir, ['build', '--as-of', '2026-11-25']);
        await waitFor(ready, 60_000);
        await sleep(after);
        expect(child.exitCode, `the build was still running ${when}`).toBeNull();
        const sent = Date.now();
        child.kill(signal);
        const ended = await Promise.race([done.then(() => Date.now() - sent), sleep(5_000).then(() => Infinity)]);
        if (ended === Infinity) child.kill('SIGKILL');
        expect(ended, `${signal} ${when}`).toBeLessThan(5_000);
        const run = await done;
        expect(run.stderr).not.toMatch(stackLine);
        expect(existsSync(join(dir, lockFile)), 'lock released').toBe(false);
        expect(sameTree(tree(output), before), 'output as the previous build left it').toBe(true);
      }
      record({
        area: 'Hangs and resource exhaustion',
        what: 'SIGTERM/SIGINT sent to kvs build of a standard with two 95,000-letter words: as it takes its lock, as its booklet layout starts, 0.3 s into it',
        cases: cases.length,
        result: 'ended within 5 s every time, lock released, previous output byte for byte with no staging leftovers',
        uncaught: 0,
      });
    },
    timeout,
  );
});

/** Widths without a font: each UTF-16 unit 3 to 9 points at size 10, summed anew on every call. */
function summingMeasurer(): Measurer {
  return {
    width: (text, _font, size) => {
      let width = 0;
      for (let i = 0; i < text.length; i++) width += 3 + (text.charCodeAt(i) % 7);
      return (width * size) / 10;
    },
    hasGlyph: () => true,
  };
}

/** A Measurer on pdfkit with the booklet's fonts; `fresh()` gives one with empty caches, so each timing does all the work. */
function pdfkitMeasurer(): { fresh: () => Measurer } {
  const files = fontFiles(defaultTheme);
  return {
    fresh() {
      const doc = new PDFDocument({ autoFirstPage: false });
      const widths = new Map<string, number>();
      return {
        width: (text, font, size) => {
          const key = `${font}\u0000${text}`;
          let width = widths.get(key);
          if (width === undefined) {
            width = doc.font(files[font]).fontSize(1000).widthOfString(text);
            widths.set(key, width);
          }
          return (width * size) / 1000;
        },
        hasGlyph: () => true,
      };
    },
  };
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of `run`, the fastest of three. */
function bestCpuMs(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, limit: number): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limit) throw new Error('timed out waiting');
    await sleep(20);
  }
}

