/**
 * Front-matter: parse the YAML between the `---` fences and check it against
 * schemas/frontmatter.schema.json. Every problem is data with a place in the
 * whole Markdown file, in Danish and English; nothing here throws on bad input.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { distance } from 'fastest-levenshtein';
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { FrontMatter, FrontMatterProblem, Localized, Point, Position } from '../types.js';
import { validatorFor } from '../law/validators.js';

interface PropertySchema {
  description?: string;
  'x-en'?: string;
  properties?: Record<string, PropertySchema>;
  required?: string[];
}

interface FrontMatterSchema extends PropertySchema {
  properties: Record<string, PropertySchema>;
  required: string[];
}

// src/model/ (tests) and dist/model/ (built) are both two levels below the package root.
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/frontmatter.schema.json', import.meta.url), 'utf8'),
) as FrontMatterSchema;

/** The keys allowed at the top of the front-matter, in schema order. */
export const frontMatterKeys: readonly string[] = Object.keys(schema.properties);

/** A copy of the front-matter JSON Schema, for editors and documentation. */
export function frontMatterSchema(): Record<string, unknown> {
  return structuredClone(schema) as unknown as Record<string, unknown>;
}

// ---------------------------------------------------------------------------
// Validator, compiled once.

// The AJV set-up is in src/law/validators.ts, which uses the code `npm run build` compiled ahead.
const validate = validatorFor('frontMatter', 'frontMatter', schema, {
  dato: { type: 'string', validate: (text: string) => dateFault(text) === undefined },
});

const YEARS = { min: 1990, max: 2100 };

/** Why a date written as text is not acceptable, or undefined if it is. */
function dateFault(text: string): 'shape' | 'year' | 'missing' | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return 'shape';
  const [year, month, day] = [Number(match[1]), match[2], match[3]];
  if (year < YEARS.min || year > YEARS.max) return 'year';
  if (month === undefined) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return 'missing';
  if (day === undefined) return undefined;
  const d = Number(day);
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return d >= 1 && d <= lastDay ? undefined : 'missing';
}

// ---------------------------------------------------------------------------
// Positions: YAML offsets → points in the whole file.

class Locator {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly origin: Point,
  ) {
    // Count line endings as micromark does (\r\n, \r, \n) so lines match the Markdown tree.
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.lineStarts.push(match.index + match[0].length);
  }

  point(offset: number): Point {
    let at = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of one line ending is still the end of that line.
    if (at > 0 && this.text.charCodeAt(at - 1) === 13 && this.text.charCodeAt(at) === 10) at--;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const column = at - (this.lineStarts[lo] ?? 0) + 1;
    const point: Point = {
      line: this.origin.line + lo,
      column: lo === 0 ? this.origin.column + column - 1 : column,
    };
    if (this.origin.offset !== undefined) point.offset = this.origin.offset + at;
    return point;
  }

  span(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** From `start` to the end of its line: for pointing at a whole mapping without underlining all of it. */
  lineFrom(start: number): Position {
    const rest = this.text.slice(start);
    const eol = rest.search(/\r|\n/);
    return this.span(start, eol === -1 ? this.text.length : start + eol);
  }

  all(): Position {
    return this.span(0, this.text.length);
  }
}

// ---------------------------------------------------------------------------
// Entry point.

/**
 * The YAML parser knows \n and \r\n but not a lone \r (old Mac files), which
 * Markdown counts as a line ending: it is made a \n, one for one, so every
 * offset the parser gives is still an offset in the file.
 */
export function withYamlLineEndings(yamlText: string): string {
  return yamlText.replace(/\r(?!\n)/g, '\n');
}

