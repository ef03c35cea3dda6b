import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNames, formatResults, type ReportOptions } from '../src/report/index.js';
import type { FileResult, Finding, Position, RuleMeta } from '../src/types.js';
import { showControls } from '../src/report/terminal-text.js';

// Both packages are CommonJS; depending on the loader the default import is
// either the export itself or the module object holding it.
type AjvClass = typeof AjvDraft04.default;
const Ajv: AjvClass = (AjvDraft04 as unknown as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaPath = path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The schema's `language` pattern is not a valid Unicode-mode regular expression.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function expectValidSarif(output: string): void {
  const valid = validateSarif(JSON.parse(output));
  expect(validateSarif.errors ?? [], ajv.errorsText(validateSarif.errors)).toEqual([]);
  expect(valid).toBe(true);
}

const cwd = path.resolve('/home/kommune/standarder');

const pos = (line: number, column: number, endLine = line, endColumn = column + 5): Position => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

const rules: RuleMeta[] = [
  {
    id: 'required-section',
    description: { da: 'Påkrævede afsnit skal være til stede', en: 'Required sections must be present' },
    law: { da: 'BEK nr. 1477 § 4, stk. 1', en: 'Executive order no. 1477 § 4(1)' },
    severity: 'error',
    docs: 'required-section',
  },
  {
    id: 'empty-section',
    description: { da: 'Afsnit må ikke være tomme', en: 'Sections must not be empty' },
    law: { da: 'Serviceloven § 139', en: 'Consolidation Act on Social Services § 139' },
    severity: 'warning',
    docs: 'empty-section',
  },
];

// Text that breaks naive reporters: æøå, %, comma, colon, newline and XML specials.
const tricky = 'Afsnittet "Klageadgang" mangler: 100% påkrævet, se <§ 4> & bilag\nnæste linje';

const aarhus: FileResult = {
  filePath: path.join(cwd, 'kommuner', 'århus.md'),
  findings: [
    {
      ruleId: 'required-section',
      severity: 'error',
      message: tricky,
      position: pos(3, 1),
      requirement: 'klageadgang',
      law: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12',
      hint: 'Tilføj et afsnit om klageadgang: hvor og hvordan.',
    },
    {
      ruleId: 'duplicate-paragraph',
      severity: 'warning',
      message: 'Afsnittet gentages',
      position: pos(12, 4, 14, 2),
      related: [{ message: 'Første forekomst, her', position: pos(7, 1) }],
    },
    {
      ruleId: 'empty-section',
      severity: 'error',
      message: 'Afsnittet "Økonomi" er tomt',
      position: pos(20, 1),
    },
  ],
};
const odense: FileResult = {
  filePath: 'kommuner/odense.md',
  findings: [{ ruleId: 'empty-section', severity: 'warning', message: 'Tomt afsnit', position: pos(5, 2) }],
};
const clean: FileResult = { filePath: 'kommuner/ærø.md', findings: [] };
const results = [aarhus, odense, clean];
const totalFindings = results.reduce((n, r) => n + r.findings.length, 0);

const options = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({
  lang: 'da',
  cwd,
  rules,
  color: false,
  toolVersion: '0.1.0',
  ...overrides,
});

const hasAnsi = (text: string): boolean => text.includes('\u001b[');

/** The inverse of the Actions toolkit escaping, in one pass so `%253A` stays `%3A`. */
const unescapeGithub = (text: string): string =>
  text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

function parseAnnotation(line: string) {
  const match = /^::(error|warning) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries(
    (match[2] ?? '').split(',').map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [key, unescapeGithub(value)];
    }),
  );
  return { command: match[1], props, message: unescapeGithub(match[3] ?? '') };
}

const outputLines = (output: string): string[] => (output === '' ? [] : output.replace(/\n$/, '').split('\n'));

