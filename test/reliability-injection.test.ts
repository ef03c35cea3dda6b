/**
 * Issue 13, "Safe by construction I": user text cannot inject into logs,
 * terminals or the preview.
 *
 * - A file name or document text with a line break and `::error …::` must not
 *   forge a GitHub workflow command: CI runners read their logs line by line
 *   (CR ends a line too, leading blanks are trimmed), so no output line may
 *   start with `::` except kvs's own annotations in --format github.
 * - ESC/OSC/CSI (C0 and C1) and bidi overrides in a heading, a front-matter
 *   value or a file name must not reach the terminal raw.
 * - `kvs preview` answers only its own host names (DNS rebinding) and never
 *   redirects to another site.
 *
 * Real `kvs` processes on real files (a newline in a file name is allowed on
 * Linux), plus fast-check properties over random strings in-process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { record } from './helpers/ledger.js';
import { formatResults, type ReportOptions } from '../src/report/index.js';
import type { FileResult } from '../src/types.js';
import { buildStandard } from '../src/model/standard.js';
import { compareTable } from '../src/compare/table.js';
import { renderCompareMarkdown } from '../src/compare/md.js';
import { renderCompareCsv } from '../src/compare/csv.js';
import { startPreviewServer, type PreviewServer } from '../src/preview/server.js';
import { showControls } from '../src/report/terminal-text.js';

const area = 'Nothing unsafe published';
const root = fileURLToPath(new URL('..', import.meta.url));
const kvsBin = join(root, 'bin', 'kvs.js');
const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const asOf = '2026-06-01';
/** Real processes on a machine shared with other work: generous, so a slow moment does not fail a test. */
const timeout = 300_000;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-injection-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** As launch() in reliability-faults.test.ts, but the output is kept as bytes: a lone 0x9B must be seen as such. */
function kvs(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', ...env };
  delete childEnv['KVS_LANG'];
  delete childEnv['GITHUB_ACTIONS'];
  const child = spawn(process.execPath, [kvsBin, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) }));
  });
}

// ---- What the outputs must (not) hold -------------------------------------------------------

/** Lines as a CI runner splits them: LF, CR and CRLF all end a line. */
const logLines = (text: string): string[] => text.split(/\r\n|\r|\n/u);

/**
 * Lines that a runner would take as a workflow command: `::` at the start after blanks, or the
 * legacy `##[…]` (and Azure's `##vso[`) anywhere in the line.
 */
