/**
 * Issue 15: nothing can fake a passing check. A baseline relabelled to
 * another rule hides nothing; a baseline from an older kvs is refused with
 * the way out; every kvs-disable form is kept and shown in every report
 * format, on the overview and in `build --strict`; --no-inline-config and
 * --report-unused-disable-directives behave as in ESLint. Real processes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './helpers/ledger.js';
import { buildAll } from '../src/build/build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kvsBin = join(root, 'bin', 'kvs.js');
const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.md'), 'utf8');
const asOf = ['--as-of', '2026-11-25', '--no-cache'];
const area = 'Nothing faked';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function kvs(cwd: string, args: string[]) {
  // One line per finding and per summary (the assertions read whole lines); --verbose where a test reads requirement keys.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', COLUMNS: '400' };
  delete env['KVS_LANG'];
  return spawnSync(process.execPath, [kvsBin, ...args], { cwd, encoding: 'utf8', env });
}

/**
 * `kvs check` printing the stylish report and writing the JSON one (-o) in one
 * process: stdout is byte for byte the stylish run's (the summary is shown
 * beside the file), so two reads of one check need one process, not two.
 */
function stylishAndJson<T>(cwd: string, args: string[]): { stylish: ReturnType<typeof kvs>; json: T } {
  const out = join(mkdtempSync(join(tmpdir(), 'kvs-faked-report-')), 'report.json');
  dirs.push(dirname(out));
  const stylish = kvs(cwd, ['check', '-f', 'json', '-o', out, ...args]);
  return { stylish, json: JSON.parse(readFileSync(out, 'utf8')) as T };
}

/** complete.md without its "Frit valg" section: one required-section error. */
const missingFrit = complete.replace(/## Frit valg\n[\s\S]*?(?=\n## )/u, '');

function project(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-faked-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'standards'));
  writeFileSync(join(dir, 'standards', 'a.md'), text);
  return dir;
}

describe('the baseline hides only what it names', () => {
  it('entries relabelled to another rule hide nothing; the hidden count is given per rule', () => {
    const dir = project(missingFrit);
    expect(kvs(dir, ['check', ...asOf]).status).toBe(1);
    expect(kvs(dir, ['check', '--baseline', 'base.json', '--write-baseline', ...asOf]).status).toBe(0);
    const honest = kvs(dir, ['check', '--baseline', 'base.json', ...asOf]);
    expect(honest.status).toBe(0);
    expect(honest.stderr).toMatch(/1 kendt fund skjult af baseline base\.json \(required-section 1\)/);
    expect(honest.stdout).toMatch(/⚠ 1 fund skjult af baseline \(required-section 1\)/);

    const data = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as { findings: Array<{ ruleId: string; requirement?: string }> };
    for (const entry of data.findings) {
      entry.ruleId = 'readability';
      delete entry.requirement;
    }
    writeFileSync(join(dir, 'base.json'), JSON.stringify(data));
    const relabelled = kvs(dir, ['check', '--baseline', 'base.json', ...asOf]);
    expect(relabelled.status).toBe(1);
    expect(relabelled.stdout).toMatch(/required-section/);
    expect(relabelled.stderr).toMatch(/0 kendte fund skjult/);
    record({ area, what: 'A baseline whose entries are relabelled to another rule (required-section → readability)', cases: 1, result: 'hides nothing: the legal errors are back, exit 1; an honest baseline reports what it hides per rule', uncaught: 0 });
  });

  it('a baseline from an older kvs: exit 2 and how to write it again, never a silent mismatch', () => {
    const dir = project(missingFrit);
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ kvsBaseline: 1, findings: [{ file: 'standards/a.md', ruleId: 'required-section', fingerprint: 'x', line: 1, message: '' }] }));
    const run = kvs(dir, ['check', '--baseline', 'old.json', ...asOf]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/ældre kvs.*--write-baseline/);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });
});