/** Tags must nest and text must hold no raw markup; enough to catch escaping bugs without an XML parser. */
function checkXml(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n'));
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/[<>"]/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    last = m.index + m[0].length;
    const [, closing, name = '', attrs = '', selfClosing] = m;
    expect(attrs).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('formatNames', () => {
  it('lists every format, and each renders', () => {
    expect(formatNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    for (const format of formatNames) expect(typeof formatResults(results, format, options())).toBe('string');
  });
});

describe('stylish', () => {
  it('groups findings under relative paths with aligned columns and a Danish summary', () => {
    const out = formatResults(results, 'stylish', options());
    const lines = out.split('\n');
    expect(lines[0]).toBe('kommuner/århus.md');
    expect(out).toContain('kommuner/odense.md');
    expect(out).not.toContain('ærø.md');
    expect(out).not.toContain(cwd);
    expect(out).toMatch(/^ {3}3:1 {2}fejl {6}Afsnittet "Klageadgang" mangler: 100% påkrævet, se <§ 4> & bilag næste linje +required-section$/m);
    expect(out).toMatch(/^ {2}12:4 {2}advarsel {2}Afsnittet gentages +duplicate-paragraph$/m);
    // Rule ids line up in one column within a file.
    const ruleColumns = lines.slice(1, 8).filter((l) => /(section|paragraph)$/.test(l)).map((l) => l.search(/\S+$/));
    expect(new Set(ruleColumns).size).toBe(1);
    expect(out).toMatch(/^ +Tilføj et afsnit om klageadgang: hvor og hvordan\.$/m);
    expect(out).toMatch(/^ {4,}↳ 7:1 Første forekomst, her$/m);
    expect(out.endsWith('✖ 4 problemer (2 fejl, 2 advarsler)\n')).toBe(true);
    expect(hasAnsi(out)).toBe(false);
  });

  it('speaks English when asked', () => {
    const out = formatResults(results, 'stylish', options({ lang: 'en' }));
    expect(out).toMatch(/^ {3}3:1 {2}error {3}/m);
    expect(out).toMatch(/^ {2}12:4 {2}warning {2}/m);
    expect(out.endsWith('✖ 4 problems (2 errors, 2 warnings)\n')).toBe(true);
  });

  it('uses singular forms for one', () => {
    expect(formatResults([odense], 'stylish', options())).toContain('✖ 1 problem (0 fejl, 1 advarsel)');
    expect(formatResults([odense], 'stylish', options({ lang: 'en' }))).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('says so when nothing was found', () => {
    const none = [clean, { filePath: 'a.md', findings: [] }, { filePath: 'b.md', findings: [] }, clean];
    expect(formatResults(none, 'stylish', options())).toBe('✔ Ingen problemer i 4 filer\n');
    expect(formatResults(none, 'stylish', options({ lang: 'en' }))).toBe('✔ No problems in 4 files\n');
    expect(formatResults([clean], 'stylish', options())).toBe('✔ Ingen problemer i 1 fil\n');
  });

  it('colours only when asked', () => {
    const out = formatResults(results, 'stylish', options({ color: true }));
    expect(hasAnsi(out)).toBe(true);
    expect(out).toContain('\u001b[4mkommuner/århus.md\u001b[24m');
    expect(out).toContain('\u001b[31mfejl');
    // Without the codes it is the plain output.
    expect(stripVTControlCharacters(out)).toBe(formatResults(results, 'stylish', options()));
  });
});

describe('stylish for a writer: the width of the terminal, and what only --verbose shows', () => {
  const caveated: FileResult = {
    filePath: 'standards/a.md',
    findings: [
      {
        ruleId: 'required-section',
        severity: 'warning',
        message: 'Afsnittet om målgruppen (maalgruppe) mangler. Det kræves af Socialstyrelsens vejledning (paragraf i bekendtgørelsen ikke bekræftet) og BEK nr. 622 (som ændret; nummeret er ikke bekræftet).',
        requirement: 'maalgruppe',
        hint: 'Tilføj et afsnit. Bemærk: den præcise lovhjemmel for dette punkt er ikke bekræftet. Skriv <!-- kvs-krav: maalgruppe --> under en anden overskrift.',
        position: pos(3, 1),
      },
      {
        ruleId: 'readability',
        severity: 'warning',
        message: `LIX er over grænsen 45 i 2 afsnit: ${'"Et meget langt afsnitsnavn om behandlingstilbuddene" (52), '.repeat(3)}"Sidste" (60).`,
        position: pos(1, 1),
        related: [
          { message: 'Afsnittet "Sidste" har LIX 60 (meget svær).', position: pos(9, 1), detail: true },
          { message: 'En anden plads', position: pos(4, 1) },
        ],
      },
      { ruleId: 'contact-format', severity: 'warning', message: `Se https://example.org/${'x'.repeat(120)}`, position: pos(12, 3) },
    ],
  };

  it('wraps every line at the given width, keeping every word and the rule id on the first line', () => {
    for (const width of [100, 60, 40]) {
      const out = formatResults([caveated], 'stylish', options({ width }));
      const lines = out.split('\n');
      expect(Math.max(...lines.map((line) => [...line].length)), String(width)).toBeLessThanOrEqual(width);
      const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
      expect(words(out.replace(/ (required-section|readability|contact-format)$/gm, ''))).toContain(words('LIX er over grænsen 45 i 2 afsnit: "Et meget langt afsnitsnavn om behandlingstilbuddene" (52),'));
      expect(out.replace(/\s+/g, '')).toContain(`https://example.org/${'x'.repeat(120)}`);
      expect(lines.filter((line) => /readability$/.test(line))).toHaveLength(1);
    }
    // Without a width (the library), nothing wraps.
    expect(formatResults([caveated], 'stylish', options()).split('\n').some((line) => line.length > 200)).toBe(true);
  });

  it('by default leaves out the internal key, the source caveats and the details; --verbose shows them; a kvs-krav mark keeps its key', () => {
    const plain = formatResults([caveated], 'stylish', options({ width: 1000 }));
    expect(plain).toContain('Afsnittet om målgruppen mangler. Det kræves af Socialstyrelsens vejledning og BEK nr. 622 (som ændret).');
    expect(plain).not.toContain('(maalgruppe)');
    expect(plain).not.toContain('bekræftet');
    expect(plain).toContain('Tilføj et afsnit. Skriv <!-- kvs-krav: maalgruppe --> under en anden overskrift.');
    expect(plain).not.toContain('↳ 9:1');
    expect(plain).toContain('↳ 4:1 En anden plads');
    const verbose = formatResults([caveated], 'stylish', options({ width: 1000, verbose: true }));
    expect(verbose).toContain(caveated.findings[0]!.message);
    expect(verbose).toContain('Bemærk: den præcise lovhjemmel for dette punkt er ikke bekræftet.');
    expect(verbose).toContain('↳ 9:1 Afsnittet "Sidste" har LIX 60 (meget svær).');
    // JSON keeps every word and every detail.
    const json = formatResults([caveated], 'json', options());
    expect(json).toContain('(maalgruppe)');
    expect(json).toContain('"detail"');
  });
});

describe('json', () => {
  it("has ESLint's shape, with severities 1 and 2 and counts", () => {
    const files = JSON.parse(formatResults(results, 'json', options())) as Array<Record<string, unknown>>;
    expect(files).toHaveLength(3);
    expect(files[0]).toMatchObject({
      filePath: aarhus.filePath,
      errorCount: 2,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(files[1]).toMatchObject({ filePath: 'kommuner/odense.md', errorCount: 0, warningCount: 1 });
    expect(files[2]).toMatchObject({ filePath: 'kommuner/ærø.md', messages: [], errorCount: 0, warningCount: 0 });
    const messages = files[0]?.messages as Array<Record<string, unknown>>;
    expect(messages.map((m) => m.severity)).toEqual([2, 1, 2]);
    expect(messages[0]).toEqual({
      ruleId: 'required-section',
      severity: 2,
      message: tricky,
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 6,
      requirement: 'klageadgang',
      law: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12',
      hint: 'Tilføj et afsnit om klageadgang: hvor og hvordan.',
    });
    expect(messages[1]).toMatchObject({
      line: 12,
      column: 4,
      endLine: 14,
      endColumn: 2,
      related: [{ message: 'Første forekomst, her', line: 7, column: 1, endLine: 7, endColumn: 6 }],
    });
  });

  it('is pretty-printed with two spaces', () => {
    const out = formatResults(results, 'json', options());
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
  });
});

describe('sarif', () => {
  const sarif = (r: FileResult[] = results, o = options()) => {
    const out = formatResults(r, 'sarif', o);
    return { out, log: JSON.parse(out) };
  };

  it('validates against the official SARIF 2.1.0 schema', () => {
    expectValidSarif(sarif().out);
    expectValidSarif(sarif([], options({ rules: [] })).out);
    // The validator itself is not a no-op.
    const broken = sarif().log;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validateSarif(broken)).toBe(false);
  });

  it('describes the tool and its rules', () => {
    const { log } = sarif(results, options({ lang: 'en' }));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'kvs', version: '0.1.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules[0]).toMatchObject({
      id: 'required-section',
      shortDescription: { text: 'Required sections must be present' },
      helpUri: 'https://github.com/kvalitetsstandard/kvalitetsstandard/blob/main/docs/rules.md#required-section',
      defaultConfiguration: { level: 'error' },
      properties: { law: 'Executive order no. 1477 § 4(1)' },
    });
    expect(driver.rules[0].fullDescription.text).toContain('Executive order no. 1477');
    expect(driver.rules[1]).toMatchObject({ id: 'empty-section', defaultConfiguration: { level: 'warning' } });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('has one result per finding with the right rule, level, place and properties', () => {
    const { log } = sarif();
    const run = log.runs[0];
    expect(run.results).toHaveLength(totalFindings);
    const [first, second, third, fourth] = run.results;
    expect(first).toMatchObject({
      ruleId: 'required-section',
      ruleIndex: 0,
      level: 'error',
      message: { text: tricky },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'kommuner/%C3%A5rhus.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 },
          },
        },
      ],
      properties: { requirement: 'klageadgang', law: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12' },
    });
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 4, endLine: 14, endColumn: 2 });
    expect(second.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'Første forekomst, her' },
        physicalLocation: {
          artifactLocation: { uri: 'kommuner/%C3%A5rhus.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 6 },
        },
      },
    ]);
    expect(third).toMatchObject({ ruleId: 'empty-section', ruleIndex: 1 });
    expect(fourth.locations[0].physicalLocation.artifactLocation.uri).toBe('kommuner/odense.md');
    // Every ruleIndex points at the descriptor with that id.
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('adds a descriptor for a rule it was not told about', () => {
    const { log } = sarif();
    const rulesOut = log.runs[0].tool.driver.rules;
    expect(rulesOut.map((r: { id: string }) => r.id)).toEqual(['required-section', 'empty-section', 'duplicate-paragraph']);
    expect(log.runs[0].results[1].ruleIndex).toBe(2);
  });
});

describe('github', () => {
  it('prints exactly one workflow command per finding and nothing else', () => {
    const out = formatResults(results, 'github', options());
    const lines = outputLines(out);
    expect(lines).toHaveLength(totalFindings);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::error', '::warning']);
    expect(formatResults([clean], 'github', options())).toBe('');
  });

  it('escapes so that messages and properties round-trip', () => {
    const [first, second] = outputLines(formatResults(results, 'github', options())).map(parseAnnotation);
    expect(first?.props).toEqual({
      file: 'kommuner/århus.md',
      line: '3',
      col: '1',
      endLine: '3',
      endColumn: '6',
      title: 'required-section',
    });
    expect(first?.message).toBe(`${tricky} (BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12)`);
    // Columns only make sense to GitHub on a single line.
    expect(second?.props).toEqual({ file: 'kommuner/århus.md', line: '12', endLine: '14', title: 'duplicate-paragraph' });
  });

  it('escapes colons and commas in properties', () => {
    const odd: FileResult = {
      filePath: 'a,b:c%.md',
      findings: [{ ruleId: 'x:y,z', severity: 'error', message: 'm', position: pos(1, 1) }],
    };
    const line = formatResults([odd], 'github', options());
    expect(line).toBe('::error file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=6,title=x%3Ay%2Cz::m\n');
  });
});

describe('junit', () => {
  const xml = formatResults(results, 'junit', options());

  it('is well-formed XML with escaped text', () => {
    checkXml(xml);
    expect(xml).toContain('&quot;Klageadgang&quot; mangler: 100% påkrævet, se &lt;§ 4&gt; &amp; bilag');
    expect(formatResults([{ ...odense, filePath: 'a&b<"\'>.md' }], 'junit', options())).toContain(
      'name="a&amp;b&lt;&quot;&apos;&gt;.md"',
    );
  });

  it('has one test case per file, failing only files with errors', () => {
    expect(xml).toMatch(/<testsuites name="kvs" tests="3" failures="1" errors="0">/);
    expect(xml).toMatch(/<testsuite name="kvs" tests="3" failures="1" errors="0" skipped="0">/);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('<testcase classname="kvs" name="kommuner/ærø.md"/>');
    expect(xml).toMatch(/<testcase classname="kvs" name="kommuner\/århus.md">\s*<failure message="2 fejl, 1 advarsel" type="error">3:1 fejl /);
    expect(xml).toContain('12:4 advarsel Afsnittet gentages (duplicate-paragraph)');
    expect(xml).toMatch(/<testcase classname="kvs" name="kommuner\/odense.md">\s*<system-out>5:2 advarsel Tomt afsnit \(empty-section\)<\/system-out>/);
  });

  it('drops characters XML 1.0 cannot carry', () => {
    const bad: FileResult = {
      filePath: 'x.md',
      findings: [{ ruleId: 'r', severity: 'error', message: 'a\u0000b\u0007c\uFFFEd\uD800e', position: pos(1, 1) }],
    };
    const out = formatResults([bad], 'junit', options());
    checkXml(out);
    expect(out).toContain('1:1 fejl abcde (r)');
  });

  it('counts an empty run', () => {
    const out = formatResults([], 'junit', options());
    checkXml(out);
    expect(out).toContain('tests="0" failures="0"');
  });
});

describe('properties', () => {
  // Messages built from arbitrary code points plus the characters that need escaping.
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('%', '%25', '%0A', '\r', '\n', '\r\n', ':', '::', ',', '<&>', 'æøå')), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
  const position = fc
    .tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 500 }), fc.nat(50), fc.integer({ min: 1, max: 500 }))
    .map(([line, column, lines, endColumn]): Position => ({
      start: { line, column },
      end: { line: line + lines, column: endColumn },
    }));
  const finding: fc.Arbitrary<Finding> = fc.record({
    ruleId: fc.constantFrom('required-section', 'empty-section', 'ukendt-regel'),
    severity: fc.constantFrom('error' as const, 'warning' as const),
    message: text,
    position,
  });
  const fileName = fc
    .array(fc.constantFrom('a', 'æ', 'ø', 'å', ' ', '%', '#', '?', ',', ':', '-'), { minLength: 1, maxLength: 10 })
    .map((chars) => `kommuner/${chars.join('')}.md`);
  const fileResults = fc.array(fc.record({ filePath: fileName, findings: fc.array(finding, { maxLength: 5 }) }), {
    maxLength: 4,
  });

  it('github: N findings give N lines, and unescaping gives back each message', () => {
    fc.assert(
      fc.property(fileResults, (files) => {
        const findings = files.flatMap((f) => f.findings);
        const lines = outputLines(formatResults(files, 'github', options()));
        expect(lines).toHaveLength(findings.length);
        lines.forEach((line, i) => {
          const parsed = parseAnnotation(line);
          // Controls and bidi characters come back as visible escapes (issue 13), everything else exactly.
          expect(parsed.message).toBe(showControls(findings[i]?.message ?? ''));
          expect(parsed.props.title).toBe(findings[i]?.ruleId);
        });
      }),
    );
  });

  it('sarif: stays schema-valid with one result per finding', () => {
    fc.assert(
      fc.property(fileResults, fc.constantFrom('da' as const, 'en' as const), (files, lang) => {
        const out = formatResults(files, 'sarif', options({ lang }));
        expectValidSarif(out);
        const findings = files.flatMap((f) => f.findings);
        expect(JSON.parse(out).runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(
          findings.map((f) => f.message),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('junit: stays well-formed', () => {
    fc.assert(fc.property(fileResults, (files) => checkXml(formatResults(files, 'junit', options()))), { numRuns: 50 });
  });
});
