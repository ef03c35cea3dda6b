/**
 * revision-overdue: revised at least every second year (src/rules/revision-overdue.ts).
 * The bundled standards' findings as of 2026-11-25 were checked against the texts by hand.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { checkText } from '../../src/check/check.js';
import { bundled, complete } from '../helpers/fixtures.js';

const frontMatter = (yaml: string, body = '# Kvalitetsstandard for social behandling af stofmisbrug\n\nTekst.\n') =>
  `---\nkommune: Eksempelby\ntitel: Kvalitetsstandard\nomraade: SEL § 101\nstatus: vedtaget\n${yaml}---\n\n${body}`;

/** An overdue date in a bundled standard: an error at the `dato:` line, pointing at the date. */
const overdue = (line: number, messageIncludes: string[] = []): InvalidCase['errors'][number] => ({
  line,
  severity: 'error',
  lineMatches: /^\s+dato:/,
  textMatches: /^"?\d{4}/,
  ...(messageIncludes.length > 0 ? { messageIncludes } : {}),
});

const year = frontMatter('godkendt:\n  af: Byrådet\n  dato: "2024"\n');
const month = frontMatter('godkendt:\n  af: Byrådet\n  dato: 2024-06\n');
const day = frontMatter('godkendt:\n  dato: 2024-11-25\n');
const leap = frontMatter('godkendt:\n  dato: 2024-02-29\n');
const interval = frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  interval_aar: 4\n');
const flow = frontMatter('godkendt: { af: Byrådet, dato: 2018-03-01 }\n');

