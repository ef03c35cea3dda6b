/**
 * Fixes in the front-matter: dates written the Danish way (1.3.2024,
 * 01-03-2024, 1. marts 2024) become ISO dates (2024-03-01), and phone numbers
 * under kontakt become 8 digits in pairs ("12 34 56 78", "+45 12 34 56 78").
 * Each value is replaced where it stands, in its own quoting style.
 */
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import type { TextEdit } from './edits.js';
import { inBoth } from '../i18n/index.js';
import { fixWords } from '../i18n/fix.js';
import { withYamlLineEndings } from '../model/frontmatter.js';

// The reading of Danish dates is the model's (the check says when kvs fix can convert one).
import { isoDate } from '../model/danish-date.js';
export { isoDate };

/** A Danish phone number in pairs, or undefined when `written` is not 8 digits (after an optional +45 or 0045). */
export function pairedPhone(written: string): string | undefined {
  const compact = written.trim().replace(/[\s\u00a0.-]/gu, '');
  const match = /^(\+45|0045)?([1-9]\d{7})$/u.exec(compact);
  if (!match) return undefined;
  const pairs = match[2]!.replace(/(\d\d)(?=\d)/gu, '$1 ');
  return match[1] ? `+45 ${pairs}` : pairs;
}

/** The YAML between the first two `---` lines and its offset in the source; lines may end in \n, \r\n or a lone \r. */
function frontMatterOf(source: string): { yaml: string; offset: number } | undefined {
  const match = /^---[ \t]*(?:\r\n?|\n)/u.exec(source);
  if (!match) return undefined;
  const offset = match[0].length;
  const close = /^---[ \t]*$/mu.exec(source.slice(offset));
  if (!close) return undefined;
  return { yaml: source.slice(offset, offset + close.index), offset };
}

function replaceScalar(node: Scalar, value: string, offset: number, note: TextEdit['note']): TextEdit | undefined {
  if (!node.range) return undefined;
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  return { start: offset + node.range[0], end: offset + node.range[1], text: `${quote}${value}${quote}`, note };
}

export function frontMatterEdits(source: string): TextEdit[] {
  const found = frontMatterOf(source);
  if (!found) return [];
  // Same length either way, so the node ranges still point into the source.
  const doc = parseDocument(withYamlLineEndings(found.yaml));
  if (doc.errors.length > 0) return [];
  const edits: TextEdit[] = [];
  for (const path of [['godkendt', 'dato'], ['revision', 'dato']]) {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const iso = isoDate(node.value);
    if (!iso) continue;
    const written = node.value;
    const edit = replaceScalar(node, iso, found.offset, inBoth(fixWords, (t) => t.dateNote(path.join('.'), written, iso)));
    if (edit) edits.push(edit);
  }
  const contacts = doc.get('kontakt', true);
  if (isSeq(contacts)) {
    for (const item of contacts.items) {
      if (!isMap(item)) continue;
      const node = item.get('telefon', true);
      if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) continue;
      const written = String(node.value);
      const paired = pairedPhone(written);
      if (!paired || paired === written) continue;
      const edit = replaceScalar(node, paired, found.offset, inBoth(fixWords, (t) => t.contactPhoneNote(written, paired)));
      if (edit) edits.push(edit);
    }
  }
  return edits;
}
