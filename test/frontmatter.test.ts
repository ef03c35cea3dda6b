import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { frontMatterKeys, frontMatterSchema, readFrontMatter } from '../src/model/frontmatter.js';
import type { FrontMatter, FrontMatterProblem, Point } from '../src/types.js';

const VALID = `kommune: Holbæk
titel: Kvalitetsstandard for social behandling for stofmisbrug
omraade: SEL § 101
lovgrundlag:
  - Serviceloven § 101
  - BEK nr. 1477 af 17/12/2019
status: vedtaget
godkendt:
  af: Kommunalbestyrelsen
  dato: 2023-06-21
revision:
  dato: 2025-06
  interval_aar: 2
kontakt:
  - navn: Rusmiddelcenter Holbæk
    adresse: Kasernevej 3, 4300 Holbæk
    telefon: "72 36 36 36"
    email: rusmiddelcenter@holbaek.dk
    web: https://holbaek.dk
`;

/** The YAML as it sits in a Markdown file: after the opening fence, so it starts on line 2. */
function inFile(yaml: string): { file: string; fm: FrontMatter } {
  const file = `---\n${yaml}---\n\n# Kvalitetsstandard\n`;
  const origin: Point = { line: 2, column: 1, offset: 4 };
  return { file, fm: readFrontMatter(yaml, origin) };
}

/** The one problem about `path`; fails the test if there is none or more than one. */
function problemAt(fm: FrontMatter, path: string): FrontMatterProblem {
  const found = fm.problems.filter((p) => p.path === path);
  expect(found.map((p) => p.message.da), `problems for ${path}`).toHaveLength(1);
  return found[0]!;
}

/** The text of the file that a problem underlines. */
function underlined(file: string, problem: FrontMatterProblem): string {
  return file.slice(problem.position.start.offset, problem.position.end.offset);
}