describe('text no reader sees under the heading does not fill a section', () => {
  const withFrit = (body: string) => complete.replace(/(## Frit valg\n)[\s\S]*?(?=\n## )/u, `$1\n${body}\n`);
  const hidden: Array<[string, string]> = [
    ['an unreferenced footnote definition', '[^1]: Du kan vælge frit mellem tilbud.'],
    ['Hangul filler letters (U+3164, U+115F, U+FFA0)', '\u3164 \u115f \uffa0'],
  ];
  type Results = Array<{ filePath: string; errorCount: number; warningCount: number; messages: Array<{ ruleId: string }> }>;
  let hiddenResults: Results | undefined;
  // The truly empty section (standards/empty.md) and each case (standards/case-<n>.md), checked by one process; the findings are per file.
  const hiddenRun = (): Results => {
    if (hiddenResults) return hiddenResults;
    const dir = project(withFrit(''));
    renameSync(join(dir, 'standards', 'a.md'), join(dir, 'standards', 'empty.md'));
    hidden.forEach(([, body], index) => writeFileSync(join(dir, 'standards', `case-${index}.md`), withFrit(body)));
    const run = kvs(dir, ['check', '-f', 'json', ...asOf]);
    return (hiddenResults = JSON.parse(run.stdout) as Results);
  };
  it.each(hidden.map(([name], index) => [name, index] as const))('%s: the same findings as an empty section', (_, index) => {
    const results = hiddenRun();
    const of = (name: string) => {
      const found = results.filter((r) => r.filePath === `standards/${name}.md`);
      expect(found, name).toHaveLength(1);
      return found[0]!;
    };
    const empty = of('empty');
    const faked = of(`case-${index}`);
    // What decides the exit status, per file.
    expect([faked.errorCount, faked.warningCount]).toEqual([empty.errorCount, empty.warningCount]);
    const rules = (result: Results[number]) => result.messages.map((m) => m.ruleId);
    expect(rules(faked)).toEqual(rules(empty));
    expect(rules(faked)).toContain('empty-section');
  });

  it('--no-inline-config: a kvs-krav comment maps no section to a requirement', () => {
    const dir = project(missingFrit.replace(/^(# .*)$/mu, '$1\n\n<!-- kvs-krav: frit_valg -->'));
    expect(kvs(dir, ['check', ...asOf]).status).toBe(0);
    const strict = kvs(dir, ['check', '--no-inline-config', ...asOf]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/required-section/);
    record({ area, what: 'A section filled only by an unreferenced footnote or by Hangul filler letters; a kvs-krav comment under --no-inline-config', cases: 3, result: 'the same findings as an empty section; the comment covers nothing under --no-inline-config', uncaught: 0 });
  });
});

describe('a claim instead of a known heading, a config and a draft status: not counted, and said in every format', () => {
  it('kvs-krav, config headings, a legal rule off in the config and status: udkast each keep a finding out of the count, visibly', () => {
    // Frit valg under a heading the law's list does not know, claimed by a comment; gift cards under a heading named in the config;
    // revision-overdue switched off in the config for an overdue standard; a draft whose approval is overdue.
    const claimed = complete
      .replace('## Frit valg\n', '## Valg af sted\n\n<!-- kvs-krav: frit_valg -->\n')
      .replace('## Gavekort\n', '## Gaver i behandlingen\n');
    const dir = project(claimed.replace(/dato: 2026-03-18/u, 'dato: 2019-01-10'));
    writeFileSync(join(dir, 'standards', 'b.md'), complete.replace(/dato: 2026-03-18/u, 'dato: 2019-01-10').replace('status: vedtaget', 'status: udkast'));
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ headings: { gavekort: ['Gaver i behandlingen'] }, rules: { 'revision-overdue': 'off' } }));

    type Json = Array<{ filePath: string; ruleSet: string; suppressedMessages: Array<{ ruleId: string; requirement?: string; suppressions: Array<{ kind: string; kvsKind: string; justification: string }> }> }>;
    const { stylish, json } = stylishAndJson<Json>(dir, asOf);
    expect(stylish.status, stylish.stdout).toBe(0);
    expect(stylish.stdout).toMatch(/⚠ 1 fund ikke talt: emnet er tildelt med kvs-krav \(required-section 1\)/u);
    expect(stylish.stdout).toMatch(/⚠ 3 fund ikke talt: kvs\.config\.json slår dem fra \(rules\) eller kender overskriften \(headings\) \(revision-overdue 2, required-section 1\)/u);

    const kinds = json.flatMap((file) => file.suppressedMessages.map((m) => `${file.filePath.endsWith('a.md') ? 'a' : 'b'} ${m.ruleId} ${m.requirement ?? ''} ${m.suppressions[0]!.kvsKind} ${m.suppressions[0]!.justification}`));
    const markerLine = claimed.split('\n').indexOf('<!-- kvs-krav: frit_valg -->') + 1;
    expect(kinds.sort()).toEqual([
      `a required-section frit_valg marker ${markerLine}`,
      'a required-section gavekort config headings',
      'a revision-overdue  config rules',
      'b revision-overdue  config rules',
    ]);
    expect(json[0]!.ruleSet).toMatch(/^sel101-/u);

    const sarif = JSON.parse(kvs(dir, ['check', '-f', 'sarif', ...asOf]).stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string }> }> }> };
    expect(sarif.runs[0]!.results.filter((r) => r.suppressions).map((r) => r.suppressions![0]!.kind).sort()).toEqual(['external', 'external', 'external', 'inSource']);
    expect(kvs(dir, ['check', '-f', 'github', ...asOf]).stdout).toMatch(/^::notice title=kvs::.*1 fund ikke talt: emnet er tildelt med kvs-krav/mu);
    expect(kvs(dir, ['check', '-f', 'junit', ...asOf]).stdout).toMatch(/<system-err>[\s\S]*ikke talt \(kvs-krav i linje \d+\): [^\n]*frit valg \(frit_valg\)/u);

    // With the rule on again, the adopted standard is overdue (exit 1); the draft's overdue finding is kept out as a draft's, and said so.
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ headings: { gavekort: ['Gaver i behandlingen'] } }));
    const { stylish: drafts, json: draftJson } = stylishAndJson<Json>(dir, asOf);
    expect(drafts.status).toBe(1);
    expect(drafts.stdout).toMatch(/⚠ 1 fund ikke talt, fordi standarden er et udkast \(status: udkast\) \(revision-overdue 1\)/u);
    expect(draftJson[1]!.suppressedMessages.map((m) => [m.ruleId, m.suppressions[0]!.kind, m.suppressions[0]!.kvsKind])).toEqual([['revision-overdue', 'directive', 'draft']]);
    expect(kvs(dir, ['check', '-f', 'github', ...asOf]).stdout).toMatch(/^::notice title=kvs::.*1 fund ikke talt, fordi standarden er et udkast/mu);

    // Without the claims, the same files fail: the claims are what pass them.
    writeFileSync(join(dir, 'kvs.config.json'), '{}');
    const plain = kvs(dir, ['check', '--no-inline-config', '-f', 'json', ...asOf]);
    expect(plain.status).toBe(1);
    record({ area, what: 'A topic claimed by kvs-krav or by a config heading, a legal rule off in the config, an overdue draft', cases: 4, result: 'not counted, as designed, but shown with where and why in stylish, json, sarif, github and junit; without the claims the run fails', uncaught: 0 });
  });
});

