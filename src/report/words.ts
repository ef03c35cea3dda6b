/** The reporters' own words (not the findings' messages, which arrive localized). */
import type { Finding, Lang, Severity } from '../types.js';

const severityWords: Record<Lang, Record<Severity, string>> = {
  da: { error: 'fejl', warning: 'advarsel' },
  en: { error: 'error', warning: 'warning' },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return severityWords[lang][severity];
}

type Noun = 'problem' | 'error' | 'warning' | 'file' | 'finding';

const nouns: Record<Lang, Record<Noun, [one: string, many: string]>> = {
  da: {
    problem: ['problem', 'problemer'],
    error: ['fejl', 'fejl'],
    warning: ['advarsel', 'advarsler'],
    file: ['fil', 'filer'],
    finding: ['fund', 'fund'],
  },
  en: {
    problem: ['problem', 'problems'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    file: ['file', 'files'],
    finding: ['finding', 'findings'],
  },
};

/** "1 advarsel", "2 advarsler". */
export function countOf(n: number, noun: Noun, lang: Lang): string {
  const [one, many] = nouns[lang][noun];
  return `${n} ${n === 1 ? one : many}`;
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