/** Line and column (1-based) of the first occurrence of `needle` in `file`. */
function where(file: string, needle: string, from = 0): { line: number; column: number } {
  const at = file.indexOf(needle, from);
  expect(at, `"${needle}" in file`).toBeGreaterThanOrEqual(0);
  const before = file.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function withLine(yaml: string, find: string, replace: string): string {
  expect(yaml).toContain(find);
  return yaml.replace(find, replace);
}

describe('valid front-matter', () => {
  test('gives the data and no problems', () => {
    const { fm } = inFile(VALID);
    expect(fm.problems).toEqual([]);
    expect(fm.data?.kommune).toBe('Holbæk');
    expect(fm.data?.godkendt).toEqual({ af: 'Kommunalbestyrelsen', dato: '2023-06-21' });
  });

  test('accepts a year or a year and month as date, as the seeds give them ("vedtaget i 2018")', () => {
    for (const dato of ['2018', '"2018"', '2023-06', '2024-02-29']) {
      const { fm } = inFile(withLine(VALID, 'dato: 2023-06-21', `dato: ${dato}`));
      expect(fm.problems, dato).toEqual([]);
    }
  });

  test('a draft needs no approval, and optional fields may be left out', () => {
    const { fm } = inFile('kommune: Ishøj\nsamarbejdskommuner: [Vallensbæk]\ntitel: Udkast\nomraade: SEL § 101\nstatus: udkast\n');
    expect(fm.problems).toEqual([]);
  });

  test('adds no defaults', () => {
    const { fm } = inFile('kommune: Ishøj\ntitel: Udkast\nomraade: SEL § 101\nstatus: udkast\n');
    expect(Object.keys(fm.data ?? {})).toEqual(['kommune', 'titel', 'omraade', 'status']);
  });

  test('reports the span of the YAML text as the front-matter position', () => {
    const { fm, file } = inFile(VALID);
    expect(fm.position.start).toEqual({ line: 2, column: 1, offset: 4 });
    expect(file.slice(fm.position.start.offset, fm.position.end.offset)).toBe(VALID);
  });
});

describe('schema mistakes point at the right place in the Markdown file', () => {
  test('missing required field: points at the first line of the front-matter', () => {
    const { fm, file } = inFile(withLine(VALID, 'titel: Kvalitetsstandard for social behandling for stofmisbrug\n', ''));
    const problem = problemAt(fm, 'titel');
    expect(problem.position.start).toMatchObject({ line: 2, column: 1 });
    expect(underlined(file, problem)).toBe('kommune: Holbæk');
    expect(problem.message.da).toContain('Feltet `titel` mangler');
    expect(problem.message.en).toContain('The field `titel` is missing');
  });

  test('missing field in a group points at the group key', () => {
    const { fm, file } = inFile(withLine(VALID, '  dato: 2023-06-21\n', ''));
    const problem = problemAt(fm, 'godkendt.dato');
    expect(underlined(file, problem)).toBe('godkendt');
    expect(problem.position.start).toEqual({ ...where(file, 'godkendt:'), offset: file.indexOf('godkendt:') });
  });

  test('an adopted standard must say who approved it', () => {
    const yaml = withLine(VALID, 'godkendt:\n  af: Kommunalbestyrelsen\n  dato: 2023-06-21\n', '');
    const problem = problemAt(inFile(yaml).fm, 'godkendt');
    expect(problem.message.da).toContain('Feltet `godkendt` mangler');
  });

  test('unknown key: points at the key and suggests the right one', () => {
    const { fm, file } = inFile(withLine(VALID, 'kommune: Holbæk', 'komune: Holbæk'));
    const problem = problemAt(fm, 'komune');
    expect(underlined(file, problem)).toBe('komune');
    expect(problem.position.start).toMatchObject({ line: 2, column: 1 });
    expect(problem.message.da).toContain('Mente du `kommune`?');
    expect(problem.message.en).toContain('Did you mean `kommune`?');
  });

  test('unknown key in a list item, with Danish letters and English words understood', () => {
    const yaml = withLine(VALID, '    telefon:', '    phone:').replace('  dato: 2025-06\n', '  dato: 2025-06\n  interval_år: 2\n');
    const { fm, file } = inFile(yaml.replace('  interval_aar: 2\n', ''));
    const phone = problemAt(fm, 'kontakt[0].phone');
    expect(phone.position.start).toMatchObject(where(file, 'phone'));
    expect(phone.message.da).toContain('Mente du `telefon`?');
    expect(problemAt(fm, 'revision.interval_år').message.da).toContain('Mente du `interval_aar`?');
  });

  test('no suggestion when nothing is close', () => {
    const problem = problemAt(inFile(`${VALID}farve: blå\n`).fm, 'farve');
    expect(problem.message.da).not.toContain('Mente du');
    expect(problem.message.da).toContain('Tilladte felter her: `kommune`');
  });

  test('wrong type: points at the value', () => {
    const { fm, file } = inFile(withLine(VALID, 'kommune: Holbæk', 'kommune: 4300'));
    const problem = problemAt(fm, 'kommune');
    expect(underlined(file, problem)).toBe('4300');
    expect(problem.position.start).toMatchObject({ line: 2, column: 10 });
    expect(problem.message.da).toBe('Feltet `kommune` skal være tekst, ikke 4300.');
  });

  test('bad enum value: lists the allowed values', () => {
    const { fm, file } = inFile(withLine(VALID, 'status: vedtaget', 'status: godkendt'));
    const problem = problemAt(fm, 'status');
    expect(underlined(file, problem)).toBe('godkendt');
    expect(problem.position.start).toMatchObject({ line: 8, column: 9 });
    expect(problem.message.da).toBe('Feltet `status` skal være `udkast` eller `vedtaget` — ikke "godkendt".');
  });

  test('a near miss in an enum gets a suggestion', () => {
    const problem = problemAt(inFile(withLine(VALID, 'omraade: SEL § 101', 'omraade: SEL §101')).fm, 'omraade');
    expect(problem.message.da).toContain('Mente du `SEL § 101`?');
  });

  test('a date that does not exist', () => {
    const { fm, file } = inFile(withLine(VALID, 'dato: 2023-06-21', 'dato: 2023-02-30'));
    const problem = problemAt(fm, 'godkendt.dato');
    expect(underlined(file, problem)).toBe('2023-02-30');
    expect(problem.position.start).toMatchObject({ line: 11, column: 9 });
    expect(problem.message.da).toBe(
      'Feltet `godkendt.dato` skal være en dato som 2023-06-21, 2023-06 eller 2023 — "2023-02-30" findes ikke.',
    );
  });

  test('dates written out in words, or outside 1990–2100, are refused with one message each', () => {
    for (const dato of ['20. juni 2017', '1890', '2023-13', '2023-6-1']) {
      const problem = problemAt(inFile(withLine(VALID, 'dato: 2023-06-21', `dato: ${dato}`)).fm, 'godkendt.dato');
      expect(problem.message.da, dato).toMatch(/^Feltet `godkendt\.dato` skal være en dato/);
    }
  });

  test('a bad e-mail address in a contact', () => {
    const { fm, file } = inFile(withLine(VALID, 'email: rusmiddelcenter@holbaek.dk', 'email: rusmiddelcenter.holbaek.dk'));
    const problem = problemAt(fm, 'kontakt[0].email');
    expect(underlined(file, problem)).toBe('rusmiddelcenter.holbaek.dk');
    expect(problem.position.start).toMatchObject(where(file, 'rusmiddelcenter.holbaek.dk'));
    expect(problem.message.da).toContain('e-mailadresse');
  });

  test('phone numbers: Danish forms pass, an unquoted number is explained', () => {
    for (const telefon of ['"57627930"', '"+45 57 62 79 30"', '57 62 79 30']) {
      expect(inFile(withLine(VALID, 'telefon: "72 36 36 36"', `telefon: ${telefon}`)).fm.problems, telefon).toEqual([]);
    }
    const problem = problemAt(inFile(withLine(VALID, 'telefon: "72 36 36 36"', 'telefon: 72363636')).fm, 'kontakt[0].telefon');
    expect(problem.message.da).toContain('i anførselstegn');
  });

  test('web addresses must be http(s)', () => {
    const problem = problemAt(inFile(withLine(VALID, 'web: https://holbaek.dk', 'web: ftp://holbaek.dk')).fm, 'kontakt[0].web');
    expect(problem.message.da).toContain('https://');
  });

  test('revision needs a date or an interval', () => {
    const yaml = withLine(VALID, 'revision:\n  dato: 2025-06\n  interval_aar: 2\n', 'revision: {}\n');
    const problem = problemAt(inFile(yaml).fm, 'revision');
    expect(problem.message.da).toContain('`dato` og `interval_aar`');
  });

  test('every problem has both languages', () => {
    const { fm } = inFile('komune: x\nstatus: færdig\nkontakt: [{ email: x }]\n');
    expect(fm.problems.length).toBeGreaterThan(3);
    for (const problem of fm.problems) {
      expect(problem.message.da).not.toBe('');
      expect(problem.message.en).not.toBe('');
      expect(problem.message.da).not.toBe(problem.message.en);
    }
  });
});

describe('YAML syntax problems', () => {
  test('syntax error: an unclosed quote', () => {
    const { fm } = inFile('kommune: "Holbæk\ntitel: x\n');
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toHaveLength(1);
    expect(fm.problems[0]!.position.start.line).toBeGreaterThanOrEqual(2);
    expect(fm.problems[0]!.message.da).toContain('anførselstegn');
  });

  test('syntax error: a colon inside a value', () => {
    const { fm, file } = inFile(withLine(VALID, 'titel: Kvalitetsstandard for', 'titel: Kvalitetsstandard: for'));
    expect(fm.problems.length).toBeGreaterThan(0);
    expect(fm.problems[0]!.position.start.line).toBe(where(file, 'titel:').line);
  });

  test('duplicate key: points at the second occurrence', () => {
    const { fm, file } = inFile(`${VALID}kommune: Roskilde\n`);
    const problem = problemAt(fm, 'kommune');
    const second = file.indexOf('kommune: Roskilde');
    expect(problem.position.start).toEqual({ ...where(file, 'kommune: Roskilde'), offset: second });
    expect(problem.message.da).toContain('står to gange');
  });

  test('tab indentation: points at the tab', () => {
    const { fm, file } = inFile(withLine(VALID, '  af: Kommunalbestyrelsen', '\taf: Kommunalbestyrelsen'));
    expect(fm.problems.length).toBeGreaterThan(0);
    const problem = fm.problems[0]!;
    expect(problem.position.start).toMatchObject(where(file, '\taf'));
    expect(problem.message.da).toContain('tabulator');
  });

  test('Windows line endings give the same lines', () => {
    const { fm, file } = inFile(withLine(VALID, 'status: vedtaget', 'status: godkendt').replace(/\n/g, '\r\n'));
    const problem = problemAt(fm, 'status');
    expect(problem.position.start).toMatchObject({ line: 8, column: 9 });
    expect(underlined(file, problem)).toBe('godkendt');
  });

  test('an alias bomb ("billion laughs") is refused quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const { fm } = inFile(`${levels.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toHaveLength(1);
    expect(fm.problems[0]!.position.start.line).toBeGreaterThanOrEqual(2);
    expect(fm.problems[0]!.message.da).toContain('henvisninger');
  });

  test('empty front-matter: the required fields are missing', () => {
    for (const yaml of ['', '# bare en kommentar\n']) {
      const { fm } = inFile(yaml);
      expect(fm.data).toBeUndefined();
      expect(fm.problems).toHaveLength(1);
      expect(fm.problems[0]!.message.da).toContain('`kommune`, `titel`, `omraade`, `status`');
      expect(fm.problems[0]!.position.start.line).toBe(2);
    }
  });

  test('front-matter that is a list, not fields', () => {
    const { fm } = inFile('- kommune\n- titel\n');
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toHaveLength(1);
    expect(fm.problems[0]!.message.en).toContain('not a list');
  });
});