describe('build --strict publishes the text it checked', () => {
  it('a standard that changes after the check and before it is rendered is checked again, and refused', async () => {
    const dir = project(complete);
    const file = join(dir, 'standards', 'a.md');
    const outcomes = await buildAll([file], {
      outDir: join(dir, 'output'),
      only: 'html',
      strict: true,
      imposition: false,
      asOf: '2026-11-25',
      lang: 'da',
      config: {},
      configRoot: dir,
      cache: false,
      // Called after the check of every file, before this one is read for rendering.
      onStart: () => writeFileSync(file, missingFrit),
    });
    expect(outcomes.map((o) => o.status)).toEqual(['refused']);
    expect(outcomes[0]!.check.findings.map((f) => f.ruleId)).toContain('required-section');
    record({ area, what: 'A standard replaced by a failing one between the check and the rendering in build --strict', cases: 1, result: 'checked again from the bytes that are rendered, and refused', uncaught: 0 });
  });
});

describe('a standard the config ignores is never unseen', () => {
  it('check (a folder or the file by name) and build say which files kvs.config.json leaves out', () => {
    const dir = project(missingFrit);
    writeFileSync(join(dir, 'standards', 'b.md'), complete);
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ ignore: ['standards/a.md'] }));
    for (const args of [['check', ...asOf], ['check', '--quiet', '-f', 'json', ...asOf], ['check', join('standards', 'a.md'), ...asOf], ['build', '--only', 'html', ...asOf]]) {
      const run = kvs(dir, args);
      expect(run.stderr, args.join(' ')).toMatch(/kvs\.config\.json \(ignore\) springer 1 fil over: standards\/a\.md/u);
    }
    record({ area, what: 'A failing standard left out by the config\'s ignore list', cases: 4, result: 'check (folder, by name, --quiet json) and build say on stderr which files the config leaves out', uncaught: 0 });
  });
});

