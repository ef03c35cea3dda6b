/** The words of `kvs new`. */
import { words } from './index.js';

export const newWords = words({
  description: {
    da: 'lav en ny standard i standards/ med front-matter og alle de afsnit, loven kræver (overskriver intet)',
    en: 'create a new standard in standards/ with front-matter and every section the law requires (overwrites nothing)',
  },
  kommune: { da: 'kommunens navn, fx "Holbæk"', en: 'the kommune\'s name, e.g. "Holbæk"' },
  title: {
    da: 'standardens titel (standard: "Kvalitetsstandard for social behandling af stofmisbrug")',
    en: 'the title of the standard (default: "Kvalitetsstandard for social behandling af stofmisbrug")',
  },
  asOf: {
    da: 'brug reglerne på denne dato (ÅÅÅÅ-MM-DD; standard: i dag)',
    en: 'use the rules in force on this date (YYYY-MM-DD; default: today)',
  },
  out: {
    da: 'skriv til denne fil (standard: standards/<kommune>-stofmisbrug.md)',
    en: 'write to this file (default: standards/<kommune>-stofmisbrug.md)',
  },
  wrote: {
    da: (path: string, sections: number, ruleSet: string) => `Skrev ${path}: ${sections} afsnit efter regelsættet ${ruleSet}.`,
    en: (path, sections, ruleSet) => `Wrote ${path}: ${sections} sections from rule set ${ruleSet}.`,
  },
  next: {
    da: (path: string) =>
      [
        'Næste skridt:',
        `  1. Skriv teksten under hver overskrift i ${path}. Kommentaren under overskriften siger, hvad loven kræver, og giver et eksempel.`,
        '  2. Udfyld det, der er mærket UDFYLD i front-matter (kontakt, godkendelse, næste revision).',
        '  3. npx kvs check   — viser de afsnit, der stadig er tomme (empty-section).',
        '  4. npx kvs build   — folder og pjece i output/.',
      ].join('\n'),
    en: (path) =>
      [
        'Next steps:',
        `  1. Write the text under each heading in ${path}. The comment below each heading says what the law requires and gives an example.`,
        '  2. Fill in what is marked UDFYLD in the front-matter (contact, approval, next revision).',
        '  3. npx kvs check   — lists the sections that are still empty (empty-section).',
        '  4. npx kvs build   — leaflet and booklet in output/.',
      ].join('\n'),
  },
  noKommune: { da: 'Angiv kommunens navn: kvs new --kommune "Holbæk"', en: 'Give the kommune\'s name: kvs new --kommune "Holbæk"' },
  notMarkdown: {
    da: (out: string) => `-o skal være en Markdown-fil, der ender på .md, ikke "${out}".`,
    en: (out) => `-o must be a Markdown file ending in .md, not "${out}".`,
  },
  unsafe: { da: (why: string) => `${why} Intet er skrevet.`, en: (why) => `${why} Nothing was written.` },
  exists: {
    da: (file: string) => `${file} findes allerede — intet skrevet. Ret den eksisterende fil, eller vælg et andet navn med -o FIL.`,
    en: (file) => `${file} already exists — nothing written. Edit the existing file, or choose another name with -o FILE.`,
  },
  cannotWrite: {
    da: (file: string, reason: string) => `Kan ikke skrive ${file} (${reason}). Vælg en fil i en mappe, du kan skrive i, med -o FIL.`,
    en: (file, reason) => `Cannot write ${file} (${reason}). Choose a file in a folder you can write to with -o FILE.`,
  },
  empty: { da: (option: string) => `${option} må ikke være tom.`, en: (option) => `${option} must not be empty.` },
  notOneLine: {
    da: (option: string) => `${option} skal være én linje tekst på højst 200 tegn.`,
    en: (option) => `${option} must be one line of text of at most 200 characters.`,
  },
});
