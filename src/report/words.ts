/** The reporters' counts in words (src/i18n/report.ts). */
import type { Finding, Lang, Severity } from '../types.js';
import { reportWords } from '../i18n/report.js';

export function severityWord(severity: Severity, lang: Lang): string {
  return reportWords[lang].severity[severity];
}

/** "1 advarsel", "2 advarsler". */
export function countOf(n: number, noun: keyof (typeof reportWords)['da']['nouns'], lang: Lang): string {
  const [one, many] = reportWords[lang].nouns[noun];
  return `${n} ${n === 1 ? one : many}`;
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}
