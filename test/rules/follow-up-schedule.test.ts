/** follow-up-schedule: follow-up 1 and 6 months after treatment ends (src/rules/follow-up-schedule.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, complete, doc } from '../helpers/fixtures.js';

const plan = (text: string, heading = 'Opfølgning på behandlingsplanen') => doc(`## ${heading}\n\n${text}`);

ruleTester.run('follow-up-schedule', {
  valid: [
    // 1 and 6 months, also in words and split over two sentences.
    plan('Vi følger op én og seks måneder efter, at behandlingen er afsluttet.'),
    plan('Vi følger op 1 måned efter, at behandlingen er afsluttet. Når behandlingen er afsluttet, følger vi igen op efter 6 måneder.'),
    // The rule's own hint, word for word.
    plan('Når din behandling er slut, kontakter vi dig senest efter 1 måned og igen efter 6 måneder.'),
    plan('Når behandlingen slutter, kontakter vi dig senest efter en måned og igen efter seks måneder.'),
    // Other ways of saying that treatment has ended.
    plan('Når du er færdig med behandlingen, følger vi op efter 1 måned og igen efter 6 måneder.'),
    plan('Når behandlingen ophører, kontakter vi dig efter 1 og 6 måneder.'),
    plan('Når forløbet er forbi, følger vi op efter 1 og 6 måneder.'),
    plan('Hvis du stopper i behandling, følger vi op efter 1 og 6 måneder.'),
    // More than the law asks for is fine.
    plan('Efter endt behandling følger vi op efter 1, 3, 6 og 12 måneder.'),
    plan('Efter endt behandling følger vi op efter 1 og 6 måneder.', 'Behandlingsplan'),
    // Empty: empty-section says so. No section at all: required-section says so.
    doc('## Opfølgning på behandlingsplanen\n\n## Frit valg\n\nDu kan frit vælge.'),
    doc('## Frit valg\n\nDu kan frit vælge et andet tilbud.'),
    { name: 'the complete example', code: complete },
    ...(['ishoej', 'holbaek', 'ringsted'] as const).map((name) => ({ name: `${name}: states 1 and 6 months`, code: bundled(name) })),
  ],
  invalid: [
    {
      name: 'a schedule without 1 and 6 months',
      code: plan('Vi følger op 3 og 9 måneder efter, at behandlingen er afsluttet.'),
      errors: [{ line: 5, severity: 'error', requirement: 'behandlingsplan', messageIncludes: ['3 og 9 måneder', '1 og 6 måneder mangler'] }],
    },
    {
      name: 'only the first month',
      code: plan('Når behandlingen er afsluttet, ringer vi til dig efter 1 måned.'),
      errors: [{ line: 5, severity: 'error', messageIncludes: ['kun opfølgning efter 1 måned', 'efter 6 måneder mangler'] }],
    },
    {
      name: 'a treatment-plan section that says nothing about follow-up after treatment',
      code: plan('Vi holder løbende statusmøder med dig under behandlingen.'),
      errors: [
        {
          line: 3,
          severity: 'warning',
          messageIncludes: '"Opfølgning på behandlingsplanen"',
          hintIncludes: '1 måned og igen efter 6 måneder',
        },
      ],
    },
    {
      name: 'Hjørring: "Opfølgning på indsatsen" only mentions status meetings during treatment',
      code: bundled('hjoerring'),
      errors: [{ line: 162, severity: 'warning', lineText: '## Opfølgning på indsatsen' }],
    },
    {
      name: 'says it in English',
      code: plan('Vi følger op 3 og 9 måneder efter, at behandlingen er afsluttet.'),
      lang: 'en',
      errors: [{ line: 5, messageIncludes: 'the follow-up after 1 and 6 months is missing' }],
    },
  ],
});