describe('document-kind cannot take the § 101 findings with it', () => {
  it('switched off by a comment or down to a warning in the config, the missing sections are counted again', () => {
    // complete.md without "Frit valg", with a visible paragraph that makes it look like a § 107 housing standard.
    // Its front-matter says § 107 too: a title, omraade and lovgrundlag citing § 101 decide for § 101 (issue 19).
    const housing = missingFrit
      .replace('titel: Kvalitetsstandard for social behandling af stofmisbrug', 'titel: Kvalitetsstandard for midlertidigt botilbud (serviceloven § 107)')
      .replace('omraade: SEL § 101', 'omraade: SEL § 107')
      .replace('  - Serviceloven § 101 og § 101 a', '  - Serviceloven § 107')
      .replace(
        /^(# .*)$/mu,
        '$1\n\nMidlertidigt botilbud efter serviceloven § 107: beboere i botilbuddet har eget værelse, og beboere i midlertidigt botilbud betaler husleje. Beboere i botilbud efter § 107 får hjælp.',
      );
    const dir = project(housing);
    const plain = JSON.parse(kvs(dir, ['check', '-f', 'json', ...asOf]).stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(plain[0]!.messages.map((m) => m.ruleId)).toContain('document-kind');
    expect(plain[0]!.messages.map((m) => m.ruleId)).not.toContain('required-section');

    writeFileSync(join(dir, 'standards', 'a.md'), housing.replace('# ', '<!-- kvs-disable-file document-kind -->\n\n# '));
    const disabled = kvs(dir, ['check', '--verbose', ...asOf]);
    expect(disabled.status).toBe(1);
    expect(disabled.stdout).toMatch(/Afsnittet om frit valg \(frit_valg\) mangler[\s\S]*required-section/u);
    expect(disabled.stdout).toMatch(/⚠ 1 fund slået fra med kvs-disable \(document-kind 1\)/u);

    writeFileSync(join(dir, 'standards', 'a.md'), housing);
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ rules: { 'document-kind': 'warning' } }));
    const warned = JSON.parse(kvs(dir, ['check', '-f', 'json', ...asOf]).stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; requirement?: string }> }>;
    expect(warned[0]!.messages.filter((m) => m.ruleId === 'required-section').map((m) => [m.requirement, m.severity])).toEqual([['frit_valg', 2]]);
    // Nor can a baseline hide it: hidden, it would take the § 101 findings with it. Nor a refused file (not
    // text, standards/refused.md beside it): its one finding stands in for all of the file's. One baseline for both.
    writeFileSync(join(dir, 'kvs.config.json'), '{}');
    writeFileSync(join(dir, 'standards', 'refused.md'), Buffer.from([0, 1, 2, 0x23, 0x20, 0x41]));
    kvs(dir, ['check', '--baseline', 'base.json', '--write-baseline', ...asOf]);
    type Counted = Array<{ filePath: string; errorCount: number; messages: Array<{ ruleId: string; severity: number }> }>;
    const { stylish: based, json: basedJson } = stylishAndJson<Counted>(dir, ['--baseline', 'base.json', ...asOf]);
    expect(based.status).toBe(1);
    expect(based.stdout).toMatch(/document-kind/u);
    expect(based.stdout).toMatch(/unreadable-file/u);
    // Each file fails on its own: what its exit status would be checked alone.
    const counted = (name: string) => basedJson.filter((r) => r.filePath === `standards/${name}`).map((r) => [r.errorCount > 0, r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)]);
    expect(counted('a.md')).toEqual([[true, expect.arrayContaining(['document-kind'])]]);
    expect(counted('refused.md')).toEqual([[true, ['unreadable-file']]]);
    record({ area, what: 'document-kind switched off by a comment, down to a warning in the config, or in a baseline, on a standard missing a section', cases: 3, result: 'the § 101 findings are counted again (exit 1); only a counted document-kind error replaces them', uncaught: 0 });
  });
});

