/**
 * Bad YAML (issue 6): every kind of broken front-matter gives a finding at
 * the right line and column of the Markdown file, never a stack trace; a
 * "billion laughs" alias bomb is refused quickly and with little memory.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBytes } from '../src/check/check.js';
import type { Finding } from '../src/types.js';
import { complete } from './helpers/fixtures.js';
import { expectFindingsInside, frontMatter } from './helpers/fuzz.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-11-25';
const closing = complete.indexOf('\n---\n', 4) + 5;
const yaml = complete.slice(0, closing);
const body = complete.slice(closing);

function check(front: string): Finding[] {
  const text = front + body;
  const findings = checkBytes(new TextEncoder().encode(text), 'x.md', { asOf }).findings;
  for (const finding of findings) expect(finding.message).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
  expectFindingsInside({ filePath: 'x.md', findings }, text);
  return findings.filter((f) => f.ruleId === 'frontmatter-schema');
}

/** Replaces one line of the valid front-matter (it must be there). */
function edit(from: string, to: string): string {
  expect(yaml).toContain(from);
  return yaml.replace(from, to);
}

const billionLaughs = [
  'lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('bad YAML: one finding at the right line and column', () => {
  const cases: Array<{ what: string; front: string; at: [number, number, number, number]; says: RegExp }> = [
    { what: 'a quote never closed', front: edit('titel: Kvalitetsstandard', 'titel: "Kvalitetsstandard'), at: [3, 8, 3, 9], says: /Anførselstegnet her bliver aldrig lukket/ },
    { what: 'a key written twice', front: edit('omraade: SEL § 101', 'omraade: SEL § 101\nkommune: Andenby Kommune'), at: [5, 1, 5, 8], says: /Feltet `kommune` står to gange/ },
    { what: 'a key twice after an empty value', front: edit('omraade: SEL § 101', 'omraade:\nomraade: SEL § 101'), at: [5, 1, 5, 8], says: /Feltet `omraade` står to gange/ },
    { what: 'a tab as indentation', front: edit('  af: Kommunalbestyrelsen', '\taf: Kommunalbestyrelsen'), at: [9, 1, 9, 2], says: /rykket ind med tabulator/ },
    { what: 'a word where a number belongs', front: edit('interval_aar: 2', 'interval_aar: to'), at: [12, 17, 12, 19], says: /`revision\.interval_aar` skal være et helt antal år .* ikke "to"/ },
    { what: 'a date that does not exist (30 February)', front: edit('dato: 2026-03-18', 'dato: 2025-02-30'), at: [10, 9, 10, 19], says: /"2025-02-30" findes ikke/ },
    { what: 'an unknown key with a likely typo', front: edit('omraade: SEL § 101', 'omraade: SEL § 101\nkommun: Eksempelby'), at: [5, 1, 5, 7], says: /`kommun` kendes ikke\. Mente du `kommune`\?/ },
    {
      what: 'an alias (*navn) with a wrong value: at the alias, not the anchor',
      front: edit('omraade: SEL § 101', 'omraade: *t').replace('titel: Kvalitetsstandard', 'titel: &t Kvalitetsstandard'),
      at: [4, 10, 4, 12],
      says: /`omraade` skal være `SEL § 101`/,
    },
    { what: 'a billion-laughs alias bomb (9 levels of 9 aliases)', front: edit('status: vedtaget', `status: vedtaget\n${billionLaughs}`), at: [15, 8, 15, 10], says: /YAML-henvisninger .* så mange gange/ },
    { what: 'a list where fields belong', front: '---\n- kommune\n- titel\n---\n', at: [2, 1, 3, 8], says: /ikke en liste/ },
  ];

  it.each(cases)('$what', ({ front, at, says }) => {
    const findings = check(front);
    const finding = findings.find((f) => says.test(f.message));
    expect(finding, findings.map((f) => f.message).join('\n')).toBeDefined();
    const { start, end } = finding!.position;
    expect([start.line, start.column, end.line, end.column]).toEqual(at);
  });

  it('flow brackets nested 1 000 deep: "nested too deeply", on the line, inside the brackets where the parser stops', () => {
    const findings = check(`---\nkommune: ${'['.repeat(1000)}${']'.repeat(1000)}\n---\n`);
    const finding = findings.find((f) => /for dybt indlejret/.test(f.message));
    expect(finding).toBeDefined();
    expect(finding!.position.start.line).toBe(2);
    expect(finding!.position.start.column).toBeGreaterThan(10);
    expect(finding!.position.start.column).toBeLessThanOrEqual(1010);
  });

  it('the depth limit holds the same on a warm JIT (the parser\'s own limit is where the stack ends): 30 runs, and 64 levels still read', () => {
    const deep = `---\nkommune: ${'['.repeat(1000)}${']'.repeat(1000)}\n---\n`;
    for (let run = 0; run < 30; run++) expect(check(deep).some((f) => /for dybt indlejret/.test(f.message))).toBe(true);
    // At the limit: read, and the schema says the value is not a text.
    const atLimit = check(`---\nkommune: ${'['.repeat(64)}${']'.repeat(64)}\n---\n`);
    expect(atLimit.some((f) => /for dybt indlejret/.test(f.message))).toBe(false);
    // Brackets inside quotes and comments do not count.
    expect(check(`---\nkommune: "${'['.repeat(100)}" # ${'{'.repeat(100)}\n---\n`).some((f) => /for dybt indlejret/.test(f.message))).toBe(false);
  });

  it('records', () => {
    record({
      area: 'Bad YAML',
      what: `Front-matter with ${cases.map((c) => c.what).join(', ')}, flow brackets nested 1 000 deep`,
      cases: cases.length + 1,
      result: 'a frontmatter-schema finding at the exact line and column in the Markdown file; no stack trace',
    });
  });
});