export function readFrontMatter(yamlText: string, origin: Point): FrontMatter {
  const at = new Locator(yamlText, origin);
  const position = at.all();
  // logLevel 'error' keeps MULTIPLE_DOCS (dropped at 'silent') but stops console warnings.
  const doc = parseDocument(withYamlLineEndings(yamlText), { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });

  const syntax = [...doc.errors, ...doc.warnings].map((error) => syntaxProblem(error, doc, yamlText, at));
  if (doc.errors.length > 0) {
    // A broken document gives misleading schema errors; fix the syntax first.
    return { data: undefined, position, problems: sorted(syntax) };
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { data: undefined, position, problems: [...syntax, emptyProblem(position)] };
  }
  if (!isMap(root)) {
    return { data: undefined, position, problems: [...syntax, notMappingProblem(root, at)] };
  }

  let data: Record<string, unknown>;
  try {
    // Policy writers need no aliases; a low limit stops "billion laughs" expansion.
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    return { data: undefined, position, problems: [...syntax, aliasProblem(doc, at)] };
  }

  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], data, doc, at);
  return { data, position, problems: sorted([...syntax, ...problems]) };
}

function sorted(problems: FrontMatterProblem[]): FrontMatterProblem[] {
  return problems.sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column);
}

// ---------------------------------------------------------------------------
// YAML syntax problems.

const SYNTAX: Partial<Record<YAMLError['code'], Localized>> = {
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
};

function syntaxProblem(error: YAMLError, doc: Document, text: string, at: Locator): FrontMatterProblem {
  const [start, end] = error.pos;
  const position = at.span(start, Math.max(end, Math.min(start + 1, text.length)));
  if (error.code === 'DUPLICATE_KEY') {
    const key = duplicateKeyAt(doc.contents, start);
    const name = key === undefined ? '' : ` \`${keyName(key)}\``;
    const range = key?.range;
    return {
      message: {
        da: `Feltet${name} står to gange i samme gruppe. Slet det ene, så det er klart hvilken værdi der gælder.`,
        en: `The field${name} appears twice in the same group. Delete one so it is clear which value applies.`,
      },
      position: range ? at.span(range[0], range[1]) : position,
      path: key === undefined ? '' : keyName(key),
    };
  }
  const unclosed = error.code === 'MISSING_CHAR' ? unclosedQuote(doc, start) : undefined;
  if (unclosed) {
    return {
      message: {
        da: 'Anførselstegnet her bliver aldrig lukket, så værdien løber til slutningen af front-matter. Sæt det afsluttende anførselstegn, hvor værdien slutter.',
        en: 'The quote here is never closed, so the value runs to the end of the front-matter. Put the closing quote where the value ends.',
      },
      position: at.span(unclosed, unclosed + 1),
      path: '',
    };
  }
  const known = SYNTAX[error.code];
  const detail = error.message.split('\n')[0] ?? '';
  return {
    message: known ?? {
      da: `YAML-fejl: ${detail}`,
      en: `YAML error: ${detail}`,
    },
    position,
    path: '',
  };
}

/** Where the quoted value that a "missing closing quote" error at `offset` (its end) begins. */
function unclosedQuote(doc: Document, offset: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, scalar) {
      if ((scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && scalar.range?.[1] === offset) found = scalar.range[0];
    },
  });
  return found;
}

/**
 * The repeated key a DUPLICATE_KEY error at `offset` is about: the one that
 * starts there, else the first repeated key after it (after an empty value,
 * as in `kontakt:` on one line and `kontakt: …` on the next, the parser
 * reports the place of the empty value instead).
 */
function duplicateKeyAt(node: unknown, offset: number): YamlNode | undefined {
  const repeated: YamlNode[] = [];
  visit(node as YamlNode, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isNode(pair.key)) continue;
        const name = keyName(pair.key);
        if (seen.has(name)) repeated.push(pair.key);
        seen.add(name);
      }
    },
  });
  const starts = (key: YamlNode) => key.range?.[0] ?? -1;
  return repeated.find((key) => starts(key) === offset) ?? repeated.filter((key) => starts(key) >= offset).sort((a, b) => starts(a) - starts(b))[0];
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

// ---------------------------------------------------------------------------
// Whole-document problems.

function emptyProblem(position: Position): FrontMatterProblem {
  const keys = schema.required.map((k) => `\`${k}\``).join(', ');
  return {
    message: {
      da: `Front-matter er tom. Disse felter skal udfyldes: ${keys}.`,
      en: `Front-matter is empty. These fields are required: ${keys}.`,
    },
    position,
    path: '',
  };
}

