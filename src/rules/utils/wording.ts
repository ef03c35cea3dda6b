/**
 * How the fact rules quote a standard back to its writer: the words as
 * written, and the value they mean ("fire uger" (28 dage), "1, 3 og 6 måneder").
 * Shared by guarantee-days, complaint-deadline, follow-up-schedule and
 * contradiction, so one fact reads the same in every finding.
 */
import type { Fact, Lang, Standard } from '../../types.js';

/** The words that state a fact, as written in the file ("21 dage", "fire uger"). */
export function phraseOf(standard: Pick<Standard, 'source'>, fact: Fact<unknown>): string {
  const start = fact.position.start.offset;
  const end = fact.position.end.offset;
  const phrase = start !== undefined && end !== undefined ? standard.source.slice(start, end) : '';
  return phrase.replace(/\s+/gu, ' ').trim() || fact.text;
}

/** "14 dage" / "14 days" */
export function formatDays(days: number, lang: Lang): string {
  return lang === 'da' ? `${days} ${days === 1 ? 'dag' : 'dage'}` : `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The phrase as written, with the value it means when the wording differs: "fire uger" (28 dage). */
export function quoteWithValue(phrase: string, shown: string): string {
  return phrase.toLowerCase() === shown.toLowerCase() ? `"${phrase}"` : `"${phrase}" (${shown})`;
}

/** "1, 3, 6 og 12" / "1, 3, 6 and 12" */
export function joinNumbers(values: readonly number[], lang: Lang): string {
  const and = lang === 'da' ? 'og' : 'and';
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${and} ${values[values.length - 1]}`;
}

export function formatMonths(values: readonly number[], lang: Lang): string {
  const one = values.length === 1 && values[0] === 1;
  const unit = lang === 'da' ? (one ? 'måned' : 'måneder') : one ? 'month' : 'months';
  return `${joinNumbers(values, lang)} ${unit}`;
}
