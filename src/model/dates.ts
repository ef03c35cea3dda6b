/**
 * Dates from the front-matter are partial: a year (2018), a month (2023-06) or
 * a day (2023-06-21). They are shown as written, in words: "2018", "juni 2023",
 * "21. juni 2023" (English: "2018", "June 2023", "21 June 2023").
 */
import type { Lang } from '../types.js';
import { shared } from '../i18n/shared.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** A front-matter date: "2023-06-21", "2023-06", "2018", 2018 or a YAML timestamp. Anything else is undefined. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10000) return { year: value };
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date in words (src/i18n/shared.ts). */
export function formatDate(date: PartialDate, lang: Lang): string {
  return shared[lang].date(date);
}

/** The same precision, `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: PartialDate, years: number): PartialDate {
  const year = date.year + years;
  if (date.month === undefined) return { year };
  if (date.day === undefined) return { year, month: date.month };
  return { year, month: date.month, day: Math.min(date.day, daysIn(year, date.month)) };
}

/** "2018", "2023-06" or "2023-06-21": sorts in time order as text. */
export function isoOf(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The last day the date covers, as YYYY-MM-DD: a year runs to 31 December, a month to its last day. */
export function lastDayOf(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysIn(date.year, month);
  return isoOf({ year: date.year, month, day });
}

/** True when the whole period of `due` lies before `today` (YYYY-MM-DD). */
export function isOverdue(due: PartialDate, today: string): boolean {
  return lastDayOf(due) < today.slice(0, 10);
}

/** Today by the clock, YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True when the whole period of `date` lies after `day` (YYYY-MM-DD): "2027" is after 2026-12-07, "2026" is not. */
export function isAfter(date: PartialDate, day: string): boolean {
  return isoOf({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 }) > day.slice(0, 10);
}
