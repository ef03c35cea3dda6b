/**
 * How the fact rules quote a standard back to its writer: the words as
 * written ("fire uger"). Shared by guarantee-days, complaint-deadline and
 * contradiction, so one fact reads the same in every finding; the value it
 * means is put in words by the message catalogue (src/i18n/rules/shared.ts).
 */
import type { Fact, Standard } from '../../types.js';

/** The words that state a fact, as written in the file ("21 dage", "fire uger"). */
export function phraseOf(standard: Pick<Standard, 'source'>, fact: Fact<unknown>): string {
  const start = fact.position.start.offset;
  const end = fact.position.end.offset;
  const phrase = start !== undefined && end !== undefined ? standard.source.slice(start, end) : '';
  return phrase.replace(/\s+/gu, ' ').trim() || fact.text;
}
