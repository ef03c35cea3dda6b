/**
 * Issue 6, "what it must show": `kvs check` and `kvs build` on every file of a
 * fuzz corpus end with exit 0, 1 or 2 and a message — never an uncaught
 * exception. The corpus is generated from a fixed seed (so a failure can be
 * re-run) and written to one project folder; the built CLI runs as a real
 * process over the whole folder, once per command (start-up is most of a
 * process's cost), and each file's own result is read from the output: an
 * entry in the JSON report and a ✔/✖ line of the build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownDocument, withLineEndings } from './helpers/fuzz.js';
import { record } from './helpers/ledger.js';

const kvs = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const golden = (name: string) => readFileSync(new URL(`golden/${name}`, import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'kvs-cli-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The corpus: named pathological inputs, random Markdown, random bytes and damaged bundled standards. */
function corpus(): Array<{ name: string; bytes: Uint8Array }> {
  const ringsted = golden('ringsted-stofmisbrug.md');
  const text = ringsted.toString('utf8');
  const latin1 = Buffer.from([...text].map((c) => (c.charCodeAt(0) > 0xff ? '-' : c)).join(''), 'latin1');
  const named: Array<[string, Uint8Array]> = [
    ['empty.md', new Uint8Array()],
    ['frontmatter-only.md', Buffer.from('---\nkommune: Testby\ntitel: Kvalitetsstandard\n---\n')],
    ['body-only.md', Buffer.from(text.replace(/^---[\s\S]*?\n---\n/u, ''))],
    ['quotes-deep.md', Buffer.from(`${'>'.repeat(10_000)} x\n`)],
    ['list-deep.md', Buffer.from(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'))],
    ['long-line.md', Buffer.from(`${'a '.repeat(60_000)}\n`)],
    ['too-big.md', Buffer.alloc(3 * 1024 * 1024, 'a')],
    ['headings.md', Buffer.from('## x\n'.repeat(20_000))],
    ['utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['latin1.md', latin1],
    ['crlf.md', Buffer.from(text.replace(/\n/gu, '\r\n'))],
    ['cr.md', Buffer.from(text.replace(/\n/gu, '\r'))],
    ['nul.md', Buffer.from('# x\u0000y\n')],
    ['zip.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ['pdf.md', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n')],
    ['yaml-bomb.md', Buffer.from(`---\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n---\n# x\n`)],
    ['yaml-broken.md', Buffer.from('---\nkommune: [Testby\n\ttitel: x\nkommune: y\n---\n# x\n')],
    ['truncated.md', ringsted.subarray(0, Math.floor(ringsted.length / 3))],
  ];
  const random = fc.sample(
    fc.oneof(
      fc.tuple(markdownDocument, fc.constantFrom('lf', 'crlf', 'cr', 'mixed' as const)).map(([doc, ending]) => Buffer.from(withLineEndings(doc, ending))),
      fc.uint8Array({ maxLength: 4000 }),
      fc.array(fc.tuple(fc.nat(ringsted.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }).map((flips) => {
        const copy = Buffer.from(ringsted);
        for (const [at, byte] of flips) copy[at] = byte;
        return copy;
      }),
    ),
    { numRuns: 8, seed: 20261125 },
  );
  return [...named.map(([name, bytes]) => ({ name, bytes })), ...random.map((bytes, i) => ({ name: `random-${i}.md`, bytes }))];
}

interface Run {
  code: number | null;
  out: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [kvs, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', KVS_JOBS: '1' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** A stack trace or the "unexpected error" text is an uncaught exception, whatever the exit code. */
function uncaught(result: Run): boolean {
  return result.code === null || ![0, 1, 2].includes(result.code) || /\n\s+at .+:\d+:\d+\)?\n/u.test(result.out) || /Uventet fejl|Unexpected error/u.test(result.out);
}

/** The file's own line in the build's output: built (✔) or refused with a reason (✖). */
// ✔ published, ⚠ published with errors (issue 21), ✖ not published.
function builtLine(out: string, name: string): string | undefined {
  return out.split('\n').find((line) => line.startsWith(`✔ standards/${name} `) || line.startsWith(`⚠ standards/${name} `) || line.startsWith(`✖ standards/${name}:`));
}

describe.skipIf(!built)('kvs check and kvs build on every file of the fuzz corpus', () => {
  it('end with exit 0, 1 or 2 and a message for every file, never an uncaught exception', async () => {
    const files = corpus();
    mkdirSync(join(dir, 'standards'));
    for (const file of files) writeFileSync(join(dir, 'standards', file.name), file.bytes);
    const paths = (keep: (index: number) => boolean) => files.flatMap((file, index) => (keep(index) ? [`standards/${file.name}`] : []));
    // Every ninth file is built whole (leaflet and booklet), the others as HTML only, as before.
    const whole = (index: number) => index % 9 === 0;
    // One check prints the stylish report and writes the JSON one (-o): stdout is byte for byte a stylish run's.
    const commands = [
      ['check', 'standards', '--no-cache', '--format', 'json', '-o', 'report.json'],
      ['build', ...paths(whole), '--out-dir', 'output-whole'],
      ['build', ...paths((index) => !whole(index)), '--out-dir', 'output', '--only', 'html'],
    ];
    // Two at a time: the machine has two cores and each run is its own process.
    const results: Run[] = [];
    for (const pair of [commands.slice(0, 2), commands.slice(2)]) results.push(...(await Promise.all(pair.map((args) => run(args, dir)))));
    const failures: string[] = [];
    commands.forEach((command, index) => {
      const result = results[index]!;
      if (uncaught(result) || result.out.trim() === '') failures.push(`${command.slice(0, 4).join(' ')}: exit ${result.code}\n${result.out.slice(0, 400)}`);
    });
    const reported = new Set((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<{ filePath: string }>).map((entry) => entry.filePath));
    files.forEach((file, index) => {
      if (!reported.has(`standards/${file.name}`)) failures.push(`check ${file.name}: no result in the JSON report`);
      const build = results[whole(index) ? 1 : 2]!;
      if (!builtLine(build.out, file.name)) failures.push(`build ${file.name}: no line of its own\n${build.out.slice(0, 400)}`);
    });
    expect(failures).toEqual([]);
    record({
      area: 'Any input',
      what: `Fuzz corpus through the CLI (${files.length} files: named pathological inputs, random Markdown, random bytes, damaged bundled standard) → \`kvs check\` and \`kvs build\` processes over the corpus folder, each file's result read from the output`,
      cases: files.length * 2,
      result: 'every run ended with exit 0, 1 or 2 and no stack trace; every file had its own result (JSON entry, build line)',
      uncaught: failures.length,
    });
  }, 300_000);
});
