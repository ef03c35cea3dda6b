/**
 * Issue 14, "options, one vocabulary": every command's --help uses one name
 * for one thing, Commander's own errors come in Danish, and the old names
 * keep working (hidden, with a note) for the scripts in kommuners' CI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kvsBin = join(root, 'bin', 'kvs.js');
const asOf = ['--as-of', '2026-11-25'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function kvs(args: string[], cwd = root) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['KVS_LANG'];
  return spawnSync(process.execPath, [kvsBin, ...args], { cwd, encoding: 'utf8', env });
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-options-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'standards'));
  copyFileSync(join(root, 'test', 'fixtures', 'complete.md'), join(dir, 'standards', 'a.md'));
  return dir;
}

const commands = ['init', 'new', 'check', 'import', 'export', 'build', 'fix', 'preview', 'compare', 'rules', 'fmt', 'diff', 'accept'];

/** The long option names a command's help lists, with the value they take. */
function helpOptions(help: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const match of help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)(?: ([<[][^>\]]+[>\]]))?/gmu)) options.set(match[1]!, match[2] ?? '');
  return options;
}

describe('one name for one thing in every --help', () => {
  // Each command's help, asked for once.
  const texts = new Map(commands.map((command) => [command, kvs([command, '--help']).stdout]));
  const helps = new Map([...texts].map(([command, help]) => [command, helpOptions(help)]));

  it('an output file is -o, --output <file>; an output folder is --out-dir <dir>; no help says "(standard: false)"', () => {
    for (const [command, options] of helps) {
      expect(options.has('--output-file'), command).toBe(false);
      expect(options.has('--out'), command).toBe(false);
      if (options.has('--output')) expect(options.get('--output'), command).toBe('<file>');
      if (options.has('--out-dir')) expect(options.get('--out-dir'), command).toBe('<dir>');
      expect(texts.get(command), command).not.toMatch(/standard: false|default: false/);
    }
    for (const command of ['check', 'compare', 'new', 'import', 'export']) expect(helps.get(command)!.has('--output'), command).toBe(true);
    for (const command of ['build', 'preview', 'import']) expect(helps.get(command)!.has('--out-dir'), command).toBe(true);
  });

  it('the same option takes the same kind of value everywhere', () => {
    const seen = new Map<string, Set<string>>();
    for (const options of helps.values()) {
      for (const [name, value] of options) seen.set(name, (seen.get(name) ?? new Set()).add(value));
    }
    for (const [name, values] of seen) expect([...values], name).toHaveLength(1);
  });
});

describe("Commander's own messages in the user's language", () => {
  it('an unknown option, a near miss, a missing value and a bad choice, in Danish', () => {
    const unknown = kvs(['check', '--bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/fejl: ukendt tilvalg '--bogus'/);
    expect(unknown.stderr).not.toMatch(/error: unknown option/);
    expect(kvs(['check', '--outptu', 'x']).stderr).toMatch(/Mente du --output\?/);
    expect(kvs(['check', '--format']).stderr).toMatch(/fejl: tilvalget '-f, --format <format>' mangler en værdi/);
    expect(kvs(['check', '--lang', 'sv']).stderr).toMatch(/fejl: 'sv' er ikke en gyldig værdi for '--lang <lang>'\. Mulige værdier: da, en\./);
    expect(kvs(['tjek']).stderr).toMatch(/fejl: ukendt kommando 'tjek'/);
  });

  it('in English with --lang en', () => {
    const unknown = kvs(['check', '--bogus', '--lang', 'en']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/error: unknown option '--bogus'/);
  });
});

describe('the old names still work, with a note', () => {
  it('check --output-file, compare --out, build --out, import --out and rules --format markdown', () => {
    const dir = project();
    const check = kvs(['check', '-f', 'json', '--output-file', 'r.json', ...asOf], dir);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toHaveLength(1);
    expect(check.stderr).toMatch(/--output-file hedder nu -o, --output/);

    const now = kvs(['check', '-f', 'json', '-o', 'r2.json', ...asOf], dir);
    expect(now.status, now.stderr).toBe(0);
    expect(now.stderr).not.toMatch(/hedder nu/);
    expect(readFileSync(join(dir, 'r2.json'), 'utf8')).toBe(readFileSync(join(dir, 'r.json'), 'utf8'));

    expect(kvs(['compare', '--out', 'c.md', ...asOf], dir).status).toBe(0);
    expect(kvs(['compare', '-o', 'c2.md', ...asOf], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'c2.md'), 'utf8')).toBe(readFileSync(join(dir, 'c.md'), 'utf8'));

    const build = kvs(['build', '--only', 'html', '--out', 'site', ...asOf], dir);
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(dir, 'site', 'a', 'index.html'))).toBe(true);
    expect(build.stderr).toMatch(/--out hedder nu --out-dir/);
    expect(kvs(['build', '--only', 'html', '--out-dir', 'site2', ...asOf], dir).status).toBe(0);
    expect(existsSync(join(dir, 'site2', 'a', 'index.html'))).toBe(true);

    expect(kvs(['rules', '--format', 'markdown']).stdout).toBe(kvs(['rules', '--format', 'md']).stdout);
    expect(kvs(['compare', '--format', 'markdown', ...asOf], dir).stdout).toBe(kvs(['compare', '--format', 'md', ...asOf], dir).stdout);
  });

  it('kvs export writes Word without --docx', () => {
    const dir = project();
    const run = kvs(['export', 'standards/a.md'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'standards', 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});