describe('a config that weakens the law is said on every run', () => {
  it('a legal rule off or down to a warning, or the rule set pinned: a note on stderr, --quiet or not', () => {
    const dir = project(missingFrit);
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ rules: { 'required-section': 'off', readability: 'warning' }, ruleSet: 'sel101-2014' }));
    for (const args of [['check', ...asOf], ['check', '--quiet', ...asOf], ['build', '--only', 'html', ...asOf]]) {
      const run = kvs(dir, args);
      expect(run.stderr, args.join(' ')).toMatch(/kvs\.config\.json sætter lovreglen required-section til "off"/);
      expect(run.stderr).toMatch(/lovreglen readability til "warning"/);
      expect(run.stderr).toMatch(/låser regelsættet til sel101-2014/);
    }
    // The overview says it too: a pinned rule set is never "Ingen fejl".
    const overview = readFileSync(join(dir, 'output', 'index.html'), 'utf8');
    expect(overview).toMatch(/tjekket mod et andet regelsæt end det gældende, låst i kvs\.config\.json: sel101-2014/u);
    expect(overview).not.toMatch(/Ingen fejl/u);
    const json = JSON.parse(kvs(dir, ['check', '-f', 'json', ...asOf]).stdout) as Array<{ ruleSet: string; suppressedMessages: Array<{ ruleId: string }> }>;
    expect(json[0]!.ruleSet).toBe('sel101-2014');
    expect(json[0]!.suppressedMessages.map((m) => m.ruleId)).toEqual(['required-section']);
    // The project's own templates decide what is shown: every build says kvs does not judge them.
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ templates: 'tpl' }));
    expect(kvs(dir, ['build', '--only', 'html', ...asOf]).stderr).toMatch(/egne skabeloner \(tpl\)\. kvs tjekker teksten, men ikke hvad skabelonernes HTML og CSS viser eller skjuler/u);
    record({ area, what: 'kvs.config.json switching a legal rule off, down to a warning, or pinning an older rule set', cases: 3, result: 'said on stderr by check (also under --quiet) and build', uncaught: 0 });
  });
});