describe('the schema', () => {
  test('is offered to editors with a title and Danish and English descriptions on every property', () => {
    const schema = frontMatterSchema() as { title?: string; properties: Record<string, unknown> };
    expect(schema.title).toBeTruthy();
    expect(frontMatterKeys).toEqual(Object.keys(schema.properties));
    expect(frontMatterKeys).toEqual(expect.arrayContaining(['kommune', 'titel', 'omraade', 'status', 'godkendt', 'kontakt']));
    const walk = (props: Record<string, { description?: string; 'x-en'?: string; properties?: never; items?: { properties?: never } }>, at: string): void => {
      for (const [key, prop] of Object.entries(props)) {
        expect(prop.description, `${at}${key}`).toBeTruthy();
        expect(prop['x-en'], `${at}${key}`).toBeTruthy();
        if (prop.properties) walk(prop.properties, `${at}${key}.`);
        if (prop.items?.properties) walk(prop.items.properties, `${at}${key}[].`);
      }
    };
    walk(schema.properties as never, '');
  });

  test('returns a copy that callers cannot break', () => {
    const copy = frontMatterSchema() as { properties: Record<string, unknown> };
    delete copy.properties.kommune;
    expect(frontMatterSchema()).toHaveProperty('properties.kommune');
  });
});

describe('properties', () => {
  const yamlish = fc.string({
    unit: fc.constantFrom('a', 'kommune', 'dato', ':', ': ', '-', ' ', '  ', '\n', '\r\n', '\r', '\t', '&a', '*a', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', '?', '!', '%', '@', '---', 'æ', '😀'),
    maxLength: 60,
  });

  test('never throws, and every problem lies inside the front-matter', () => {
    const origin: Point = { line: 2, column: 1, offset: 4 };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), yamlish), (text) => {
        const fm = readFrontMatter(text, origin);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const { position } of fm.problems) {
          for (const point of [position.start, position.end]) {
            expect(point.line).toBeGreaterThanOrEqual(origin.line);
            expect(point.line).toBeLessThanOrEqual(origin.line + lines - 1);
            expect(point.column).toBeGreaterThanOrEqual(1);
            expect(point.offset).toBeGreaterThanOrEqual(origin.offset!);
            expect(point.offset).toBeLessThanOrEqual(origin.offset! + text.length);
          }
          expect(position.end.offset).toBeGreaterThanOrEqual(position.start.offset!);
        }
      }),
      { numRuns: 500 },
    );
  });
});
