/**
 * unreadable-file: a file that cannot be read as text gets this one finding
 * (src/rules/index.ts, src/model/read.ts). It has no rule file of its own, so
 * no header examples; the tester runs it with every rule on.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

ruleTester.run('unreadable-file', {
  valid: [
    { name: 'the complete example', code: complete },
    { name: 'an empty file', code: '' },
    // Text that merely starts like a PDF is still text.
    doc('%PDF er ikke et format, vi bruger; skriv standarden i Markdown.'),
    { name: 'Windows-1252 is read, not refused', code: bytes(...ascii('# Kvalitetsstandard\n\nDu kan f'), 0xe5, ...ascii(' hj'), 0xe6, ...ascii('lp.\n')) },
  ],
  invalid: [
    {
      name: 'a PDF',
      code: bytes(...ascii('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3),
      errors: [{ line: 1, column: 1, severity: 'error', messageIncludes: ['PDF-fil', 'ikke Markdown'] }],
    },
    {
      name: 'a Word document (.docx is a zip file)',
      code: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00),
      errors: [{ line: 1, column: 1, severity: 'error', messageIncludes: 'Word-dokument' }],
    },
    {
      name: 'an old Word file (.doc)',
      code: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      errors: [{ line: 1, messageIncludes: 'gammel Word-fil (.doc)' }],
    },
    {
      name: 'a binary file with NUL bytes',
      code: bytes(...ascii('# Kvalitetsstandard\n'), 0x00, 0x01, 0x02),
      errors: [{ line: 1, messageIncludes: 'NUL-tegn' }],
    },
    {
      name: 'in English',
      code: bytes(...ascii('%PDF-1.7\n')),
      lang: 'en',
      errors: [{ line: 1, messageIncludes: 'The file is a PDF file, not Markdown.' }],
    },
  ],
});
