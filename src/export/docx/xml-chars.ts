/**
 * Characters XML 1.0 does not allow, made safe in the finished package.
 *
 * XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD and U+10000–U+10FFFF (its Char production), as characters
 * and as character references alike. One other character makes a part not
 * well-formed, and Word then refuses to open the file at all. A standard's
 * text comes from anywhere (pasted from PDFs and other programs, typed into
 * YAML), so every XML part is cleaned as the last step before the zip: text
 * runs, attributes, comments and their authors, hyperlinks, the front-matter
 * table and properties, and the core properties all end up there.
 *
 * What becomes of them:
 * - a lone surrogate (half of a character outside the BMP, e.g. text cut in
 *   the middle of an emoji) becomes U+FFFD: a character was there and is
 *   lost, and the replacement character shows where, as a UTF-8 decoder shows
 *   broken bytes;
 * - U+FFFE and U+FFFF are noncharacters, never text (U+FFFE is a byte-order
 *   mark read the wrong way round), so they are removed;
 * - C0 control characters other than tab, line feed and carriage return are
 *   invisible codes from other programs (form feed, vertical tab, NUL) with
 *   no form in Word's text, so they are removed too (the docx library already
 *   drops most of them in text; this holds whatever it does).
 */

/** One character outside XML 1.0's Char production; with the `u` flag a lone surrogate is one such character. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const characterReference = /&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;

/** Text or markup with every character XML 1.0 allows, and only those. */
export function xmlSafe(text: string): string {
  return text
    .replace(notXmlChar, (char) => (isSurrogate(char.charCodeAt(0)) ? '\uFFFD' : ''))
    .replace(characterReference, (reference, hex: string | undefined, decimal: string | undefined) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      if (isXmlChar(code)) return reference;
      return isSurrogate(code) ? '&#xFFFD;' : '';
    });
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}