function notMappingProblem(root: YamlNode, at: Locator): FrontMatterProblem {
  const what = isSeq(root) ? { da: 'en liste', en: 'a list' } : { da: 'en enkelt værdi', en: 'a single value' };
  return {
    message: {
      da: `Front-matter skal bestå af felter med navn og værdi, ét på hver linje, som \`kommune: Holbæk\` — ikke ${what.da}.`,
      en: `Front-matter must consist of fields with a name and value, one per line, like \`kommune: Holbæk\` — not ${what.en}.`,
    },
    position: root.range ? at.span(root.range[0], root.range[1]) : at.all(),
    path: '',
  };
}

function aliasProblem(doc: Document, at: Locator): FrontMatterProblem {
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_key, alias) {
      if (alias.range) range = [alias.range[0], alias.range[1]];
      return visit.BREAK;
    },
  });
  return {
    message: {
      da: 'Front-matter bruger YAML-henvisninger (&navn og *navn) så mange gange at den ikke kan læses sikkert. Skriv værdierne ud i stedet.',
      en: 'Front-matter uses YAML aliases (&name and *name) so many times that it cannot be read safely. Write the values out instead.',
    },
    position: range ? at.span(range[0], range[1]) : at.all(),
    path: '',
  };
}

// ---------------------------------------------------------------------------
// Schema problems.

type Segment = string | number;

/** What a value with a fixed form must look like, by field name. */
const EXPECTED: Record<string, Localized> = {
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
};

/** Keywords that say "this value has the wrong form": one message per value is enough. */
const FORM_KEYWORDS = new Set(['type', 'pattern', 'format', 'minimum', 'maximum', 'anyOf', 'minLength']);

const TYPE_NAMES: Record<string, Localized> = {
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
};

function schemaProblems(
  errors: ErrorObject[],
  data: Record<string, unknown>,
  doc: Document,
  at: Locator,
): FrontMatterProblem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    // The if/then error only repeats the `required` error it causes.
    if (error.keyword === 'if') continue;
    byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
  }

  const problems: FrontMatterProblem[] = [];
  for (const [pointer, group] of byPath) {
    const segments = parsePointer(pointer);
    const form = group.filter((e) => FORM_KEYWORDS.has(e.keyword));
    if (form.length > 0) problems.push(formProblem(segments, valueAt(data, segments), form, doc, at));
    for (const error of group) {
      if (!FORM_KEYWORDS.has(error.keyword)) problems.push(otherProblem(error, segments, doc, at));
    }
  }
  return problems;
}