function commandLines(text: string): string[] {
  return logLines(text).filter((line) => line.trimStart().startsWith('::') || /##(vso|teamcity)?\[/iu.test(line));
}

// Terminal controls and trojan-source characters; tab, LF and CR are the output's own layout.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const rawControls = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Bytes a terminal would obey: ESC, BEL, a C1 CSI, or any control or bidi character. */
function expectNoControls(bytes: Buffer, what: string): void {
  expect(bytes.includes(0x1b), `${what}: ESC`).toBe(false);
  expect(bytes.includes(0x07), `${what}: BEL`).toBe(false);
  const text = bytes.toString('utf8');
  // Valid UTF-8, so a 0x9B byte can only be part of a longer character, never a C1 CSI on its own.
  expect(Buffer.from(text, 'utf8').equals(bytes), `${what}: not valid UTF-8`).toBe(true);
  expect(text.match(rawControls)?.[0], `${what}: control or bidi character`).toBeUndefined();
}

function unescapeProperty(value: string): string {
  return value.replace(/%(25|0D|0A|3A|2C)/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** A kvs annotation: `::error file=…,line=N…,title=…::message`, its file property unescaped. */
function annotationFile(line: string): string {
  const match = /^::(error|warning) (file=[^:]*)::[^\r\n]*$/u.exec(line);
  expect(match, `not an annotation: ${JSON.stringify(line)}`).not.toBeNull();
  const props = new Map(match![2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  expect([...props.keys()][0]).toBe('file');
  expect(props.get('line')).toMatch(/^\d+$/u);
  return unescapeProperty(props.get('file')!);
}

// ---- The hostile project ---------------------------------------------------------------------

const forgedName = 'a\n::error file=x.md,line=1::forged\n.md';
const topName = '::error file=x.md,line=1::top.md';
const hostileHeading = 'Tom \u001b]8;;http://evil.example\u0007klik\u001b]8;;\u0007 \u001b[2J \u009b31m \u202Eevil\u202C \u2066x\u2069 \u0085::warning::nel';

/** A standard whose front matter (YAML escapes) and one heading hold controls and forged commands. */
function hostileStandard(): string {
  return complete
    .replace(
      'titel: Kvalitetsstandard for social behandling af stofmisbrug',
      'titel: "Titel \\e]8;;http://evil.example\\a klik \\e[2J \\x9b31m \\u202e abc\\n::warning::forged\\r::error::cr"',
    )
    .replace('status: vedtaget', 'status: "x\\n::warning::forged \\e[2J\\r\\n  ::error::indented"')
    .replace('## Frit valg', `## ${hostileHeading}\n\n## Frit valg`)
    .replace('## Behandlingsgaranti', '## Garanti ##[add-mask]Failed ##vso[task.complete result=Succeeded;]x\n\n## Behandlingsgaranti');
}

function hostileProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'standards'));
  writeFileSync(join(dir, 'kvs.config.json'), '{}');
  // The forged name holds findings too (an empty section, a bad status), so it is printed everywhere.
  writeFileSync(join(dir, 'standards', forgedName), hostileStandard());
  writeFileSync(join(dir, 'standards', 'b.md'), hostileStandard());
  writeFileSync(
    join(dir, 'standards', 'c.md'),
    complete.replace('titel: Kvalitetsstandard for social behandling af stofmisbrug', `titel: '=HYPERLINK("http://evil.example";"klik")'`).replace('kommune: Eksempelby Kommune', 'kommune: "@SUM(1+1)"'),
  );
  return dir;
}

describe('user text in kvs output (real processes)', { timeout }, () => {
  let dir: string;
  beforeAll(() => {
    dir = hostileProject();
  });
  /** `kvs check` in one format over the hostile project; each format is run once and read by the tests that need it. */
  const checks = new Map<string, Promise<Run>>();
  const check = (format: string): Promise<Run> => {
    if (!checks.has(format)) checks.set(format, kvs(dir, ['check', '--no-cache', '--as-of', asOf, '--format', format]));
    return checks.get(format)!;
  };

  it('--format github: one escaped annotation per finding, no forged command, no controls', async () => {
    const github = await check('github');
    const json = await check('json');
    const files = JSON.parse(json.stdout.toString('utf8')) as { filePath: string; messages: unknown[] }[];
    const findings = files.reduce((sum, file) => sum + file.messages.length, 0);
    const text = github.stdout.toString('utf8');
    const lines = logLines(text.replace(/\n$/u, ''));
    expect(lines).toHaveLength(findings);
    const named = lines.map(annotationFile);
    expect(named).toContain(`standards/${forgedName}`);
    expect(new Set(named)).toEqual(new Set(files.filter((file) => file.messages.length > 0).map((file) => file.filePath)));
    expect(commandLines(github.stderr.toString('utf8'))).toEqual([]);
    expectNoControls(github.stdout, 'github');
    record({ area, what: 'File name with "\\n::error file=…::" and front matter with "\\n::warning::", CR and ESC → kvs check --format github', cases: lines.length, result: 'exactly one line per finding, each a kvs annotation with %0A/%3A/%2C-escaped file property; no forged command; controls shown as \\u{…}', uncaught: 0 });
  });

  it('stylish, json, sarif and junit: no line starts a command, controls never raw', async () => {
    const outputs: [string, Run][] = [];
    for (const format of ['stylish', 'json', 'sarif', 'junit']) outputs.push([format, await check(format)]);
    for (const [format, run] of outputs) {
      expect(run.status, format).toBe(1);
      expect(commandLines(run.stdout.toString('utf8')), format).toEqual([]);
      expect(commandLines(run.stderr.toString('utf8')), format).toEqual([]);
      expectNoControls(run.stdout, format);
      expectNoControls(run.stderr, `${format} stderr`);
    }
    expect(outputs[0]![1].stdout.toString('utf8')).toContain('\\u{1b}]8;;http://evil.example\\u{7}');
    // A file named like a command, given by its own path: its name starts the stylish file line.
    writeFileSync(join(dir, topName), hostileStandard());
    for (const format of ['stylish', 'junit']) {
      const top = await kvs(dir, ['check', '--no-cache', '--as-of', asOf, '--format', format, '--', topName]);
      expect(top.status, top.stderr.toString('utf8')).toBe(1);
      expect(commandLines(top.stdout.toString('utf8')), format).toEqual([]);
      expectNoControls(top.stdout, format);
    }
    rmSync(join(dir, topName));

    // JSON keeps the data exactly, only escaped: the name with its newlines, the heading with its ESC.
    const data = JSON.parse(outputs[1]![1].stdout.toString('utf8')) as { filePath: string; messages: { message: string }[] }[];
    expect(data.map((file) => file.filePath)).toContain(`standards/${forgedName}`);
    expect(data.flatMap((file) => file.messages.map((m) => m.message)).some((m) => m.includes(hostileHeading))).toBe(true);
    const sarif = JSON.parse(outputs[2]![1].stdout.toString('utf8')) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.some((r) => r.message.text.includes(hostileHeading))).toBe(true);
    record({ area, what: 'The same hostile names and text → kvs check stylish, json, sarif, junit', cases: outputs.length, result: 'no line starts with "::"; no ESC, BEL, C1 or bidi character raw; json/sarif give back the exact name and heading', uncaught: 0 });
  });

  it('kvs build and kvs compare (Markdown, CSV): no forged line, no controls, no spreadsheet formula', async () => {
    const build = await kvs(dir, ['build', '--only', 'html', '--as-of', asOf]);
    // A file name with control characters is not published (src/build/slugs.ts): its line says so, escaped.
    expect(build.status).toBe(1);
    expect(build.stdout.toString('utf8')).toMatch(/✖ .*styretegn/);
    const md = await kvs(dir, ['compare', '--as-of', asOf]);
    const csv = await kvs(dir, ['compare', '--as-of', asOf, '--format', 'csv']);
    const runs: [string, Run][] = [
      ['build', build],
      ['compare md', md],
      ['compare csv', csv],
    ];
    for (const [what, run] of runs) {
      expect(run.status, what).toBe(what === 'build' ? 1 : 0);
      for (const [stream, bytes] of [
        ['stdout', run.stdout],
        ['stderr', run.stderr],
      ] as const) {
        expect(commandLines(bytes.toString('utf8')), `${what} ${stream}`).toEqual([]);
        expectNoControls(bytes, `${what} ${stream}`);
      }
    }
    expect(build.stdout.toString('utf8')).toContain('standards/a ::error file=x.md,line=1::forged .md');
    const table = csv.stdout.toString('utf8');
    expect(table).toContain(`;"'=HYPERLINK(""http://evil.example"";""klik"")";`);
    expect(table).toContain(`\r\n'@SUM(1+1);`);
    expect(table).not.toMatch(/(^|;|\r\n)"?[=+\-@]/u);
    record({ area, what: 'Hostile names and titles → kvs build messages, kvs compare Markdown and CSV', cases: runs.length, result: 'every line kvs’s own; controls shown as \\u{…}; CSV cells starting with = + - @ get a leading apostrophe', uncaught: 0 });
  });
});

// ---- Random strings --------------------------------------------------------------------------

/** Random text with the dangerous pieces mixed in, so they are not left to chance. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\n::error file=x.md,line=1::forged\n', '::error::start', '\u00a0\u3000::warning::ws', '##[error]legacy', '##vso[task.complete result=Succeeded]', '\r::warning::x', '\u2028::notice::y', '\u001b]8;;http://evil\u0007', '\u001b[2J', '\u009b', '\u202E', '\u2066', '%0A', ',', ':'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** A name the file system accepts: no slash, no NUL, not `.` or `..`, at most 200 bytes. */
const fileNamePart = hostileText
  .map((text) => text.replace(/[/\0]/gu, '_'))
  .filter((text) => text !== '' && text !== '.' && text !== '..' && Buffer.byteLength(text) <= 200);

const reportOptions = (color: boolean): ReportOptions => ({ lang: 'da', cwd: '/p', rules: [], color, toolVersion: '0.0.0' });

function fileResult(name: string, heading: string): FileResult {
  const position = { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } };
  return {
    // At the top of cwd, so the name itself starts the stylish report's file line.
    filePath: `/p/${name}`,
    findings: [
      { ruleId: 'empty-section', severity: 'warning', message: `Afsnittet "${heading}" er tomt.`, hint: `Skriv om "${heading}".\nEller fjern den.`, position, related: [{ message: heading, position }] },
      { ruleId: 'frontmatter-schema', severity: 'error', message: heading, position: { start: position.start, end: { line: 5, column: 1 } } },
    ],
  };
}

describe('random strings as file names and headings', { timeout }, () => {
  it('in-process: every report and compare format', () => {
    let cases = 0;
    fc.assert(
      fc.property(fileNamePart, hostileText, (name, heading) => {
        cases++;
        const results = [fileResult(name, heading)];
        for (const color of [false, true]) {
          const stylish = formatResults(results, 'stylish', reportOptions(color));
          expect(commandLines(stylish)).toEqual([]);
          // With colour, kvs's own SGR codes are the only escapes left.
          if (color) expect(stylish).toContain('\u001b[4m');
          // eslint-disable-next-line no-control-regex -- kvs’s own colour codes are taken out before the check
          const text = color ? stylish.replace(/\u001b\[\d+m/gu, '') : stylish;
          expect(text.match(rawControls)?.[0]).toBeUndefined();
        }
        const github = formatResults(results, 'github', reportOptions(false));
        const lines = logLines(github.replace(/\n$/u, ''));
        expect(lines).toHaveLength(2);
        // The file property is the name exactly, but with controls made visible like everywhere else.
        for (const line of lines) expect(annotationFile(line)).toBe(showControls(name));
        expect(github.match(rawControls)?.[0]).toBeUndefined();
        for (const format of ['json', 'sarif', 'junit'] as const) {
          const out = formatResults(results, format, reportOptions(false));
          expect(commandLines(out), format).toEqual([]);
          expect(out.match(rawControls)?.[0], format).toBeUndefined();
        }
        const standard = buildStandard(
          complete.replace('titel: Kvalitetsstandard for social behandling af stofmisbrug', `titel: ${JSON.stringify(heading)}`).replace('## Frit valg', `## ${heading}\n\n## Frit valg`),
          name,
        );
        const table = compareTable([standard], { asOf });
        for (const out of [renderCompareMarkdown(table), renderCompareCsv(table)]) {
          expect(commandLines(out)).toEqual([]);
          expect(out.match(rawControls)?.[0]).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
    record({ area, what: 'Random strings (fast-check, binary code units plus ESC/OSC/C1/bidi/"\\n::error") as file names and headings → stylish, github, json, sarif, junit, compare Markdown and CSV', cases, result: 'no output line starts a workflow command except kvs’s own annotations; no control or bidi character raw', uncaught: 0 });
  });

  it('real processes: random file names and headings through kvs check (github and stylish)', async () => {
    let cases = 0;
    // Eight random cases side by side in one project, each standard in a folder of its own (two random
    // names may be the same), checked by one process per format: what is asserted holds line by line,
    // whichever file a line belongs to. fast-check shrinks the list to the case that fails.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fileNamePart, hostileText), { minLength: 8, maxLength: 8 }), async (pairs) => {
        cases += pairs.length;
        const dir = tempDir();
        writeFileSync(join(dir, 'kvs.config.json'), '{}');
        pairs.forEach(([name, heading], index) => {
          mkdirSync(join(dir, 'standards', String(index)), { recursive: true });
          writeFileSync(join(dir, 'standards', String(index), `${name}.md`), complete.replace('## Frit valg', `## ${heading}\n\n## Frit valg`));
        });
        for (const format of ['github', 'stylish']) {
          const run = await kvs(dir, ['check', '--no-cache', '--as-of', asOf, '--format', format]);
          expect(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.toString('utf8')}`).toBe(true);
          const stdout = run.stdout.toString('utf8');
          if (format === 'github') for (const line of logLines(stdout.replace(/\n$/u, '')).filter((l) => l !== '')) annotationFile(line);
          else expect(commandLines(stdout)).toEqual([]);
          expect(commandLines(run.stderr.toString('utf8'))).toEqual([]);
          expectNoControls(run.stdout, format);
          expectNoControls(run.stderr, `${format} stderr`);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 1 },
    );
    record({ area, what: 'Random file names and headings (fast-check) → real kvs check processes, github and stylish', cases, result: 'every github line a kvs annotation; no stylish line starts with "::"; no ESC/BEL/C1/bidi raw on stdout or stderr', uncaught: 0 });
  });
});

// ---- kvs preview ----------------------------------------------------------------------------

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** One request exactly as written (path and Host as given, no normalising). */
function raw(port: number, path: string, host: string | undefined, version = '1.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(`GET ${path} HTTP/${version}\r\n${host === undefined ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      // The event stream never ends by itself: its head is enough.
      if (/^HTTP\/1\.1 200[^]*text\/event-stream/u.test(text) && text.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = new Map(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('kvs preview: host names and redirects', () => {
  let server: PreviewServer;
  let port: number;
  const secret = 'PREVIEW-CONTENT-7f3a';
  beforeAll(async () => {
    const out = tempDir();
    writeFileSync(join(out, 'index.html'), `<!doctype html><title>x</title><body>${secret}</body>`);
    // A folder named like a host: the redirect for //evil.example must stay on this server.
    for (const folder of ['evil.example', 'sub']) {
      mkdirSync(join(out, folder));
      writeFileSync(join(out, folder, 'index.html'), `<!doctype html><title>x</title><body>${secret}</body>`);
    }
    server = await startPreviewServer(out, 0);
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server?.close());

  it('answers only 127.0.0.1, localhost and [::1] with its own port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      const response = await raw(port, '/', host);
      expect(response.status, host).toBe(200);
      expect(response.body).toContain(secret);
    }
    const foreign = [`evil.example:${port}`, 'evil.example', `localhost:${port + 1}`, 'localhost', `127.0.0.1.nip.io:${port}`, `localhost.:${port}`, `localhost:${port}.evil.example`, `localhost:${port}, evil.example`, ''];
    for (const host of foreign) {
      for (const path of ['/', '/sub/', '/__kvs/events']) {
        const response = await raw(port, path, host);
        expect(response.status, `${host} ${path}`).not.toBe(200);
        expect(response.body).not.toContain(secret);
        expect(response.headers.get('content-type') ?? '').not.toContain('event-stream');
      }
    }
    // HTTP/1.0 may leave out Host altogether.
    const none = await raw(port, '/', undefined, '1.0');
    expect(none.status).not.toBe(200);
    expect(none.body).not.toContain(secret);
    const stream = await raw(port, '/__kvs/events', `127.0.0.1:${port}`);
    expect(stream.status).toBe(200);
    record({ area, what: 'kvs preview with a foreign or missing Host header (DNS rebinding), pages and the event stream', cases: foreign.length * 3 + 1, result: 'never 200, no file content, no event stream; 127.0.0.1, localhost and [::1] with the own port answered', uncaught: 0 });
  });

  it('never redirects to another host', async () => {
    const paths = ['/%2Fevil.example%2F..', '//evil.example', '//evil.example/', '/%2Fevil.example', '/%5Cevil.example', '/%5C%5Cevil.example', '/\\evil.example', '/\\\\evil.example', '/%2F%2Fevil.example', '/./%2Fevil.example', '/sub/..%2F%2Fevil.example', '/%09/evil.example', 'http://evil.example/sub', '/sub'];
    const locations: string[] = [];
    for (const path of paths) {
      const response = await raw(port, path, `127.0.0.1:${port}`);
      const location = response.headers.get('location');
      if (location === undefined) continue;
      locations.push(location);
      expect(location, path).toMatch(/^\/(?![/\\])/u);
      expect(location, path).not.toContain('://');
      expect(new URL(location, `http://127.0.0.1:${port}/`).host, path).toBe(`127.0.0.1:${port}`);
    }
    expect(locations).toContain('/sub/');
    expect(locations).toContain('/evil.example/');
    record({ area, what: 'kvs preview redirects for folder paths like /%2Fevil.example%2F.., //evil.example, /%5Cevil.example', cases: paths.length, result: 'every Location a path on the same server with one leading slash; none protocol-relative or absolute', uncaught: 0 });
  });
});
