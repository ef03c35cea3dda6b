/**
 * Bytes to text, once, in one place. Everything after this sees a JS string
 * and never touches the disk. Danish files come from Word and old systems,
 * so legacy encodings are detected and converted, and the conversion is said.
 * What cannot be read as text, or exceeds the input limits (limits.ts), is
 * refused here, before any parsing, with the place and what to do.
 */
import { Buffer } from 'node:buffer';
import type { Localized, Point } from '../types.js';
import { decodeMessages } from '../i18n/decode.js';
import { findLimitBreach, inputLimits, limitMessage, sizeBreach, tooLargeToDecode, type LimitBreach } from './limits.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a file is not read: not text at all (`unreadable-file`), or beyond an input limit (`input-limit`). */
export interface Refusal {
  ok: false;
  reason: Localized;
  rule: 'unreadable-file' | 'input-limit';
  /** Where the problem is first seen: 1:1 for a file that is not text. */
  at: Point;
  /** The limit exceeded, for an `input-limit` refusal. */
  breach?: LimitBreach;
}

export type Decoded = { ok: true; text: string; encoding: Encoding; bom: boolean; notes: Localized[] } | Refusal;

/** The name of an encoding as the messages give it. Bytes 0x80-0x9F are read as Windows-1252, which ISO-8859-1 leaves as control codes no text uses. */
export function encodingName(encoding: Encoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252/ISO-8859-1' }[encoding];
}

/**
 * `size` is the file's whole size when only its first bytes were read (the
 * reader in src/fs/read.ts stops just past the size limit).
 *
 * The text comes out in Unicode NFC: "å" copied from a Mac is often "a" with
 * a combining ring (NFD), which no word list, pattern or file name would
 * match, so every command sees the composed form.
 */
export function decode(bytes: Uint8Array, size = bytes.length): Decoded {
  if (tooLargeToDecode(size)) return limitRefusal(sizeBreach(size)!);
  const read = readText(size > bytes.length ? cutAtCharacter(bytes) : bytes);
  if (!read.ok) return read;
  const sizeFound = sizeBreach(size, read.text, charsWithin(bytes, read, size));
  if (sizeFound) return limitRefusal(sizeFound);
  const text = read.text.normalize('NFC');
  const breach = findLimitBreach(text);
  if (breach) return limitRefusal(breach);
  return { ok: true, text, encoding: read.encoding, bom: read.bom, notes: read.notes };
}

/** Bytes cut off in the middle of a UTF-8 or UTF-16 character end before it, so a cut file is not taken for another encoding. */
function cutAtCharacter(bytes: Uint8Array): Uint8Array {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return bytes.subarray(0, bytes.length & ~1);
  let end = bytes.length;
  let continuation = 0;
  while (continuation < 3 && end - continuation > 0 && (bytes[end - continuation - 1]! & 0xc0) === 0x80) continuation++;
  const lead = bytes[end - continuation - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (continuation + 1 < length) end -= continuation + 1;
  }
  return bytes.subarray(0, end);
}

type Read = Extract<Decoded, { ok: true }> & { skipped: number };

function readText(bytes: Uint8Array): Read | Refusal {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes, 2, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes, 2, 'utf-16be', true);
  const magic = fileKind(bytes);
  if (magic) {
    return unreadable(decodeMessages.notMarkdown(magic));
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decoded(bytes, 0, utf16, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.subarray(bom ? 3 : 0).includes(0)) {
    return unreadable(decodeMessages.binary);
  }
  // Not valid UTF-8: the usual cause is a file saved as "ANSI" by Windows.
  return decoded(bytes, bom ? 3 : 0, 'utf-8', bom) ?? decoded(bytes, 0, 'windows-1252', false);
}

/** Formats that are surely not text, by their first bytes. */
function fileKind(bytes: Uint8Array): Localized | undefined {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return decodeMessages.pdf;
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return decodeMessages.zip;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return decodeMessages.doc;
  return undefined;
}

/**
 * UTF-16 saved without a byte order mark: in text that is mostly Latin, every
 * other byte is NUL. Judged on the first 4 KB.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) evenZero++;
    if (bytes[2 * pair + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decoded(bytes: Uint8Array, skip: number, encoding: 'utf-8', bom: boolean): Read | undefined;
function decoded(bytes: Uint8Array, skip: number, encoding: Encoding, bom: boolean): Read | Refusal;
function decoded(bytes: Uint8Array, skip: number, encoding: Encoding, bom: boolean): Read | Refusal | undefined {
  let text: string;
  try {
    // windows-1252 decodes every byte; UTF-8 and UTF-16 must be valid.
    text =
      encoding === 'windows-1252'
        ? decodeWindows1252(bytes.subarray(skip))
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    if (encoding === 'utf-8') return undefined;
    return unreadable(decodeMessages.invalidCharacters(encodingName(encoding)));
  }
  const notes: Localized[] = [];
  if (encoding !== 'utf-8') notes.push(legacyEncodingNote(encoding));
  return { ok: true, text, encoding, bom, notes, skipped: skip };
}

/** The note for a file read in another encoding than UTF-8; the check's `file-encoding` rule says the same. */
export function legacyEncodingNote(encoding: Encoding): Localized {
  return decodeMessages.legacyEncoding(encodingName(encoding));
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the WHATWG index; the
 * five bytes it leaves undefined stay control codes); every other byte is the
 * ISO-8859-1 character of the same number. Node's own TextDecoder reads these
 * bytes as control codes since 20.18.3 (nodejs/node#60888), which would turn
 * "–", "”" and "€" into invisible characters, so the table is here.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80]!);
}

/** The Windows-1252 byte of a character, if it has one. */
export function windows1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (char.length !== 1) return undefined;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const high = windows1252High.indexOf(char);
  return high === -1 ? undefined : 0x80 + high;
}

/** How many characters of the text come from the bytes within the size limit. */
function charsWithin(bytes: Uint8Array, read: Read, size: number): number | undefined {
  if (size <= inputLimits.fileBytes) return undefined;
  if (read.encoding === 'windows-1252') return inputLimits.fileBytes;
  const within = bytes.subarray(read.skipped, Math.max(read.skipped, inputLimits.fileBytes));
  // A character split by the limit is left out, not counted as a replacement.
  return new TextDecoder(read.encoding, { ignoreBOM: true }).decode(within, { stream: true }).length;
}

function unreadable(reason: Localized): Refusal {
  return { ok: false, reason, rule: 'unreadable-file', at: { line: 1, column: 1 } };
}

/** The refusal for a text beyond an input limit. */
export function limitRefusal(breach: LimitBreach): Refusal {
  return { ok: false, reason: limitMessage(breach), rule: 'input-limit', at: { line: breach.line, column: breach.column, offset: breach.offset }, breach };
}
