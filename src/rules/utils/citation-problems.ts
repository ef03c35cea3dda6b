/**
 * What is wrong with a standard's law citations on the check date, judged
 * against schemas/law/citations.json: a citation of an executive order that
 * has been replaced, a "Stk. N." of a quoted § 101 that now governs another
 * topic (stale, with what to write instead), and a stk. beyond the last one
 * of the paragraph in force (invalid). What the data marks unverified as an
 * upper bound gives nothing. Shared by stale-reference and invalid-reference.
 */
import type { Localized, Severity, Standard } from '../../types.js';
import { readCitations, type Citation } from '../../model/citations/read.js';
import { orderOf, periodBefore, periodOn, type PeriodData } from '../../law/citations.js';

export interface CitationProblem {
  kind: 'stale' | 'invalid';
  citation: Citation;
  severity: Severity;
  /** The stale reference's words, with {found} and {date} as in schemas/stale-references.json. */
  message: Localized;
  instead: Localized;
  law: Localized;
  /** From this day the citation is wrong. */
  validUntil: string;
  unverified: boolean;
  /** invalid: the last stk. of the paragraph in force. */
  lastStk?: number;
}

const read = new WeakMap<Standard, Citation[]>();

/** The citations, read once per standard (both rules ask). */
function citationsOf(standard: Standard): Citation[] {
  let found = read.get(standard);
  if (!found) read.set(standard, (found = readCitations(standard)));
  return found;
}

export function citationProblems(standard: Standard, asOf: string): CitationProblem[] {
  const problems: CitationProblem[] = [];
  said = new Map();
  for (const citation of citationsOf(standard)) {
    const problem = citation.order ? orderProblem(citation, asOf) : paragraphProblem(citation, asOf);
    if (problem) problems.push(problem);
  }
  return problems;
}

function orderProblem(citation: Citation, asOf: string): CitationProblem | undefined {
  const order = orderOf(citation.order!.number, citation.order!.date);
  if (!order?.replacedOn || !order.replacedBy || order.replacedOn > asOf) return undefined;
  const unverified = order.replacedOnUnverified === true;
  return {
    kind: 'stale',
    citation,
    severity: order.severity ?? 'warning',
    message: {
      da: `"{found}" er den gamle ${order.title.da}. Fra {date} gælder ${order.replacedBy.da}.`,
      en: `"{found}" is the old ${order.title.en}. From {date} ${order.replacedBy.en} applies.`,
    },
    instead: { da: `Skriv "${order.replacedBy.da}".`, en: `Write "${order.replacedBy.da}".` },
    law: {
      da: `${order.replacedBy.da}${unverified ? ' (ikrafttræden ikke efterprøvet)' : ''}`,
      en: `${order.replacedBy.en}${unverified ? ' (in-force date unverified)' : ''}`,
    },
    validUntil: order.replacedOn,
    unverified,
  };
}

/** § 101 of serviceloven (or a § 101 without a law's name: in a § 101 standard it is serviceloven's). */
function paragraphProblem(citation: Citation, asOf: string): CitationProblem | undefined {
  const law = citation.law ?? 'serviceloven';
  if (citation.stk === undefined || citation.paragraph === undefined || law !== 'serviceloven') return undefined;
  const period = periodOn(law, citation.paragraph, asOf);
  if (!period) return undefined;
  const stk = citation.stk;
  const where = `§ ${citation.paragraph}`;
  if (stk > period.lastStk) {
    if (!period.lastStkVerified) return undefined;
    return {
      kind: 'invalid',
      citation,
      severity: 'error',
      message: { da: '', en: '' },
      instead: { da: '', en: '' },
      law: { da: `Serviceloven ${where} (${period.source})`, en: `Social Services Act ${where} (${period.source})` },
      validUntil: period.from ?? asOf,
      unverified: false,
      lastStk: period.lastStk,
    };
  }
  if (!citation.quoted) return renumbered(citation, period, where, asOf);
  const before = periodBefore(law, citation.paragraph, asOf);
  const then = before?.stk[String(stk)];
  if (!before || !then || !matches(then.cues, citation) || matches(period.stk[String(stk)]?.cues, citation)) return undefined;
  const now = topicNow(period, then.cues);
  if (now === undefined) return undefined;
  const unverified = before.untilUnverified === true || period.fromUnverified === true;
  return {
    kind: 'stale',
    citation,
    severity: 'error',
    message: {
      da: `Den citerede lovtekst er ${where}, som den lød før {date}: "{found}" om ${then.da}. Fra {date} står det i ${where}, stk. ${now}.`,
      en: `The quoted law text is ${where} as it read before {date}: "{found}" on ${then.en}. From {date} it is in ${where}, stk. ${now}.`,
    },
    instead: {
      da: `Citér den gældende lovtekst, eller skriv "serviceloven ${where}, stk. ${now}".`,
      en: `Quote the law in force, or write "serviceloven ${where}, stk. ${now}".`,
    },
    law: { da: `Serviceloven ${where}, stk. ${now} (${period.source})`, en: `Social Services Act ${where}, stk. ${now} (${period.source})` },
    validUntil: before.until!,
    unverified,
  };
}