function parsePointer(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function dotted(segments: Segment[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function valueAt(data: unknown, segments: Segment[]): unknown {
  let value = data;
  for (const s of segments) value = (value as Record<string | number, unknown> | undefined)?.[s];
  return value;
}

/** "Feltet `x`" for a field, "Punktet `x[0]`" for a list item. */
function subject(segments: Segment[]): Localized {
  const path = dotted(segments);
  return typeof segments.at(-1) === 'number'
    ? { da: `Punktet \`${path}\``, en: `The item \`${path}\`` }
    : { da: `Feltet \`${path}\``, en: `The field \`${path}\`` };
}

function shown(value: unknown): Localized {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return { da: JSON.stringify(text), en: JSON.stringify(text) };
  }
  if (Array.isArray(value)) return { da: 'en liste', en: 'a list' };
  if (value === null || value === undefined) return { da: 'tomt', en: 'empty' };
  if (typeof value === 'object') return { da: 'en gruppe af felter', en: 'a group of fields' };
  return { da: String(value), en: String(value) };
}

function formProblem(
  segments: Segment[],
  value: unknown,
  errors: ErrorObject[],
  doc: Document,
  at: Locator,
): FrontMatterProblem {
  const who = subject(segments);
  const field = [...segments].reverse().find((s): s is string => typeof s === 'string') ?? '';
  const expected = EXPECTED[field];
  const given = shown(value);
  let message: Localized;

  if (expected) {
    let why = { da: `ikke ${given.da}`, en: `not ${given.en}` };
    const fault = typeof value === 'string' && field === 'dato' ? dateFault(value) : undefined;
    if (fault === 'missing') why = { da: `${given.da} findes ikke`, en: `${given.en} does not exist` };
    if (fault === 'year' || (field === 'dato' && typeof value === 'number')) {
      const year = String(value).slice(0, 4);
      why = {
        da: `årstallet skal ligge mellem ${YEARS.min} og ${YEARS.max}, ikke ${year}`,
        en: `the year must lie between ${YEARS.min} and ${YEARS.max}, not ${year}`,
      };
    }
    message = { da: `${who.da} skal være ${expected.da} — ${why.da}.`, en: `${who.en} must be ${expected.en} — ${why.en}.` };
  } else if (errors.some((e) => e.keyword === 'type')) {
    const wanted = errors.find((e) => e.keyword === 'type')?.params.type as string | string[];
    const name = TYPE_NAMES[[wanted].flat()[0] ?? ''] ?? { da: String(wanted), en: String(wanted) };
    message = { da: `${who.da} skal være ${name.da}, ikke ${given.da}.`, en: `${who.en} must be ${name.en}, not ${given.en}.` };
  } else if (errors.some((e) => e.keyword === 'minLength')) {
    message = { da: `${who.da} må ikke være tomt.`, en: `${who.en} must not be empty.` };
  } else {
    const detail = errors[0]?.message ?? '';
    message = { da: `${who.da} er ikke gyldigt (${detail}).`, en: `${who.en} is not valid (${detail}).` };
  }
  return { message, position: valuePosition(doc, segments, at), path: dotted(segments) };
}

function otherProblem(error: ErrorObject, segments: Segment[], doc: Document, at: Locator): FrontMatterProblem {
  const who = subject(segments);
  const path = dotted(segments);
  const parent = error.parentSchema as PropertySchema | undefined;

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const full = dotted([...segments, missing]);
      const about = parent?.properties?.[missing];
      return {
        message: {
          da: `Feltet \`${full}\` mangler.${about?.description ? ` ${about.description}` : ''}`,
          en: `The field \`${full}\` is missing.${about?.['x-en'] ? ` ${about['x-en']}` : ''}`,
        },
        position: containerPosition(doc, segments, at),
        path: full,
      };
    }
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = suggest(name, allowed);
      const list = allowed.map((k) => `\`${k}\``).join(', ');
      const full = dotted([...segments, name]);
      return {
        message: {
          da: `Feltet \`${full}\` kendes ikke.${guess ? ` Mente du \`${guess}\`?` : ''} Tilladte felter her: ${list}.`,
          en: `The field \`${full}\` is not known.${guess ? ` Did you mean \`${guess}\`?` : ''} Allowed fields here: ${list}.`,
        },
        position: keyPosition(doc, segments, name, at),
        path: full,
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const guess = typeof value === 'string' ? suggest(value, allowed) : undefined;
      const list = allowed.map((v) => `\`${v}\``).join(allowed.length === 2 ? ' eller ' : ', ');
      const listEn = allowed.map((v) => `\`${v}\``).join(allowed.length === 2 ? ' or ' : ', ');
      const given = shown(value);
      return {
        message: {
          da: `${who.da} skal være ${list} — ikke ${given.da}.${guess ? ` Mente du \`${guess}\`?` : ''}`,
          en: `${who.en} must be ${listEn} — not ${given.en}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
        },
        position: valuePosition(doc, segments, at),
        path,
      };
    }
    case 'minItems':
      return {
        message: {
          da: `Listen \`${path}\` skal have mindst ét punkt.`,
          en: `The list \`${path}\` must have at least one item.`,
        },
        position: valuePosition(doc, segments, at),
        path,
      };
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b) as [number, number];
      const item = [...segments, second];
      return {
        message: {
          da: `Listen \`${path}\` nævner det samme to gange (punkt ${first + 1} og ${second + 1}). Slet det ene.`,
          en: `The list \`${path}\` names the same thing twice (items ${first + 1} and ${second + 1}). Delete one.`,
        },
        position: valuePosition(doc, item, at),
        path: dotted(item),
      };
    }
    case 'minProperties': {
      const keys = Object.keys(parent?.properties ?? {}).map((k) => `\`${k}\``);
      return {
        message: {
          da: `${who.da} skal have mindst ét af felterne ${keys.join(' og ')}.`,
          en: `${who.en} must have at least one of the fields ${keys.join(' and ')}.`,
        },
        position: containerPosition(doc, segments, at),
        path,
      };
    }
    default:
      return {
        message: {
          da: `${who.da} er ikke gyldigt (${error.message ?? error.keyword}).`,
          en: `${who.en} is not valid (${error.message ?? error.keyword}).`,
        },
        position: valuePosition(doc, segments, at),
        path,
      };
  }
}

