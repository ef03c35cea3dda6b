/**
 * Bytes to text, once, in one place. Everything after this sees a JS string
 * and never touches the disk. Danish files come from Word and old systems,
 * so legacy encodings are detected and converted, and the conversion is said.
 */
import type { Localized } from '../types.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean; notes: Localized[] }
  | { ok: false; reason: Localized };

/** Files larger than this are refused: no real standard is near it, and parsing cost grows with it. */
export const maxFileBytes = 10 * 1024 * 1024;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > maxFileBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      reason: {
        da: `Filen fylder ${mb} MB; grænsen er ${maxFileBytes / 1024 / 1024} MB. Del standarden op, eller fjern indlejrede billeder.`,
        en: `The file is ${mb} MB; the limit is ${maxFileBytes / 1024 / 1024} MB. Split the standard or remove embedded images.`,
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be', true);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    return {
      ok: false,
      reason: {
        da: 'Filen indeholder NUL-tegn og ser ud til at være en binær fil (fx .docx eller .pdf), ikke Markdown. Brug `kvs import` til Word- og PDF-filer.',
        en: 'The file contains NUL bytes and looks binary (e.g. .docx or .pdf), not Markdown. Use `kvs import` for Word and PDF files.',
      },
    };
  }
  try {
    return decoded(body, 'utf-8', bom, true);
  } catch {
    // Not valid UTF-8: the usual cause is a file saved as "ANSI" by Windows.
    return decoded(body, 'windows-1252', false);
  }
}

function decoded(bytes: Uint8Array, encoding: Encoding, bom: boolean, fatal = false): Decoded {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  const notes: Localized[] = [];
  if (encoding !== 'utf-8') {
    notes.push({
      da: `Filen er gemt som ${encoding.toUpperCase()} og er læst som sådan. Gem den som UTF-8, så andre værktøjer også viser æ, ø og å rigtigt.`,
      en: `The file is saved as ${encoding.toUpperCase()} and was read as such. Save it as UTF-8 so other tools show æ, ø and å correctly too.`,
    });
  }
  return { ok: true, text, encoding, bom, notes };
}
