/** The words of `kvs new`. Danish first; English with --lang en. */
import type { Lang } from '../types.js';

export const newText = {
  da: {
    description: 'lav en ny standard i standards/ med front-matter og alle de afsnit, loven kræver (overskriver intet)',
    kommune: 'kommunens navn, fx "Holbæk"',
    title: 'standardens titel (standard: "Kvalitetsstandard for social behandling af stofmisbrug")',
    asOf: 'brug reglerne på denne dato (ÅÅÅÅ-MM-DD; standard: i dag)',
    out: 'skriv til denne fil (standard: standards/<kommune>-stofmisbrug.md)',
    wrote: (path: string, sections: number, ruleSet: string) => `Skrev ${path}: ${sections} afsnit efter regelsættet ${ruleSet}.`,
    next: (path: string) =>
      [
        'Næste skridt:',
        `  1. Skriv teksten under hver overskrift i ${path}. Kommentaren under overskriften siger, hvad loven kræver, og giver et eksempel.`,
        '  2. Udfyld det, der er mærket UDFYLD i front-matter (kontakt, godkendelse, næste revision).',
        '  3. npx kvs check   — viser de afsnit, der stadig er tomme (empty-section).',
        '  4. npx kvs build   — folder og pjece i output/.',
      ].join('\n'),
  },
  en: {
    description: 'create a new standard in standards/ with front-matter and every section the law requires (overwrites nothing)',
    kommune: 'the kommune\'s name, e.g. "Holbæk"',
    title: 'the title of the standard (default: "Kvalitetsstandard for social behandling af stofmisbrug")',
    asOf: 'use the rules in force on this date (YYYY-MM-DD; default: today)',
    out: 'write to this file (default: standards/<kommune>-stofmisbrug.md)',
    wrote: (path: string, sections: number, ruleSet: string) => `Wrote ${path}: ${sections} sections from rule set ${ruleSet}.`,
    next: (path: string) =>
      [
        'Next steps:',
        `  1. Write the text under each heading in ${path}. The comment below each heading says what the law requires and gives an example.`,
        '  2. Fill in what is marked UDFYLD in the front-matter (contact, approval, next revision).',
        '  3. npx kvs check   — lists the sections that are still empty (empty-section).',
        '  4. npx kvs build   — leaflet and booklet in output/.',
      ].join('\n'),
  },
} satisfies Record<Lang, unknown>;