/**
 * A citation of § 101, stk. N in a period that renumbered the paragraph,
 * whose sentence speaks of another stk.'s topic and not of stk. N's: it
 * gets the stk. that governs the topic now. A stk. with `uncued` words gets
 * them when its sentence speaks of no topic.
 */
function renumbered(citation: Citation, period: PeriodData, where: string, asOf: string): CitationProblem | undefined {
  const law = citation.law ?? 'serviceloven';
  const before = periodBefore(law, citation.paragraph!, asOf);
  if (!before || !period.from) return undefined;
  const cited = period.stk[String(citation.stk)];
  if (matches(cited?.cues, citation)) return undefined;
  const source = { da: `Serviceloven ${where} (${period.source})`, en: `Social Services Act ${where} (${period.source})` };
  const common = { kind: 'stale' as const, citation, validUntil: period.from, unverified: period.fromUnverified === true };
  const topic = Object.entries(period.stk).find(([, data]) => matches(data.cues, citation));
  if (!topic) {
    if (!cited?.uncued) return undefined;
    return {
      ...common,
      severity: 'warning',
      message: { da: `"{found}" ${cited.uncued.da}`, en: `"{found}" ${cited.uncued.en}` },
      instead: cited.uncuedInstead ?? { da: '', en: '' },
      law: source,
    };
  }
  const [now, data] = topic;
  return {
    ...common,
    severity: data.severity ?? 'warning',
    message: {
      da: `"{found}" bruges her om ${data.da}. Fra {date} blev ${where} nummereret om, og ${data.da} står nu i ${where}, stk. ${now}.`,
      en: `"{found}" is used here for ${data.en}. From {date} ${where} was renumbered, and ${data.en} is now in ${where}, stk. ${now}.`,
    },
    instead: { da: `Skriv "serviceloven ${where}, stk. ${now}".`, en: `Write "serviceloven ${where}, stk. ${now}".` },
    law: { da: `Serviceloven ${where}, stk. ${now} (${period.source})`, en: `Social Services Act ${where}, stk. ${now} (${period.source})` },
  };
}

/** The stk. that governs a topic in a period: the one with the same cues. */
function topicNow(period: PeriodData, cues: string): number | undefined {
  const entry = Object.entries(period.stk).find(([, data]) => data.cues === cues);
  return entry ? Number(entry[0]) : undefined;
}

const compiled = new Map<string, RegExp>();
/** Per sentence (its key) and cues: whether the sentence speaks of the topic. A long sentence with many citations is searched once per topic. */
let said = new Map<string, boolean>();

function matches(cues: string | undefined, citation: Citation): boolean {
  if (cues === undefined) return false;
  const key = `${citation.sentenceKey}|${cues}`;
  let found = said.get(key);
  if (found === undefined) {
    let regex = compiled.get(cues);
    if (!regex) compiled.set(cues, (regex = new RegExp(cues, 'iu')));
    said.set(key, (found = regex.test(citation.sentence)));
  }
  return found;
}
