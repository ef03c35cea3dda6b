import { UsageError } from '../errors.js';
import { todayIso } from '../model/dates.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

export const today = todayIso;

/** A real calendar date in YYYY-MM-DD form, or a usage error that shows the form. */
export function parseAsOf(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(inBoth(checkWords, (t) => t.badDate(value)));
  }
  return value;
}
