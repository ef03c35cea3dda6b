/**
 * What is wrong with a standard's front-matter, in words: the YAML itself
 * (src/model/frontmatter-yaml-problems.ts) and its values against
 * schemas/frontmatter.schema.json (src/model/frontmatter-schema-problems.ts).
 * The problems are found before the language is chosen, so every entry comes
 * in both languages at once; a part of a message (which field, what was
 * given) comes in both too and is put in its language's sentence.
 */
import type { Localized } from '../types.js';
import { bilingual } from './index.js';

/** A field name or path as written in the YAML: `kontakt[0].telefon`. */
const code = (name: string) => `\`${name}\``;

/** The schema's own words for a field: `description` in Danish, `x-en` in English. */
export interface SchemaText {
  description?: string;
  'x-en'?: string;
}

/** The YAML parser's errors that have a clearer message, by its error code. */
export const yamlSyntaxMessages = bilingual({
  TAB_AS_INDENT: {
    da: 'Linjen er rykket ind med tabulator. YAML kræver mellemrum: brug fx to mellemrum.',
    en: 'The line is indented with a tab. YAML needs spaces: use two spaces, for example.',
  },
  BAD_INDENT: {
    da: 'Indrykningen passer ikke. Felter i samme gruppe skal begynde i samme kolonne, og lister i [ ] skal slutte med ].',
    en: 'The indentation does not fit. Fields in one group must start in the same column, and lists in [ ] must end with ].',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    da: 'YAML kan ikke læse linjen. Er den rykket for langt ind, eller indeholder værdien et kolon? Så sæt værdien i anførselstegn: titel: "Tekst: med kolon".',
    en: 'YAML cannot read the line. Is it indented too far, or does the value contain a colon? Then quote the value: titel: "Text: with colon".',
  },
  MULTILINE_IMPLICIT_KEY: {
    da: 'YAML kan ikke læse linjen. Mangler der et kolon efter feltnavnet (kommune: Holbæk), eller er linjen rykket forkert ind?',
    en: 'YAML cannot read the line. Is a colon missing after the field name (kommune: Holbæk), or is the line indented wrongly?',
  },
  MISSING_CHAR: {
    da: 'Der mangler et tegn, fx et afsluttende anførselstegn eller en afsluttende ] eller }.',
    en: 'A character is missing, such as a closing quote or a closing ] or }.',
  },
  BAD_SCALAR_START: {
    da: 'Værdien begynder med et tegn som YAML ikke tillader her (fx @, ` eller %). Sæt værdien i anførselstegn.',
    en: 'The value starts with a character YAML does not allow here (such as @, ` or %). Put the value in quotes.',
  },
  BAD_DQ_ESCAPE: {
    da: 'Tekst i dobbelte anførselstegn indeholder en ugyldig \\-kode. Brug enkelte anførselstegn eller skriv \\\\.',
    en: 'Text in double quotes contains an invalid \\ escape. Use single quotes or write \\\\.',
  },
  MULTIPLE_DOCS: {
    da: 'Front-matter må kun være ét YAML-dokument. Fjern linjen med --- eller ... inde i den.',
    en: 'Front-matter must be a single YAML document. Remove the --- or ... line inside it.',
  },
  RESOURCE_EXHAUSTION: {
    da: 'Front-matter er for dybt indlejret til at kunne læses.',
    en: 'Front-matter is nested too deeply to be read.',
  },
});

/** What is wrong with the YAML itself, before any schema. */
export const yamlMessages = bilingual({
  duplicateKey: {
    da: (key: string | undefined) => `Feltet${key === undefined ? '' : ` ${code(key)}`} står to gange i samme gruppe. Slet det ene, så det er klart hvilken værdi der gælder.`,
    en: (key) => `The field${key === undefined ? '' : ` ${code(key)}`} appears twice in the same group. Delete one so it is clear which value applies.`,
  },
  unclosedQuote: {
    da: 'Anførselstegnet her bliver aldrig lukket, så værdien løber til slutningen af front-matter. Sæt det afsluttende anførselstegn, hvor værdien slutter.',
    en: 'The quote here is never closed, so the value runs to the end of the front-matter. Put the closing quote where the value ends.',
  },
  /** Any other error of the YAML parser, with its own (English) first line. */
  otherError: { da: (detail: string) => `YAML-fejl: ${detail}`, en: (detail) => `YAML error: ${detail}` },
  empty: {
    da: (required: string[]) => `Front-matter er tom. Disse felter skal udfyldes: ${required.map(code).join(', ')}.`,
    en: (required) => `Front-matter is empty. These fields are required: ${required.map(code).join(', ')}.`,
  },
  notMapping: {
    da: (list: boolean) =>
      `Front-matter skal bestå af felter med navn og værdi, ét på hver linje, som \`kommune: Holbæk\` — ikke ${list ? 'en liste' : 'en enkelt værdi'}.`,
    en: (list) => `Front-matter must consist of fields with a name and value, one per line, like \`kommune: Holbæk\` — not ${list ? 'a list' : 'a single value'}.`,
  },
  tooManyAliases: {
    da: 'Front-matter bruger YAML-henvisninger (&navn og *navn) så mange gange at den ikke kan læses sikkert. Skriv værdierne ud i stedet.',
    en: 'Front-matter uses YAML aliases (&name and *name) so many times that it cannot be read safely. Write the values out instead.',
  },
});

