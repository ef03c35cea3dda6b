/** The reporters' own words (not the findings' messages, which arrive in the chosen language). */
import { words } from './index.js';

type Noun = 'problem' | 'error' | 'warning' | 'file' | 'finding';

export const reportWords = words({
  severity: { da: { error: 'fejl', warning: 'advarsel' }, en: { error: 'error', warning: 'warning' } },
  /** Each noun, one and many: "1 advarsel", "2 advarsler". */
  nouns: {
    da: {
      problem: ['problem', 'problemer'],
      error: ['fejl', 'fejl'],
      warning: ['advarsel', 'advarsler'],
      file: ['fil', 'filer'],
      finding: ['fund', 'fund'],
    } as Record<Noun, [one: string, many: string]>,
    en: {
      problem: ['problem', 'problems'],
      error: ['error', 'errors'],
      warning: ['warning', 'warnings'],
      file: ['file', 'files'],
      finding: ['finding', 'findings'],
    },
  },
  noProblems: { da: (files: string) => `Ingen problemer i ${files}`, en: (files) => `No problems in ${files}` },
  // What was switched off, and why.
  switchedOffByDirective: {
    da: (findings: string, rules: string) => `${findings} slået fra med kvs-disable (${rules})`,
    en: (findings, rules) => `${findings} switched off with kvs-disable (${rules})`,
  },
  hiddenByBaseline: {
    da: (findings: string, rules: string) => `${findings} skjult af baseline (${rules})`,
    en: (findings, rules) => `${findings} hidden by the baseline (${rules})`,
  },
  byBaseline: { da: (file: string) => `baseline ${file}`, en: (file) => `baseline ${file}` },
  byDirective: { da: (line: string) => `kvs-disable i linje ${line}`, en: (line) => `kvs-disable on line ${line}` },
  switchedOff: { da: 'slået fra', en: 'switched off' },
});
