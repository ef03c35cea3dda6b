/**
 * Character tests the scanners ask for nearly every character of the text.
 */

/**
 * A test of one character (UTF-16 unit) against a one-character regex. The
 * scanners ask it for nearly every character of the text, so the answers for
 * Latin-1, which Danish text is almost all made of, are looked up in a table
 * built from the regex itself; other characters are given to the regex.
 */
export function characterTest(regex: RegExp): (char: string | undefined) => boolean {
  const test = codeTest(regex);
  return (char) => char !== undefined && test(char.charCodeAt(0));
}

export function codeTest(regex: RegExp): (code: number) => boolean {
  const latin1 = new Uint8Array(256);
  for (let code = 0; code < 256; code++) latin1[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
  return (code) => (code < 256 ? latin1[code] === 1 : regex.test(String.fromCharCode(code)));
}

const LETTER = /[\p{L}\p{M}]/u;
export const isSpace = characterTest(/\s/u);
export const isLetter = characterTest(LETTER);
export const isLetterCode = codeTest(LETTER);
export const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
export const isUpper = (char: string | undefined) =>
  char !== undefined && isLetter(char) && char === char.toUpperCase() && char !== char.toLowerCase();
