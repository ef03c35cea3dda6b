/**
 * The result cache of `kvs check` is correct: whatever changes between runs
 * (the config, the rule set, the date, the language, a file), a run with the
 * cache reports exactly what a --no-cache run reports. It is also harmless:
 * a corrupt cache is ignored, --cache-location writes only there, --no-cache
 * writes nothing. Runs are in-process (runCheck from src/, one thread), so
 * every step is cheap; the worker threads have their own test.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckCliOptions } from '../src/cli/check.js';
import { cacheFileName, decodeCache, encodeCache, type Entry } from '../src/check/cache.js';
import { loadCacheSecret } from '../src/check/secret.js';
import { rules } from '../src/rules/index.js';
import { record } from './helpers/ledger.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const complete = readFileSync(path.join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const ishoej = readFileSync(path.join(root, 'test', 'golden', 'ishoej-stofmisbrug.md'), 'utf8');
const botilbud = readFileSync(path.join(root, 'test', 'fixtures', 'sel107-botilbud.md'), 'utf8');
const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0xff]);
// complete.md is approved 2026-03-18 with a two-year interval: overdue from 2028-03-19.
const noKlage = complete.replace(/## Klageadgang[\s\S]*?(?=\n## )/u, '');

const temps: string[] = [];
// The cache's signing key goes to a folder of this test file's own, never the real ~/.cache.
const xdgBefore = process.env['XDG_CACHE_HOME'];
beforeAll(() => {
  const xdg = mkdtempSync(path.join(os.tmpdir(), 'kvs-cache-xdg-'));
  temps.push(xdg);
  process.env['XDG_CACHE_HOME'] = xdg;
});
afterAll(() => {
  if (xdgBefore === undefined) delete process.env['XDG_CACHE_HOME'];
  else process.env['XDG_CACHE_HOME'] = xdgBefore;
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh project folder with a few standards, a binary file, a link to a
 * file that is not there (cannot be read), and a config.
 */
function project(config: object = {}, golden = true): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-cache-test-'));
  temps.push(dir);
  const files: Record<string, string | Uint8Array> = {
    'standards/a.md': complete,
    'standards/b.md': noKlage,
    ...(golden ? { 'standards/c.md': ishoej } : {}),
    'standards/d.md': botilbud,
    'standards/x.md': binary,
    'kvs.config.json': JSON.stringify(config),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'standards', 'gone.md'));
  return dir;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string }>;
}

function ruleIdsOf(run: Run, name: string): string[] {
  const file = (JSON.parse(run.stdout) as JsonFile[]).find((f) => f.filePath.endsWith(name));
  return file?.messages.map((m) => m.ruleId) ?? [];
}

interface Run {
  code: number;
  stdout: string;
}

type RunOptions = Partial<Omit<CheckCliOptions, 'quiet'>>;

async function check(dir: string, options: RunOptions = {}, paths: string[] = []): Promise<Run> {
  let stdout = '';
  const io = { cwd: dir, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } };
  const code = await runCheck(paths, { format: 'json', quiet: false, jobs: '1', asOf: '2026-06-01', ...options }, io);
  return { code, stdout };
}

/** The run with the cache, and a --no-cache run of the same, must say the same. */
async function sameAsNoCache(dir: string, options: RunOptions = {}): Promise<Run> {
  const cached = await check(dir, options);
  const fresh = await check(dir, { ...options, cache: false });
  expect(cached).toEqual(fresh);
  return cached;
}

const cacheFile = (dir: string) => path.join(dir, '.kvs', 'cache', cacheFileName);

function readCache(dir: string): { runKey: string; files: Record<string, Entry> } {
  const decoded = decodeCache(readFileSync(cacheFile(dir), 'utf8'));
  if (!decoded) throw new Error('the cache file is not one of ours');
  return decoded;
}

