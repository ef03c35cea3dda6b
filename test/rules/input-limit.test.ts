/**
 * input-limit: a file beyond the read stage's limits is refused, not parsed
 * (src/rules/input-limit.ts, the limits in src/model/limits.ts). It is not a
 * rule over a model, so the tester runs it with every rule on.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';
import { inputLimits } from '../../src/model/limits.js';

const quotes = (depth: number) => `${'>'.repeat(depth)} Kan I sende mig den nye kvalitetsstandard?`;

ruleTester.run('input-limit', {
  valid: [
    { name: 'the complete example', code: complete },
    { name: 'block quotes 50 deep, the limit', code: doc(quotes(inputLimits.nestingDepth)) },
    { name: 'a line of 100,000 characters, the limit', code: doc('a'.repeat(inputLimits.lineLength)) },
    { name: 'a long paragraph of plain prose', code: doc('Du kan få hjælp. '.repeat(5000)) },
  ],
  invalid: [
    {
      name: 'block quotes 51 deep: at the 51st',
      code: doc(quotes(inputLimits.nestingDepth + 1)),
      errors: [{ line: 3, column: 51, severity: 'error', messageIncludes: ['51 niveauer', 'grænsen er 50 niveauer'] }],
    },
    {
      name: 'lists and quotes 51 deep together',
      code: doc(Array.from({ length: 51 }, (_, depth) => `${'  '.repeat(depth)}- punkt`).join('\n')),
      errors: [{ line: 53, severity: 'error', messageIncludes: '51 niveauer' }],
    },
    {
      name: 'a line one character too long: at the character beyond',
      code: doc('a'.repeat(inputLimits.lineLength + 1)),
      errors: [{ line: 3, column: inputLimits.lineLength + 1, severity: 'error', messageIncludes: ['100.001 tegn', 'grænsen er 100.000 tegn'] }],
    },
    {
      name: 'a paragraph dense with markup',
      code: doc('*a '.repeat(5000)),
      errors: [{ line: 3, severity: 'error', messageIncludes: 'Afsnittet, der begynder i linje 3' }],
    },
    {
      // The title and a blank line are 21 bytes, then lines of 100 bytes: byte 262,144 is the 24th of line 2,624.
      name: 'a file beyond 256 KiB: at the first character beyond',
      code: doc(`${'a'.repeat(99)}\n`.repeat(2700)),
      errors: [{ line: 3 + Math.floor((inputLimits.fileBytes - 21) / 100), column: ((inputLimits.fileBytes - 21) % 100) + 1, severity: 'error', messageIncludes: 'grænsen er 256 KB' }],
    },
    {
      name: 'in English',
      code: doc(quotes(inputLimits.nestingDepth + 1)),
      lang: 'en',
      errors: [{ line: 3, messageIncludes: 'nested 51 levels deep here; the limit is 50 levels' }],
    },
  ],
});
