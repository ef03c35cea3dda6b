/** file-encoding: UTF-8, and no letters converted twice (src/rules/file-encoding.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

const danish = 'Du kan få hjælp, hvis du har et problem med stoffer. Behandlingen følger serviceloven § 101 – og er gratis.';

/** The text in Windows-1252 ("ANSI"), as Word and Notepad long saved it: Danish letters are one byte each. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => (char === '–' ? 0x96 : char.charCodeAt(0)));
}

/** UTF-16 little-endian with a byte-order mark, as "Unicode" in Notepad. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
}

ruleTester.run('file-encoding', {
  valid: [
    { name: 'the complete example', code: complete },
    doc(danish),
    { name: 'UTF-8 with a byte-order mark', code: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(doc(danish))]) },
    // Ã and Â on their own are letters, not a conversion.
    doc('Café Ã og São Paulo: Ârhus skrives Aarhus.'),
  ],
  invalid: [
    {
      name: 'UTF-8 converted twice: the first place, with what the letters were',
      code: doc('Du kan fÃ¥ hjÃ¦lp, hvis du har et problem med stoffer. Det er gratis for dig, og vi er her for dig.'),
      errors: [{ line: 3, column: 9, text: 'Ã¥', severity: 'warning', messageIncludes: ['"Ã¥" → "å"', '"Ã¦" → "æ"', '(2 steder i filen)'] }],
    },
    {
      name: 'quotes and dashes converted twice',
      code: doc('Behandlingen er gratis â€“ ogsÃ¥ den anonyme behandling.'),
      errors: [{ line: 3, text: 'â€“', messageIncludes: ['"â€“" → "–"', '"Ã¥" → "å"'] }],
    },
    {
      name: 'saved as Windows-1252: said at line 1',
      code: windows1252(doc(danish)),
      errors: [{ line: 1, column: 1, severity: 'warning', hintIncludes: ['UTF-8', 'Windows-1252'] }],
    },
    {
      name: 'saved as UTF-16',
      code: utf16le(doc(danish)),
      errors: [{ line: 1, column: 1, hintIncludes: ['UTF-8', 'UTF-16'] }],
    },
    {
      name: 'in English',
      code: doc('Du kan fÃ¥ hjÃ¦lp.'),
      lang: 'en',
      errors: [{ line: 3, messageIncludes: 'The text looks wrongly converted between encodings' }],
    },
  ],
});