ruleTester.run('revision-overdue', {
  valid: [
    { name: 'Hjørring (approved 2024-12-17)', code: bundled('hjoerring') },
    { name: 'the complete example', code: complete },
    // A year counts as its last day, a month as its last day (benefit of the doubt).
    { name: 'year "2024" on 2026-12-31', code: year, asOf: '2026-12-31' },
    { name: 'month 2024-06 on 2026-06-30', code: month, asOf: '2026-06-30' },
    // Exactly two years, not a day more; 29 February counts to 28 February.
    { name: 'two years to the day', code: day, asOf: '2026-11-25' },
    { name: '2024-02-29 on 2026-02-28', code: leap, asOf: '2026-02-28' },
    // A draft is the revision being written; no front-matter is frontmatter-schema's finding.
    { name: 'a draft without an approval date', code: frontMatter('godkendt:\n  af: Byrådet\n').replace('status: vedtaget', 'status: udkast') },
    { name: 'a draft approved long ago', code: frontMatter('godkendt:\n  dato: 2015-01-01\n').replace('status: vedtaget', 'status: udkast') },
    '# Uden front-matter\n\nTekst.\n',
    // revision.dato is the latest date of the next revision: in the future it is fine.
    frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2027-05-01\n'),
    interval.replace('interval_aar: 4', 'interval_aar: 2'),
    frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  interval_aar: 1\n'),
    // Danish dates in the YAML are frontmatter-schema's finding, not a guess here.
    frontMatter('godkendt:\n  dato: 18. marts 2026\n'),
    // A year alone is in the future only when the whole year is; as of an earlier date, a standard approved before today is not.
    { name: 'approved "2026", checked 2026-11-25', code: frontMatter('godkendt:\n  dato: 2026\n') },
    { name: 'approved 2025-05-01, checked as of 2019-06-01', code: frontMatter('godkendt:\n  dato: 2025-05-01\n'), asOf: '2019-06-01' },
  ],
  invalid: [
    { name: 'Holbæk (approved 2023-06-21)', code: bundled('holbaek'), errors: [overdue(7, ['den 21. juni 2023', 'senest den 21. juni 2025'])] },
    { name: 'Ishøj (approved 2018)', code: bundled('ishoej'), errors: [overdue(9, ['godkendt i 2018', 'senest i 2020', '31. december 2018'])] },
    { name: 'Ringsted (approved 2017-06-20)', code: bundled('ringsted'), errors: [overdue(7)] },
    { name: 'year "2024" on 2027-01-01', code: year, asOf: '2027-01-01', errors: [{ line: 8, severity: 'error' }] },
    { name: 'month 2024-06 on 2026-07-01', code: month, asOf: '2026-07-01', errors: [{ line: 8, severity: 'error' }] },
    { name: 'an unquoted year', code: frontMatter('godkendt:\n  dato: 2018\n'), errors: [{ line: 7, severity: 'error' }] },
    { name: 'two years and a day', code: day, asOf: '2026-11-26', errors: [{ line: 7, severity: 'error' }] },
    { name: '2024-02-29 on 2026-03-01', code: leap, asOf: '2026-03-01', errors: [{ line: 7, severity: 'error' }] },
    {
      name: 'no approval date: a warning at godkendt',
      code: frontMatter('godkendt:\n  af: Byrådet\n'),
      errors: [{ line: 6, severity: 'warning', messageIncludes: 'ingen godkendelsesdato' }],
    },
    { name: 'no godkendt at all: a warning at the first line of the YAML', code: frontMatter(''), errors: [{ line: 2, severity: 'warning' }] },
    {
      name: 'revision.dato passed',
      code: frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2026-05\n'),
      errors: [{ line: 9, severity: 'error', lineText: '  dato: 2026-05', messageIncludes: 'senest i maj 2026' }],
    },
    {
      name: 'approved again after the old revision date: the approval counts, and the date is left over',
      code: frontMatter('godkendt:\n  dato: 2026-03-18\nrevision:\n  dato: 2026-01\n'),
      errors: [{ line: 9, severity: 'warning', messageIncludes: 'senest den 18. marts 2028' }],
    },
    {
      name: 'both overdue: one error, at the revision date',
      code: frontMatter('godkendt:\n  dato: 2018-01-01\nrevision:\n  dato: 2020-01-01\n'),
      errors: [{ line: 9, severity: 'error' }],
    },
    {
      name: 'a plan that breaks the two-year rule: revision.dato too late',
      code: frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2028-01-01\n'),
      errors: [{ line: 9, severity: 'warning', messageIncludes: 'skriv en dato senest den 1. maj 2027' }],
    },
    {
      name: 'an approval date after the check date and today: made up, it would pass for years',
      code: frontMatter('godkendt:\n  dato: 2099-05-01\nrevision:\n  dato: 2101-05-01\n'),
      errors: [{ line: 7, severity: 'error', messageIncludes: '1. maj 2099, efter dags dato' }],
    },
    { name: 'an approval year after this one', code: frontMatter('godkendt:\n  dato: 2099\n'), errors: [{ line: 7, severity: 'error' }] },
    { name: 'interval_aar above 2', code: interval, errors: [{ line: 9, severity: 'warning', text: '4' }] },
    { name: 'flow style', code: flow, errors: [{ line: 6, text: '2018-03-01' }] },
    {
      name: 'Windows line endings',
      code: frontMatter('godkendt:\n  af: Byrådet\n  dato: 2019-01-01\n').replace(/\n/g, '\r\n'),
      errors: [{ line: 8, text: '2019-01-01' }],
    },
    {
      name: 'in English',
      code: flow,
      lang: 'en',
      errors: [{ line: 6, messageMatches: /^The standard was approved on 1 March 2018 and should have been revised by 1 March 2020\. / }],
    },
  ],
});

describe('a draft is spared by the runner, visibly', () => {
  it('an overdue draft: the error is kept as not counted, with status: udkast as the reason', () => {
    const draft = frontMatter('godkendt:\n  af: Byrådet\n  dato: 2015-01-01\n').replace('status: vedtaget', 'status: udkast');
    const checked = checkText(draft, 'x.md', { asOf: '2026-11-25' });
    expect(checked.findings.filter((f) => f.ruleId === 'revision-overdue')).toEqual([]);
    expect(checked.suppressed?.filter((f) => f.ruleId === 'revision-overdue').map((f) => f.suppressions)).toEqual([[{ kind: 'draft', source: 'status: udkast' }]]);
  });

  it('a new draft without an approval date: nothing to show (that is what a draft is)', () => {
    const draft = frontMatter('godkendt:\n  af: Byrådet\n').replace('status: vedtaget', 'status: udkast');
    const checked = checkText(draft, 'x.md', { asOf: '2026-11-25' });
    expect([...checked.findings, ...(checked.suppressed ?? [])].filter((f) => f.ruleId === 'revision-overdue')).toEqual([]);
  });
});