/** Every file below `dir`, relative, sorted. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(path.join(dir, name), { throwIfNoEntry: false })?.isFile() ?? false)
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

function editConfig(dir: string, config: object): void {
  writeFileSync(path.join(dir, 'kvs.config.json'), JSON.stringify(config));
}

describe('a run with the cache reports what a --no-cache run reports', () => {
  it('cold, then warm: the same findings, and the warm run reads the cache without writing it', async () => {
    const dir = project();
    const cold = await sameAsNoCache(dir);
    expect(cold.code).toBe(1);
    expect(existsSync(cacheFile(dir))).toBe(true);
    const written = readCache(dir);
    const before = statSync(cacheFile(dir)).mtimeMs;
    const warm = await check(dir);
    expect(warm).toEqual(cold);
    expect(statSync(cacheFile(dir)).mtimeMs).toBe(before);
    // A file that cannot be read is not cached; one that was read is, even when it is not text.
    expect(ruleIdsOf(cold, 'gone.md')).toEqual(['unreadable-file']);
    expect(ruleIdsOf(cold, 'x.md')).toEqual(['unreadable-file']);
    expect(Object.keys(written.files).sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'x.md'].map((name) => `standards/${name}`));
  });

  it('in every format', async () => {
    const dir = project();
    await check(dir);
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      expect(await check(dir, { format }), format).toEqual(await check(dir, { format, cache: false }));
    }
  });

  it('the warm run really comes from the cache: a planted entry shows, until its file changes', async () => {
    const dir = project();
    await check(dir);
    const cache = readCache(dir);
    const planted = { ruleId: 'empty-section', severity: 'warning', message: 'PLANTED', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } } as const;
    cache.files['standards/a.md']!.result.findings = [planted];
    // Signed with this machine's key, as only kvs itself could (test/cache-trust.test.ts: an unsigned edit is ignored).
    const key = loadCacheSecret(dir);
    if (!key.ok) throw new Error(key.why.en);
    writeFileSync(cacheFile(dir), encodeCache(cache.runKey, cache.files, key.secret));
    expect((await check(dir)).stdout).toContain('PLANTED');
    writeFileSync(path.join(dir, 'standards', 'a.md'), `${complete}\n`);
    const after = await sameAsNoCache(dir);
    expect(after.stdout).not.toContain('PLANTED');
  });

  it('after the config changes a rule severity', async () => {
    const dir = project();
    const before = await sameAsNoCache(dir);
    editConfig(dir, { rules: { 'required-section': 'warning', readability: 'off' } });
    const after = await sameAsNoCache(dir);
    expect(after.stdout).not.toEqual(before.stdout);
  });

  it('after the rule set changes: a pin in the config, then an --as-of date that selects an older set', async () => {
    const dir = project();
    const latest = await sameAsNoCache(dir);
    editConfig(dir, { ruleSet: 'sel101-2014' });
    const pinned = await sameAsNoCache(dir);
    expect(pinned.stdout).not.toEqual(latest.stdout);
    editConfig(dir, {});
    const older = await sameAsNoCache(dir, { asOf: '2019-06-01' });
    expect(older.stdout).not.toEqual(latest.stdout);
  });

  it('after the date passes a revision deadline (a rule that depends on the date, same rule set)', async () => {
    const dir = project();
    const inTime = await sameAsNoCache(dir, { asOf: '2026-06-01' });
    const overdue = await sameAsNoCache(dir, { asOf: '2029-01-01' });
    expect(ruleIdsOf(inTime, 'a.md')).not.toContain('revision-overdue');
    expect(ruleIdsOf(overdue, 'a.md')).toContain('revision-overdue');
  });

  it('after one file changes, and with --lang en', async () => {
    const dir = project();
    await sameAsNoCache(dir);
    writeFileSync(path.join(dir, 'standards', 'b.md'), complete);
    const changed = await sameAsNoCache(dir);
    expect(ruleIdsOf(changed, 'b.md')).toEqual([]);
    const english = await sameAsNoCache(dir, { lang: 'en' });
    const danish = await sameAsNoCache(dir, { lang: 'da' });
    expect(english.stdout).not.toEqual(danish.stdout);
  });

  it('over random sequences of changes to files, config, date and language', async () => {
    const dir = project({}, false);
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    const texts = [complete, noKlage, botilbud, `${complete}\n## Ekstra\n`];
    const change = fc.oneof(
      fc.record({ kind: fc.constant('file' as const), name: fc.constantFrom(...names), text: fc.constantFrom(...texts) }),
      fc.record({ kind: fc.constant('severity' as const), rule: fc.constantFrom('readability', 'required-section', 'contact-format'), to: fc.constantFrom('off', 'warning', 'error') }),
      fc.record({ kind: fc.constant('run' as const), asOf: fc.constantFrom('2021-01-01', '2026-06-01', '2029-01-01'), lang: fc.constantFrom('da', 'en') }),
    );
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        let options: RunOptions = {};
        for (const step of changes) {
          if (step.kind === 'file') writeFileSync(path.join(dir, 'standards', step.name), step.text);
          else if (step.kind === 'severity') editConfig(dir, { rules: { [step.rule]: step.to } });
          else options = { asOf: step.asOf, lang: step.lang };
          await sameAsNoCache(dir, options);
          steps++;
        }
      }),
      { numRuns: 8 },
    );
    record({ area: 'No data lost', what: 'Result cache: random changes to files, config, date and language between runs', cases: steps, result: 'every cached run equal to a --no-cache run' });
  });
});

describe('the cache is harmless', () => {
  it('a corrupt, truncated, foreign or ill-formed cache file is ignored and rebuilt', async () => {
    const dir = project();
    const expected = await check(dir, { cache: false });
    await check(dir);
    const good = readFileSync(cacheFile(dir), 'utf8');
    const [headerLine = '', ...entryLines] = good.split('\n');
    const body = entryLines.join('\n');
    const header = JSON.parse(headerLine) as { kvsCache: number; runKey: string; strings: unknown[] };
    const { runKey, files } = readCache(dir);
    const key = loadCacheSecret(dir);
    if (!key.ok) throw new Error(key.why.en);
    // Signed, so that an ill-formed entry is refused for its shape, not only for its signature.
    const withEntry = (name: string, entry: unknown) => encodeCache(runKey, { ...files, [name]: entry as Entry }, key.secret);
    const finding = files['standards/b.md']!.result.findings[0]!;
    const corruptions = [
      'not json at all \u0000\u00ff',
      good.slice(0, Math.floor(good.length / 2)),
      '',
      '[]\n[]',
      'null\nnull',
      `${JSON.stringify({ ...header, kvsCache: 999 })}\n${body}`,
      `${JSON.stringify({ ...header, runKey: 'another run' })}\n${body}`,
      `${JSON.stringify({ ...header, strings: [...header.strings.slice(1), 7] })}\n${body}`,
      `${JSON.stringify({ ...header, strings: header.strings.slice(0, 3) })}\n${body}`,
      `${headerLine}\n[]`,
      `${headerLine}\n${entryLines.map((line) => line.replace('\t', ' ')).join('\n')}`,
      `${headerLine}\n${entryLines.map((line) => line.slice(0, -5)).join('\n')}`,
      withEntry('standards/b.md', { ...files['standards/b.md'], result: { findings: [{ ...finding, severity: 'fatal' }] } }),
      withEntry('standards/b.md', { ...files['standards/b.md'], result: { findings: [{ ...finding, hint: 42 }] } }),
      withEntry('standards/b.md', { ...files['standards/b.md'], result: { findings: [{ ...finding, related: [{ message: 'x' }] }] } }),
      withEntry('standards/b.md', { hash: 5, result: files['standards/b.md']!.result }),
    ];
    for (const corrupt of corruptions) {
      writeFileSync(cacheFile(dir), corrupt);
      expect(await check(dir)).toEqual(expected);
      // Rebuilt: the next run finds a whole cache again.
      expect(Object.keys(readCache(dir).files)).toHaveLength(5);
      expect(await check(dir)).toEqual(expected);
    }
    // A folder where the cache file should be: nothing to read, nothing can be written; the run is still right.
    rmSync(cacheFile(dir));
    mkdirSync(cacheFile(dir));
    expect(await check(dir)).toEqual(expected);
    record({ area: 'No data lost', what: 'Corrupt, truncated, foreign or unwritable result cache', cases: corruptions.length + 1, result: 'ignored and rebuilt; findings equal a --no-cache run, no exception' });
  });

  it('--cache-location writes the cache there and nowhere else', async () => {
    const dir = project();
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'kvs-cache-elsewhere-'));
    temps.push(elsewhere);
    const before = listing(dir);
    const cold = await check(dir, { cacheLocation: path.join(elsewhere, 'c') });
    expect(listing(dir)).toEqual(before);
    expect(listing(elsewhere)).toEqual([`c/${cacheFileName}`]);
    expect(await check(dir, { cacheLocation: path.join(elsewhere, 'c') })).toEqual(cold);
    // Relative to the working folder, like the other path options.
    await check(dir, { cacheLocation: 'my-cache' });
    expect(listing(dir)).toEqual([...before, `my-cache/${cacheFileName}`].sort());
  });

  it('--no-cache neither reads nor writes a cache', async () => {
    const dir = project();
    const before = listing(dir);
    await check(dir, { cache: false });
    expect(listing(dir)).toEqual(before);
    expect(existsSync(path.join(dir, '.kvs'))).toBe(false);
  });

  it('the default location is .kvs/cache/ beside kvs.config.json, also when run from a sub-folder', async () => {
    const dir = project();
    await check(path.join(dir, 'standards'), {}, ['.']);
    expect(existsSync(cacheFile(dir))).toBe(true);
    expect(existsSync(path.join(dir, 'standards', '.kvs'))).toBe(false);
  });
});

describe('the run key', () => {
  it('every rule that reads the check date says so (meta.dependsOnDate), so the cache keys on the date', () => {
    const rulesDir = path.join(root, 'src', 'rules');
    const dated = readdirSync(rulesDir)
      .filter((name) => name.endsWith('.ts') && !['rule.ts', 'index.ts'].includes(name))
      .filter((name) => /\basOf\b/u.test(readFileSync(path.join(rulesDir, name), 'utf8')))
      .flatMap((name) => [...readFileSync(path.join(rulesDir, name), 'utf8').matchAll(/\bid: '([a-z-]+)'/gu)].map((m) => m[1]));
    expect(dated.length).toBeGreaterThan(0);
    for (const id of dated) expect(rules.find((rule) => rule.meta.id === id)?.meta.dependsOnDate, id).toBe(true);
  });
});

describe('the cache file format', () => {
  const point = fc.record({ line: fc.nat({ max: 9999 }), column: fc.nat({ max: 999 }) });
  const position = fc.record({ start: point, end: point });
  // Texts with digits, quotes, escapes and non-BMP characters: they are stored once in the table, by number.
  const text = fc.oneof(fc.string(), fc.constantFrom('0', '1', '"', '\\', '__proto__', 'æøå 😀', '\t\n'));
  const finding = fc.record(
    {
      ruleId: text,
      severity: fc.constantFrom('error', 'warning', 'info'),
      message: text,
      position,
      hint: text,
      law: text,
      related: fc.array(fc.record({ message: text, position }), { maxLength: 2 }),
    },
    { requiredKeys: ['ruleId', 'severity', 'message', 'position'] },
  );
  const entry = fc.record({ hash: fc.string(), result: fc.record({ findings: fc.array(finding, { maxLength: 4 }), ruleSet: text }, { requiredKeys: ['findings'] }) });

  it('reads back every entry it wrote, texts and numbers alike', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), entry, { maxKeys: 4 }), (files) => {
        const decoded = decodeCache(encodeCache('run', files as Record<string, Entry>));
        expect(decoded?.files).toEqual(files);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an entry that names a text the table does not have', () => {
    const files = { 'a.md': { hash: 'h', result: { findings: [{ ruleId: 'r', severity: 'error', message: 'm', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }] } } };
    const text = encodeCache('run', files as Record<string, Entry>);
    expect(decodeCache(text)?.files).toEqual(files);
    // The message's number raised past the end of the table: the entry is dropped, the file then checked anew.
    const [header, line] = text.split('\n');
    const count = (JSON.parse(header!) as { strings: string[] }).strings.length;
    const broken = line!.replace(/"message":"\d+"/u, `"message":"${count}"`);
    expect(broken).not.toBe(line);
    expect(decodeCache(`${header}\n${broken}`)?.files).toEqual({});
  });
});
