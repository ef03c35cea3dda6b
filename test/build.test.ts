/**
 * `kvs build` as communications staff and CI use it: every standard
 * published, nothing half-written, nothing of theirs deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const kvsBin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const standardsDir = fileURLToPath(new URL('../standards/', import.meta.url));
const complete = readFileSync(new URL('fixtures/complete.md', import.meta.url), 'utf8');
const dirs: string[] = [];
const slugs = ['hjoerring-stofmisbrug', 'holbaek-stofmisbrug', 'ishoej-stofmisbrug', 'ringsted-stofmisbrug'];

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(withStandards = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-build-'));
  dirs.push(dir);
  if (withStandards) cpSync(standardsDir, join(dir, 'standards'), { recursive: true });
  return dir;
}

function kvs(cwd: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [kvsBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const mainJob = fileURLToPath(new URL('../scripts/main-job.js', import.meta.url));

describe('kvs build', () => {
  const dir = project();
  let first: ReturnType<typeof kvs>;
  beforeAll(() => {
    // The main job (`npm start`): kvs check, then kvs build, on the bundled standards.
    const run = spawnSync(process.execPath, [mainJob, '--as-of', '2026-11-25'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    });
    first = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  });

  it('the main job completes with 0 although the standards have errors; its output fits a 100-column log with one readability line per standard', () => {
    expect(first.status, first.stderr).toBe(0);
    // The check's stylish part, up to its summary line; the build's lines follow it.
    const lines = first.stdout.slice(0, first.stdout.indexOf('\n✖ ')).split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    const readability = lines.filter((l) => /\breadability\b/.test(l));
    expect(readability.length).toBeGreaterThan(0);
    expect(readability.length).toBeLessThanOrEqual(slugs.length);
    expect(first.stdout).not.toContain('(maalgruppe)');
    expect(first.stdout).not.toContain('ikke bekræftet');
  });

  it('publishes a leaflet, a fragment and a booklet for every bundled standard, and the overview', () => {
    for (const slug of slugs) {
      expect(readdirSync(join(dir, 'output', slug)).sort()).toEqual([`${slug}.pdf`, 'fragment.html', 'index.html'].sort());
      expect(readFileSync(join(dir, 'output', slug, `${slug}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const overview = readFileSync(join(dir, 'output', 'index.html'), 'utf8');
    for (const slug of slugs) expect(overview).toContain(`${slug}/index.html`);
    // The comparison of the kommuner sits beside the overview, linked from it.
    expect(overview).toContain('href="compare.html"');
    expect(readFileSync(join(dir, 'output', 'compare.html'), 'utf8')).toContain('Ringsted Kommune');
    expect(first.stdout).toMatch(/4 af 4 standarder udgivet/);
    expect(readdirSync(join(dir, 'output')).filter((name) => name.startsWith('.kvs-staging'))).toEqual([]);
  });

  it('gives the same bytes for the same input (SOURCE_DATE_EPOCH)', () => {
    const again = project();
    const build = kvs(again, ['build', '--as-of', '2026-11-25']);
    // Published, but with errors: the warning sign, not a tick, and exit 1 (README: "færdig, men der er fejl").
    expect(build.status).toBe(1);
    expect(build.stdout).toMatch(/^⚠ standards\/ringsted-stofmisbrug\.md \(\d+ fejl/mu);
    expect(build.stdout).not.toMatch(/^✔ .*\([1-9]\d* fejl/mu);
    expect(build.stdout).toContain('4 er udgivet med fejl (⚠)');
    for (const slug of slugs) {
      for (const file of [`${slug}.pdf`, 'index.html', 'fragment.html']) {
        expect(readFileSync(join(again, 'output', slug, file)).equals(readFileSync(join(dir, 'output', slug, file))), file).toBe(true);
      }
    }
  });
});

describe('kvs build keeps what is there', () => {
  it('never deletes a file it did not write, and keeps the previous output when a build fails', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'god.md'), complete);
    writeFileSync(join(dir, 'standards', 'brudt.md'), complete);
    expect(kvs(dir, ['build', '--only', 'html']).status).toBe(0);
    writeFileSync(join(dir, 'output', 'god', 'noter.txt'), 'mine noter');
    const before = readFileSync(join(dir, 'output', 'brudt', 'index.html'));
    // The file turns binary: it cannot be built, the others still are.
    writeFileSync(join(dir, 'standards', 'brudt.md'), Buffer.from([0, 1, 2, 3, 0]));
    const run = kvs(dir, ['build', '--only', 'html']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ standards\/brudt\.md: kunne ikke bygges/);
    expect(run.stdout).toMatch(/✔ standards\/god\.md/);
    expect(readFileSync(join(dir, 'output', 'brudt', 'index.html')).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'output', 'god', 'noter.txt'), 'utf8')).toBe('mine noter');
  });

  it('--strict refuses to publish a standard with errors and exits 1', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'god.md'), complete);
    writeFileSync(join(dir, 'standards', 'mangler.md'), complete.replace(/## Gavekort\n\n[^\n]+\n/, ''));
    const run = kvs(dir, ['build', '--strict', '--only', 'html', '--as-of', '2026-01-01']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/mangler\.md .*ikke udgivet \(--strict\)/);
    expect(existsSync(join(dir, 'output', 'mangler'))).toBe(false);
    expect(existsSync(join(dir, 'output', 'god', 'index.html'))).toBe(true);
  });

  it('--only pdf with --imposition writes the booklet and the imposed print version only', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'god.md'), complete);
    const run = kvs(dir, ['build', '--only', 'pdf', '--imposition']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'output', 'god')).sort()).toEqual(['god-print.pdf', 'god.pdf']);
    expect(existsSync(join(dir, 'output', 'index.html'))).toBe(false);
  });

  it('reports what `kvs check` reports: an input limit at its place, a legacy encoding as a warning', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'latin.md'), Buffer.from(complete, 'latin1'));
    const lines = complete.split('\n');
    lines.splice(4, 0, 'a'.repeat(100_001));
    writeFileSync(join(dir, 'standards', 'lang.md'), lines.join('\n'));
    const build = kvs(dir, ['build', '--only', 'html', '--as-of', '2026-11-25']);
    const check = kvs(dir, ['check', '--as-of', '2026-11-25', '--format', 'json', 'standards']);
    const results = JSON.parse(check.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    const limit = results.find((r) => r.filePath.endsWith('lang.md'))!.messages[0]!;
    expect(limit.ruleId).toBe('input-limit');
    expect(build.status).toBe(1);
    // The place `kvs check` gives, and one full stop between the reason and what happens next.
    expect(build.stdout + build.stderr).toContain(`standards/lang.md:${limit.line}:${limit.column}: kunne ikke bygges: Linjen er 100.001 tegn lang`);
    expect(build.stdout + build.stderr).not.toMatch(/\.\. /u);
    expect(results.find((r) => r.filePath.endsWith('latin.md'))!.messages.map((m) => m.ruleId)).toEqual(['file-encoding']);
    expect(build.stdout).toMatch(/latin\.md \(0 fejl, 1 advarsler\)/u);
  });

  it('says what is wrong with bad usage and exits 2', () => {
    const dir = project();
    expect(kvs(dir, ['build', '--only', 'docx']).status).toBe(2);
    expect(kvs(dir, ['build'], { SOURCE_DATE_EPOCH: 'i går' }).stderr).toMatch(/SOURCE_DATE_EPOCH/);
  });
});

describe('kvs build with a kommune’s own look', () => {
  it('takes colours from the config and templates from the kommune’s own folder', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'eksempelby.md'), complete);
    mkdirSync(join(dir, 'skabeloner', 'leaflet', 'partials'), { recursive: true });
    writeFileSync(
      join(dir, 'skabeloner', 'leaflet', 'partials', 'footer.hbs'),
      '<footer class="kvs-footer"><p>Eksempelby Kommune · Rådhuset · {{footer.approved}}</p></footer>\n',
    );
    writeFileSync(
      join(dir, 'kvs.config.json'),
      JSON.stringify({
        theme: { colors: { primary: '#6a1b9a' } },
        kommuner: { 'Eksempelby Kommune': { templates: 'skabeloner' } },
      }),
    );
    const run = kvs(dir, ['build', '--only', 'html']);
    expect(run.status, run.stderr).toBe(0);
    const leaflet = readFileSync(join(dir, 'output', 'eksempelby', 'index.html'), 'utf8');
    expect(leaflet).toContain('Eksempelby Kommune · Rådhuset · Godkendt af Kommunalbestyrelsen');
    expect(leaflet.toLowerCase()).toContain('#6a1b9a');
  });

  it('refuses a theme file that does not exist, before building anything', () => {
    const dir = project(false);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'eksempelby.md'), complete);
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ theme: { logo: 'mangler.svg' } }));
    const run = kvs(dir, ['build', '--only', 'html']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/mangler\.svg .*findes ikke/);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });
});
