/**
 * unused-directive: with --report-unused-disable-directives, a kvs-disable
 * comment that switches nothing off is a finding (src/rules/unused-directive.ts,
 * src/check/check.ts). It is not a rule over a model, so the tester runs it
 * with every rule on.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

const text = 'Du kan altid ringe til rusmiddelcentret og få en tid til en samtale.';
const report = { reportUnusedDirectives: true };

ruleTester.run('unused-directive', {
  valid: [
    { name: 'the complete example', code: complete, ...report },
    // A comment that switches a finding off is used.
    { code: doc(`${text}\n\n<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`), ...report },
    { code: doc(`${text}\n\n${text} <!-- kvs-disable-line duplicate-paragraph -->`), ...report },
    { code: doc(`<!-- kvs-disable-file duplicate-paragraph -->\n\n${text}\n\n${text}`), ...report },
    { code: doc(`## Kontakt\n\n<!-- kvs-disable-section duplicate-paragraph -->\n\n${text}\n\n${text}`), ...report },
    // Without the option, nothing is said.
    { name: 'an unused comment without --report-unused-disable-directives', code: doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`) },
    // With --no-inline-config the comments are not read at all, so none is reported as unused.
    { name: 'an unused comment with --no-inline-config', code: doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`), ...report, inlineConfig: false },
    // kvs-krav is no disable comment.
    { code: doc(`## Hvis du er utilfreds\n\n<!-- kvs-krav: klageadgang -->\n\n${text}`), ...report },
  ],
  invalid: [
    {
      name: 'a comment with nothing to switch off, at the comment',
      code: doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`),
      ...report,
      errors: [{ line: 3, column: 1, severity: 'warning', message: 'Kommentaren slår duplicate-paragraph fra, men der er intet fund at slå fra her. Slet den.' }],
    },
    {
      name: 'a comment for the wrong line: the finding stays, and the comment is unused',
      code: doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}\n\n${text}`),
      ...report,
      errors: [{ line: 3 }],
    },
    {
      name: 'a comment naming two rules where neither has a finding',
      code: doc(`<!-- kvs-disable-line tracked-change, duplicate-paragraph -->\n${text}`),
      ...report,
      errors: [{ line: 3, messageIncludes: 'slår tracked-change, duplicate-paragraph fra' }],
    },
    {
      name: 'in English',
      code: doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`),
      ...report,
      lang: 'en',
      errors: [{ line: 3, message: 'The comment switches duplicate-paragraph off, but there is no finding to switch off here. Delete it.' }],
    },
  ],
});
