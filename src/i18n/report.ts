/** The reporters' own words (not the findings' messages, which arrive in the chosen language). */
import { words } from './index.js';

type Noun = 'problem' | 'error' | 'warning' | 'file' | 'finding';

export const reportWords = words({
  severity: { da: { error: 'fejl', warning: 'advarsel', info: 'info' }, en: { error: 'error', warning: 'warning', info: 'info' } },
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
  // What was kept out of the count, and why: a summary line per kind ("3 fund slået fra med kvs-disable (required-section 3)").
  notCounted: {
    da: {
      directive: (findings: string, rules: string) => `${findings} slået fra med kvs-disable (${rules})`,
      marker: (findings: string, rules: string) => `${findings} ikke talt: emnet er tildelt med kvs-krav (${rules})`,
      config: (findings: string, rules: string) => `${findings} ikke talt: kvs.config.json slår dem fra (rules) eller kender overskriften (headings) (${rules})`,
      draft: (findings: string, rules: string) => `${findings} ikke talt, fordi standarden er et udkast (status: udkast) (${rules})`,
      baseline: (findings: string, rules: string) => `${findings} skjult af baseline (${rules})`,
    },
    en: {
      directive: (findings, rules) => `${findings} switched off with kvs-disable (${rules})`,
      marker: (findings, rules) => `${findings} not counted: the topic is claimed with kvs-krav (${rules})`,
      config: (findings, rules) => `${findings} not counted: kvs.config.json switches them off (rules) or names the heading (headings) (${rules})`,
      draft: (findings, rules) => `${findings} not counted because the standard is a draft (status: udkast) (${rules})`,
      baseline: (findings, rules) => `${findings} hidden by the baseline (${rules})`,
    },
  },
  /** Why one finding is not counted: "kvs-disable i linje 3", "baseline kvs-baseline.json". */
  notCountedBy: {
    da: {
      directive: (line: string) => `kvs-disable i linje ${line}`,
      marker: (line: string) => `kvs-krav i linje ${line}`,
      config: (key: string) => `kvs.config.json (${key})`,
      draft: (status: string) => status,
      baseline: (file: string) => `baseline ${file}`,
    },
    en: {
      directive: (line) => `kvs-disable on line ${line}`,
      marker: (line) => `kvs-krav on line ${line}`,
      config: (key) => `kvs.config.json (${key})`,
      draft: (status) => status,
      baseline: (file) => `baseline ${file}`,
    },
  },
  notCountedShort: { da: 'ikke talt', en: 'not counted' },
});

/**
 * How the law data and the rules word a caveat about their own sources ("ikke
 * bekræftet", "ikke efterprøvet"): kept for `kvs rules`, the docs and
 * --verbose, left out of what a writer reads by default (src/report/plain.ts).
 */
export const sourceCaveat: Record<'da' | 'en', RegExp> = {
  da: /\bikke (?:bekræftet|efterprøvet)\b/u,
  en: /\b(?:unverified|not (?:been )?verified)\b/u,
};