/** What a value with a fixed form must look like, by field name. */
export const expectedForms = bilingual({
  dato: { da: 'en dato som 2023-06-21, 2023-06 eller 2023', en: 'a date like 2023-06-21, 2023-06 or 2023' },
  telefon: {
    da: 'et dansk telefonnummer med 8 cifre i anførselstegn, som "57 62 79 30" eller "+45 57 62 79 30"',
    en: 'a Danish phone number with 8 digits in quotes, like "57 62 79 30" or "+45 57 62 79 30"',
  },
  email: { da: 'en e-mailadresse som navn@kommune.dk', en: 'an e-mail address like name@kommune.dk' },
  web: {
    da: 'en webadresse der begynder med https://, som https://www.holbaek.dk',
    en: 'a web address starting with https://, like https://www.holbaek.dk',
  },
  interval_aar: { da: 'et helt antal år fra 1 til 10, fx 2', en: 'a whole number of years from 1 to 10, e.g. 2' },
});

/** The schema's types, as a person calls them. */
export const typeNames = bilingual({
  string: { da: 'tekst', en: 'text' },
  integer: { da: 'et helt tal', en: 'a whole number' },
  number: { da: 'et tal', en: 'a number' },
  boolean: { da: 'ja/nej (true/false)', en: 'yes/no (true/false)' },
  array: { da: 'en liste (linjer der begynder med -)', en: 'a list (lines starting with -)' },
  object: {
    da: 'en gruppe af felter (indrykkede linjer med navn: værdi)',
    en: 'a group of fields (indented lines of name: value)',
  },
  null: { da: 'tom', en: 'empty' },
});

/** A value against the schema: the parts (who, what was given, why) and the sentences they make. */
export const schemaMessages = bilingual({
  field: { da: (path: string) => `Feltet ${code(path)}`, en: (path) => `The field ${code(path)}` },
  item: { da: (path: string) => `Punktet ${code(path)}`, en: (path) => `The item ${code(path)}` },
  givenList: { da: 'en liste', en: 'a list' },
  givenEmpty: { da: 'tomt', en: 'empty' },
  givenGroup: { da: 'en gruppe af felter', en: 'a group of fields' },
  not: { da: (given: Localized) => `ikke ${given.da}`, en: (given) => `not ${given.en}` },
  doesNotExist: { da: (given: Localized) => `${given.da} findes ikke`, en: (given) => `${given.en} does not exist` },
  yearOutOfRange: {
    da: (min: number, max: number, year: string) => `årstallet skal ligge mellem ${min} og ${max}, ikke ${year}`,
    en: (min, max, year) => `the year must lie between ${min} and ${max}, not ${year}`,
  },
  wrongForm: {
    da: (who: Localized, expected: Localized, why: Localized) => `${who.da} skal være ${expected.da} — ${why.da}.`,
    en: (who, expected, why) => `${who.en} must be ${expected.en} — ${why.en}.`,
  },
  fixConverts: {
    da: (iso: string) => `kvs fix retter den til ${iso}.`,
    en: (iso) => `kvs fix converts it to ${iso}.`,
  },
  wrongType: {
    da: (who: Localized, type: Localized, given: Localized) => `${who.da} skal være ${type.da}, ikke ${given.da}.`,
    en: (who, type, given) => `${who.en} must be ${type.en}, not ${given.en}.`,
  },
  empty: { da: (who: Localized) => `${who.da} må ikke være tomt.`, en: (who) => `${who.en} must not be empty.` },
  /** Anything else, with AJV's own (English) words. */
  notValid: {
    da: (who: Localized, detail: string) => `${who.da} er ikke gyldigt (${detail}).`,
    en: (who, detail) => `${who.en} is not valid (${detail}).`,
  },
  missing: {
    da: (path: string, about: SchemaText | undefined) => `Feltet ${code(path)} mangler.${about?.description ? ` ${about.description}` : ''}`,
    en: (path, about) => `The field ${code(path)} is missing.${about?.['x-en'] ? ` ${about['x-en']}` : ''}`,
  },
  unknown: {
    da: (path: string, guess: string | undefined, allowed: string[]) =>
      `Feltet ${code(path)} kendes ikke.${guess ? ` Mente du ${code(guess)}?` : ''} Tilladte felter her: ${allowed.map(code).join(', ')}.`,
    en: (path, guess, allowed) =>
      `The field ${code(path)} is not known.${guess ? ` Did you mean ${code(guess)}?` : ''} Allowed fields here: ${allowed.map(code).join(', ')}.`,
  },
  notAllowed: {
    da: (who: Localized, allowed: string[], given: Localized, guess: string | undefined) =>
      `${who.da} skal være ${allowed.map(code).join(allowed.length === 2 ? ' eller ' : ', ')} — ikke ${given.da}.${guess ? ` Mente du ${code(guess)}?` : ''}`,
    en: (who, allowed, given, guess) =>
      `${who.en} must be ${allowed.map(code).join(allowed.length === 2 ? ' or ' : ', ')} — not ${given.en}.${guess ? ` Did you mean ${code(guess)}?` : ''}`,
  },
  emptyList: {
    da: (path: string) => `Listen ${code(path)} skal have mindst ét punkt.`,
    en: (path) => `The list ${code(path)} must have at least one item.`,
  },
  /** `first` and `second` count from 1. */
  repeatedItem: {
    da: (path: string, first: number, second: number) => `Listen ${code(path)} nævner det samme to gange (punkt ${first} og ${second}). Slet det ene.`,
    en: (path, first, second) => `The list ${code(path)} names the same thing twice (items ${first} and ${second}). Delete one.`,
  },
  oneOfFields: {
    da: (who: Localized, keys: string[]) => `${who.da} skal have mindst ét af felterne ${keys.map(code).join(' og ')}.`,
    en: (who, keys) => `${who.en} must have at least one of the fields ${keys.map(code).join(' and ')}.`,
  },
});
