/**
 * The law citations are checked against (schemas/law/citations.json): the
 * laws by the names standards write, which stk. of a paragraph exist in which
 * period and what each governs, and the executive orders with what replaced
 * them. Read once; every entry carries its source and what is unverified.
 */
import type { Localized, Severity } from '../types.js';
import { readSchemaFile } from './data.js';

export interface LawData {
  name: Localized;
  written: string[];
  source: string;
}

export interface StkData extends Localized {
  /** The topic's words in a citation's sentence (a regular expression, flags 'iu'). */
  cues: string;
  /** How wrong a citation of another stk. for this topic is (default warning). */
  severity?: Severity;
  /** Said of this stk. cited with no topic's words at all ({found} and {date} filled in). */
  uncued?: Localized;
  /** What to write instead, with `uncued`. */
  uncuedInstead?: Localized;
}

export interface PeriodData {
  /** First day (YYYY-MM-DD) the period's numbering is law; absent: always before `until`. */
  from?: string;
  fromUnverified?: boolean;
  /** First day it no longer is; absent: still in force. */
  until?: string;
  untilUnverified?: boolean;
  lastStk: number;
  /** False: stk. beyond `lastStk` may exist; no citation is called invalid for it. */
  lastStkVerified: boolean;
  source: string;
  stk: Record<string, StkData>;
}

export interface ParagraphData {
  law: string;
  paragraph: string;
  periods: PeriodData[];
}

export interface OrderData {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  title: Localized;
  /** First day in force, when the data knows it. */
  inForce?: string;
  inForceUnverified?: boolean;
  replacedOn?: string;
  replacedOnUnverified?: boolean;
  replacedBy?: Localized;
  severity?: Severity;
  source: string;
}

export interface CitationLaw {
  laws: Record<string, LawData>;
  paragraphs: ParagraphData[];
  orders: OrderData[];
}

let cache: CitationLaw | undefined;

export function citationLaw(): CitationLaw {
  cache ??= readSchemaFile<CitationLaw>('law/citations.json');
  return cache;
}

/** The numbering of a paragraph on a day, or undefined when the data has none. */
export function periodOn(law: string, paragraph: string, day: string): PeriodData | undefined {
  const entry = citationLaw().paragraphs.find((p) => p.law === law && p.paragraph === paragraph);
  return entry?.periods.find((period) => (period.from ?? '') <= day && (period.until === undefined || day < period.until));
}

/** The numbering of a paragraph before the one in force on a day. */
export function periodBefore(law: string, paragraph: string, day: string): PeriodData | undefined {
  const entry = citationLaw().paragraphs.find((p) => p.law === law && p.paragraph === paragraph);
  return entry?.periods.filter((period) => period.until !== undefined && period.until <= day).at(-1);
}

/** An executive order by number, and by date when the citation gives one. */
export function orderOf(number: string, date: string | undefined): OrderData | undefined {
  return citationLaw().orders.find((order) => order.number === number && (date === undefined || order.date === date));
}
