/**
 * Fixes in the text of a standard: phone numbers written as 8 digits in pairs,
 * and stale legal references whose replacement is unambiguous.
 *
 * A replacement is unambiguous when the data's advice (`instead`) is exactly
 * `Skriv "…".` — one wording, no condition and no choice — and the words as
 * written are not inflected (a genitive -s the replacement lacks is left to
 * the writer). A reference that starts at "§" or "stk." keeps the law's name
 * the writer already gave: "serviceloven § 101, stk. 2" → "serviceloven § 101, stk. 4".
 */
import type { Standard } from '../types.js';
import { findStaleReferences, type StaleMatch } from '../rules/stale-reference.js';
import type { TextEdit } from './edits.js';
import { pairedPhone } from './frontmatter.js';
import { inBoth } from '../i18n/index.js';
import { fixWords } from '../i18n/fix.js';

export function phoneEdits(standard: Standard): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const phone of standard.facts.phones) {
    const start = phone.position.start.offset;
    const end = phone.position.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = standard.source.slice(start, end);
    const paired = pairedPhone(written);
    if (!paired || paired === written) continue;
    edits.push({ start, end, text: paired, note: inBoth(fixWords, (t) => t.phoneNote(written, paired)) });
  }
  return edits;
}

/** The words to write instead of the stale reference, or undefined when that is not mechanical. */
export function replacementFor(match: Pick<StaleMatch, 'entry' | 'found'>): string | undefined {
  const advice = /^Skriv "([^"]+)"\.$/u.exec(match.entry.instead.da.trim());
  if (!advice) return undefined;
  const target = advice[1]!;
  const found = match.found.trim();
  if (/s$/iu.test(found) && !/s$/iu.test(target)) return undefined;
  if (found.startsWith('§')) return target.includes('§') ? target.slice(target.indexOf('§')) : undefined;
  if (/^(?:stk|stykke)/iu.test(found)) return target.includes('stk.') ? target.slice(target.indexOf('stk.')) : undefined;
  return target.includes('§') ? undefined : target;
}

export function staleReferenceEdits(standard: Standard, asOf: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of findStaleReferences(standard, asOf)) {
    const replacement = replacementFor(match);
    const written = standard.source.slice(match.start, match.end);
    // Only where the words stand as one run in the source (not split by markup or a line break).
    if (!replacement || written.replace(/\s+/gu, ' ') !== match.found || written.includes('\n')) continue;
    edits.push({
      start: match.start,
      end: match.end,
      text: replacement,
      note: inBoth(fixWords, (t) => t.referenceNote(written, replacement)),
    });
  }
  return edits;
}
