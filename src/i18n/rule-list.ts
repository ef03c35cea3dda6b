/** The words of `kvs rules` and docs/rules.md: the rules, the requirements and the rule sets. */
import { words } from './index.js';

export const ruleListWords = words({
  title: { da: 'Regler og krav', en: 'Rules and requirements' },
  language: { da: 'Dansk', en: 'English' },
  /** The anchor of a rule or requirement: the bare id in the Danish part, so the findings' docs links land there. */
  anchor: { da: (id: string) => id, en: (id) => `en-${id}` },
  intro: {
    da: 'Genereret fra regelsættene i `schemas/rulesets/` og reglerne i `src/rules/` med `npm run docs`. Ret ikke i hånden: en test fejler, når filen er forældet.',
    en: 'Generated from the rule sets in `schemas/rulesets/` and the rules in `src/rules/` by `npm run docs`. Do not edit by hand: a test fails when this file is stale.',
  },
  rules: { da: 'Regler', en: 'Rules' },
  lawData: { da: 'Lovdata for henvisninger', en: 'Law data for citations' },
  lawDataIntro: {
    da: 'Det, henvisningerne tjekkes mod (schemas/law/citations.json), med kilde. Det, der er markeret ikke bekræftet, giver ingen fejl.',
    en: 'What citations are checked against (schemas/law/citations.json), with sources. What is marked unverified gives no finding.',
  },
  source: { da: 'kilde', en: 'source' },
  period: {
    da: (from: string | undefined, until: string | undefined) => (from ? `fra ${from}` : '') + (from && until ? ' ' : '') + (until ? `til ${until}` : ''),
    en: (from, until) => (from ? `from ${from}` : '') + (from && until ? ' ' : '') + (until ? `until ${until}` : ''),
  },
  lastStk: { da: (n: number) => `stk. 1-${n}`, en: (n) => `stk. 1-${n}` },
  moreStk: { da: 'flere stk. kan findes', en: 'more stk. may exist' },
  replaced: { da: (day: string, by: string) => `afløst ${day} af ${by}`, en: (day, by) => `replaced ${day} by ${by}` },

  sets: { da: 'Regelsæt', en: 'Rule sets' },
  inForce: { da: 'Gælder fra', en: 'In force from' },
  law: { da: 'Lovgrundlag', en: 'Legal source' },
  severity: { da: 'Alvor', en: 'Severity' },
  key: { da: 'Nøgle', en: 'Key' },
  topic: { da: 'Emne', en: 'Topic' },
  headings: { da: 'Kendte overskrifter', en: 'Known headings' },
  // A rule's examples (its header's @example blocks), with what the check says of the failing one.
  fails: { da: 'Eksempel, der fejler', en: 'Example that fails' },
  passes: { da: 'Eksempel, der består', en: 'Example that passes' },
  findings: { da: 'Tjekket siger', en: 'The check says' },
  checkedOn: { da: 'tjekket pr.', en: 'checked as of' },
  more: { da: (n: number) => `… og ${n} fund mere`, en: (n) => `… and ${n} more` },
  example: { da: 'Eksempel', en: 'Example' },
  unverified: { da: 'ikke bekræftet', en: 'unverified' },
  error: { da: 'fejl', en: 'error' },
  warning: { da: 'advarsel', en: 'warning' },
  info: { da: 'info', en: 'info' },
  off: { da: 'slået fra', en: 'off' },
  ruleSeverities: { da: 'Regler i dette sæt', en: 'Rules in this set' },
  requirements: { da: 'Emner (krav)', en: 'Topics (requirements)' },
});