// Danish letters folded, so `omrade`/`område` and `interval_år` find `omraade` and `interval_aar`.
function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

/** English words a writer may reach for instead of the Danish key. */
const SYNONYMS: Record<string, string> = {
  municipality: 'kommune',
  title: 'titel',
  area: 'omraade',
  legal_basis: 'lovgrundlag',
  approved: 'godkendt',
  vedtaget: 'godkendt',
  date: 'dato',
  by: 'af',
  contact: 'kontakt',
  kontakter: 'kontakt',
  name: 'navn',
  address: 'adresse',
  phone: 'telefon',
  tlf: 'telefon',
  mail: 'email',
  'e-mail': 'email',
  website: 'web',
  url: 'web',
  hjemmeside: 'web',
  interval: 'interval_aar',
};

/** The allowed word closest to `word`, if it is close enough to be a plausible typo. */
function suggest(word: string, allowed: string[]): string | undefined {
  const synonym = SYNONYMS[fold(word)];
  if (synonym && allowed.includes(synonym)) return synonym;
  let best: { word: string; cost: number } | undefined;
  for (const candidate of allowed) {
    const cost = distance(fold(word), fold(candidate));
    if (!best || cost < best.cost) best = { word: candidate, cost };
  }
  // Up to two edits, but never more than a third of the word: `ny` is not a typo for `af`.
  if (best && best.cost <= Math.min(2, Math.ceil(word.length / 3))) return best.word;
  return undefined;
}

// ---------------------------------------------------------------------------
// From a schema path back to the YAML source.

interface Located {
  /** The value node, absent when the value is empty (`godkendt:` with nothing after it). */
  node?: YamlNode;
  /** The key of the last mapping entry on the way, if the path ends in one. */
  key?: YamlNode;
  /** The first alias (`*navn`) on the way: the value is written where it points, but belongs where the alias is. */
  alias?: YamlNode;
}

function locate(doc: Document, segments: Segment[]): Located | undefined {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  let alias: YamlNode | undefined;
  const resolve = () => {
    if (!isAlias(node)) return;
    alias ??= node;
    node = node.resolve(doc);
  };
  for (const segment of segments) {
    resolve();
    if (isMap(node)) {
      const pair = node.items.find((p) => keyName(p.key) === String(segment));
      if (!pair) return undefined;
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      key = undefined;
    } else {
      return undefined;
    }
  }
  resolve();
  return { node: isNode(node) ? node : undefined, key, ...(alias ? { alias } : {}) };
}

/** The source range of a node; none for an empty value, which has nothing to underline. */
function rangeOf(node: YamlNode | undefined): [number, number] | undefined {
  return node?.range && node.range[1] > node.range[0] ? [node.range[0], node.range[1]] : undefined;
}

function valuePosition(doc: Document, segments: Segment[], at: Locator): Position {
  const found = locate(doc, segments);
  const range = rangeOf(found?.alias) ?? rangeOf(found?.node) ?? rangeOf(found?.key);
  return range ? at.span(range[0], range[1]) : at.all();
}

/** Where to point when something is missing inside a mapping: its key, or its first line. */
function containerPosition(doc: Document, segments: Segment[], at: Locator): Position {
  const found = locate(doc, segments);
  const key = rangeOf(found?.key);
  if (key) return at.span(key[0], key[1]);
  const node = rangeOf(found?.node);
  return node ? at.lineFrom(node[0]) : at.all();
}

function keyPosition(doc: Document, segments: Segment[], name: string, at: Locator): Position {
  const found = locate(doc, segments);
  const node = found?.node;
  if (isMap(node)) {
    const pair = node.items.find((p) => keyName(p.key) === name);
    const range = isNode(pair?.key) ? rangeOf(pair.key) : undefined;
    if (range) return at.span(range[0], range[1]);
  }
  return containerPosition(doc, segments, at);
}
