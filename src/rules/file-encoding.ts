/**
 * file-encoding: the file is UTF-8, and its letters were not converted twice.
 *
 * A file saved as "ANSI" (Windows-1252) or UTF-16 is read and converted, but
 * other tools may read it wrongly, so the rule says which encoding it found, at
 * line 1. A UTF-8 file that was once read as Windows-1252 and saved again has
 * "Ã¦" for "æ" and "Ã¥" for "å": valid UTF-8, so nothing else notices. The
 * rule finds these pairs and shows what they were.
 *
 * Law: none (a rule of the tool itself).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   Du kan få hjælp, hvis du har et problem med stoffer.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   Du kan fÃ¥ hjÃ¦lp, hvis du har et problem med stoffer.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { fileEncodingMessages as messages } from '../i18n/rules/file-encoding.js';
import { encodingName, legacyEncodingNote, windows1252Byte } from '../model/read.js';
import { locator } from '../model/positions.js';

/**
 * UTF-8 read as Windows-1252 and saved again as UTF-8: "æ" has become "Ã¦".
 * The text is valid UTF-8, so nothing else notices. The pairs below are what
 * Danish letters, § and common punctuation turn into; none occurs in real text.
 */
const mojibake = /Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Â[\u00a0-\u00bf]|â€[\u0080-\u00bf\u0153\u0161\u017e\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2122]/gu;

export const fileEncoding: Rule<typeof messages> = {
  meta: {
    id: 'file-encoding',
    description: {
      da: 'Filen bør være gemt som UTF-8. En anden tegnkodning læses og omsættes, men siges; tekst hvor æ, ø og å er blevet til "Ã¦", "Ã¸" og "Ã¥" (dobbelt omsat) findes og vises.',
      en: 'The file should be saved as UTF-8. Another encoding is read and converted, but said; text where æ, ø and å have become "Ã¦", "Ã¸" and "Ã¥" (converted twice) is found and shown.',
    },
    law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
    severity: 'warning',
    docs: docsUrl('file-encoding'),
    messages,
  },
  check(context) {
    const { standard } = context;
    if (context.encoding && context.encoding !== 'utf-8') {
      const start = { line: 1, column: 1, offset: 0 };
      context.report({
        position: { start, end: start },
        messageId: 'legacyEncoding',
        hintId: 'saveAsUtf8',
        data: { note: legacyEncodingNote(context.encoding), encoding: encodingName(context.encoding) },
      });
    }
    const found = [...standard.source.matchAll(mojibake)];
    const first = found[0];
    if (!first) return;
    const at = locator(standard.source);
    const examples = [...new Set(found.map((match) => match[0]))].slice(0, 3).map((text) => `"${text}" → "${repair(text)}"`);
    context.report({
      position: { start: at.toPoint(first.index), end: at.toPoint(first.index + first[0].length) },
      messageId: 'mojibake',
      hintId: 'readAsWindows1252',
      data: { examples, count: found.length },
    });
  },
};

/** What the characters were: their Windows-1252 bytes read as UTF-8. */
function repair(text: string): string {
  const bytes = [...text].map((char) => windows1252Byte(char) ?? char.charCodeAt(0) & 0xff);
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}
