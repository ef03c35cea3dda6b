/** Words several areas share: lists, counts of days and months, dates, LIX bands. */
import { words } from './index.js';

/** A front-matter date as written: a year, a month or a day (src/model/dates.ts). */
export interface DateWords {
  year: number;
  month?: number;
  day?: number;
}

/** "1 fil", "2 filer". */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const joined = (items: ReadonlyArray<string | number>, and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;

const monthNames = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const date = {
  da: (date: DateWords) => dateText(date, monthNames.da, (day, month, year) => `${day}. ${month} ${year}`),
  en: (date: DateWords) => dateText(date, monthNames.en, (day, month, year) => `${day} ${month} ${year}`),
};

export const shared = words({
  /** "A", "A og B", "A, B og C". */
  list: {
    da: (items: ReadonlyArray<string | number>) => joined(items, ' og '),
    en: (items) => joined(items, ' and '),
  },
  /** "14 dage". */
  days: {
    da: (n: number) => `${n} ${n === 1 ? 'dag' : 'dage'}`,
    en: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  },
  /** A deadline in weeks when it is whole weeks ("4 uger"), else in days. */
  period: {
    da: (days: number) => (days % 7 === 0 ? `${days / 7} ${days === 7 ? 'uge' : 'uger'}` : `${days} ${days === 1 ? 'dag' : 'dage'}`),
    en: (days) => (days % 7 === 0 ? `${days / 7} ${days === 7 ? 'week' : 'weeks'}` : `${days} ${days === 1 ? 'day' : 'days'}`),
  },
  /** "1, 3 og 6 måneder". */
  months: {
    da: (list: readonly number[]) => `${joined(list, ' og ')} ${list.length === 1 && list[0] === 1 ? 'måned' : 'måneder'}`,
    en: (list) => `${joined(list, ' and ')} ${list.length === 1 && list[0] === 1 ? 'month' : 'months'}`,
  },
  /** "2018", "juni 2023", "21. juni 2023" (English: "2018", "June 2023", "21 June 2023"). */
  date,
  /** "den 21. juni 2023", "i juni 2023", "i 2018" (English: "on 21 June 2023", "in June 2023", "in 2018"). */
  when: {
    da: (d: DateWords) => `${d.day === undefined ? 'i' : 'den'} ${date.da(d)}`,
    en: (d) => `${d.day === undefined ? 'in' : 'on'} ${date.en(d)}`,
  },
  lixHelp: {
    da: 'LIX måler, hvor svær en tekst er at læse: ord pr. sætning plus andelen af lange ord (over 6 bogstaver). Til og med 24 er meget let, 25–34 let, 35–44 middel, 45–54 svær og 55 eller mere meget svær.',
    en: 'LIX measures how hard a text is to read: words per sentence plus the share of long words (more than 6 letters). Up to 24 is very easy, 25–34 easy, 35–44 medium, 45–54 difficult and 55 or more very difficult.',
  },
  /** The LIX bands (src/model/lix.ts). */
  lixBands: {
    da: { 'very-easy': 'meget let', easy: 'let', medium: 'middel', difficult: 'svær', 'very-difficult': 'meget svær' },
    en: { 'very-easy': 'very easy', easy: 'easy', medium: 'medium', difficult: 'difficult', 'very-difficult': 'very difficult' },
  },
});

function dateText(date: DateWords, months: string[], day: (day: number, month: string, year: number) => string): string {
  if (date.month === undefined) return String(date.year);
  const month = months[date.month - 1] ?? '';
  if (date.day === undefined) return `${month} ${date.year}`;
  return day(date.day, month, date.year);
}