describe('kvs-disable: kept, shown everywhere, and no pass under --strict', () => {
  const forms: Array<[string, (text: string) => string]> = [
    ['kvs-disable-file', (text) => text.replace('# ', '<!-- kvs-disable-file required-section -->\n\n# ')],
    // The finding for a missing section sits at the title (line of "# …").
    ['kvs-disable-line', (text) => text.replace(/^# (.*)$/mu, '# $1 <!-- kvs-disable-line required-section -->')],
    ['kvs-disable-next-line', (text) => text.replace(/^# /mu, '<!-- kvs-disable-next-line required-section -->\n# ')],
    ['kvs-disable-section', (text) => text.replace(/^(# .*)$/mu, '$1\n\n<!-- kvs-disable-section required-section -->')],
  ];

  // The four forms side by side in one project, one file each (standards/<form>.md): every report below is
  // per file except the stylish and github summaries, which count all four. One process per format and
  // build, not one per form.
  const slugOf = (name: string) => name.replace('kvs-disable-', '');
  type Reports = {
    stylish: ReturnType<typeof kvs>;
    json: Array<{ filePath: string; suppressedMessages: Array<{ ruleId: string; suppressions: Array<{ kind: string }> }> }>;
    sarif: { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; suppressions?: Array<{ kind: string }> }> }> };
    github: string;
    junit: string;
    off: ReturnType<typeof kvs>;
    offJson: Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    strict: ReturnType<typeof kvs>;
    allowed: ReturnType<typeof kvs>;
    overview: string;
  };
  let reports: Reports | undefined;
  const formReports = (): Reports => {
    if (reports) return reports;
    const dir = project('');
    rmSync(join(dir, 'standards', 'a.md'));
    for (const [name, disable] of forms) writeFileSync(join(dir, 'standards', `${slugOf(name)}.md`), disable(missingFrit));
    const { stylish, json } = stylishAndJson<Reports['json']>(dir, asOf);
    const sarif = JSON.parse(kvs(dir, ['check', '-f', 'sarif', ...asOf]).stdout) as Reports['sarif'];
    const github = kvs(dir, ['check', '-f', 'github', ...asOf]).stdout;
    const junit = kvs(dir, ['check', '-f', 'junit', ...asOf]).stdout;
    const { stylish: off, json: offJson } = stylishAndJson<Reports['offJson']>(dir, ['--no-inline-config', ...asOf]);
    const strict = kvs(dir, ['build', '--only', 'html', '--strict', ...asOf]);
    writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ allowDisable: ['required-section'] }));
    const allowed = kvs(dir, ['build', '--only', 'html', '--strict', ...asOf]);
    const overview = readFileSync(join(dir, 'output', 'index.html'), 'utf8');
    return (reports = { stylish, json, sarif, github, junit, off, offJson, strict, allowed, overview });
  };

  it('all four forms: exit 0 as designed, and the stylish and github summaries count every switched-off finding', () => {
    const { stylish, github, off, strict, allowed, overview } = formReports();
    expect(stylish.status, stylish.stdout).toBe(0);
    expect(stylish.stdout).toMatch(new RegExp(`⚠ ${forms.length} fund slået fra med kvs-disable \\(required-section ${forms.length}\\)`, 'u'));
    expect(github).toMatch(new RegExp(`^::notice title=kvs::${forms.length} fund slået fra med kvs-disable \\(required-section ${forms.length}\\)$`, 'mu'));
    expect(off.status).toBe(1);
    expect(strict.status).toBe(1);
    expect(allowed.status, allowed.stdout).toBe(0);
    // One row per standard, each with its one finding not counted.
    expect(overview.match(/1 fund ikke talt/g)).toHaveLength(forms.length);
    expect(overview).not.toMatch(/Ingen fejl/);
  });

  it.each(forms)('%s: every format says what was switched off; --no-inline-config and build --strict count it', (name) => {
    const { json, sarif, junit, off, offJson, strict, allowed } = formReports();
    const file = `standards/${slugOf(name)}.md`;
    expect(json.filter((r) => r.filePath === file).map((r) => r.suppressedMessages.map((m) => [m.ruleId, m.suppressions[0]!.kind]))).toEqual([[['required-section', 'directive']]]);

    const inFile = sarif.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(file));
    expect(inFile.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions![0]!.kind])).toEqual([['required-section', 'inSource']]);

    const testcase = new RegExp(`<testcase [^>]*name="${file.replace(/\./g, '\\.')}"[^>]*>\\s*<system-err>(.*)</system-err>`, 'u').exec(junit);
    expect(testcase?.[1]).toMatch(/ikke talt \(kvs-disable i linje \d+\).*required-section/u);

    expect(off.stdout).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}\n[^\n]*required-section`, 'mu'));
    expect(offJson.filter((r) => r.filePath === file).flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('required-section');

    expect(strict.stdout).toMatch(new RegExp(`^✖ ${file.replace(/\./g, '\\.')} .*ikke udgivet \\(--strict\\).*Lovkrav slået fra med kvs-disable.*required-section`, 'mu'));

    expect(allowed.stdout).toMatch(new RegExp(`^✔ ${file.replace(/\./g, '\\.')} \\(.*1 ikke talt\\)`, 'mu'));
  });

  it('--report-unused-disable-directives: a comment that switches nothing off is a warning', () => {
    const dir = project(complete.replace('## Frit valg', '<!-- kvs-disable-next-line duplicate-paragraph -->\n## Frit valg'));
    const quiet = kvs(dir, ['check', ...asOf]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).not.toMatch(/unused-directive/);
    const loud = kvs(dir, ['check', '--report-unused-disable-directives', ...asOf]);
    expect(loud.stdout).toMatch(/advarsel\s+Kommentaren slår duplicate-paragraph fra, men der er intet fund at slå fra her/);
    expect(loud.stdout).toMatch(/unused-directive/);
    record({
      area,
      what: 'A missing required section switched off by each kvs-disable form (file, line, next-line, section)',
      cases: forms.length,
      result: 'kept and shown in stylish, json (suppressedMessages), sarif (suppressions), github (notice) and junit; --no-inline-config brings it back (exit 1); build --strict refuses unless allowDisable names the rule; the overview never says "Ingen fejl"; unused comments reported on request',
      uncaught: 0,
    });
  });
});