describe('the alias bomb costs no more than a normal front-matter', () => {
  it('is refused in about the time and memory of checking the valid standard', () => {
    const cpu = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const bomb = edit('status: vedtaget', `status: vedtaget\n${billionLaughs}`);
    check(yaml);
    check(bomb);
    let normal = Infinity;
    let refused = Infinity;
    for (let round = 0; round < 3; round++) {
      let start = cpu();
      check(yaml);
      normal = Math.min(normal, cpu() - start);
      start = cpu();
      check(bomb);
      refused = Math.min(refused, cpu() - start);
    }
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 5; i++) check(bomb);
    const growth = process.memoryUsage().heapUsed - heapBefore;
    // 9^9 = 387 million strings if expanded; a limit of 100 aliases stops it after a few.
    expect(refused).toBeLessThan(5 * normal + 20);
    expect(growth).toBeLessThan(50 * 1024 * 1024);
    record({ area: 'Bad YAML', what: 'Billion-laughs front-matter (9 levels × 9 aliases) against a valid one, CPU time and heap', cases: 8, result: `refused in ${refused.toFixed(0)} ms (valid: ${normal.toFixed(0)} ms); heap growth under 50 MB over 5 runs` });
  });
});

describe('random YAML in the front-matter', () => {
  it('never throws; every finding inside the file and without a stack trace', () => {
    const nasty = fc.constantFrom('&a', '*a', '*b', '<<: *a', '!!binary', '!tag', '? x', '- ', '|', '>-', '"\\u', "'", '{', '}', '[', ']', '#', '%YAML 1.1', '---', '...', '\t', 'æøå', '\r', ': ');
    const yamlish = fc.tuple(frontMatter, fc.array(nasty, { maxLength: 12 }), fc.nat()).map(([front, extra, at]) => {
      const lines = front.split('\n');
      const index = 1 + (at % Math.max(1, lines.length - 2));
      lines.splice(index, 0, extra.join(' '));
      return `${lines.join('\n')}\n`;
    });
    let runs = 0;
    fc.assert(
      fc.property(yamlish, (front) => {
        check(front);
        runs++;
      }),
      { numRuns: 200 },
    );
    record({ area: 'Bad YAML', what: 'Random front-matter from known keys, odd values and YAML syntax (anchors, tags, merge keys, block scalars, directives, tabs, CR) → checkBytes', cases: runs, result: 'no exception; every finding inside the file; no stack trace in any message' });
  });
});
