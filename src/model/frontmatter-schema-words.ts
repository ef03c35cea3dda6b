/**
 * Schema problems in words: AJV's errors for the front-matter, grouped by
 * value, as one clear Danish and English message each, placed where the
 * value (or the missing or unknown key) is written.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import type { FrontMatterProblem, Localized } from '../types.js';
import { containerPosition, keyPosition, valuePosition, type Places, type Segment } from './frontmatter-locate.js';
import { suggest } from './frontmatter-suggest.js';
import { dateFault, YEARS, type PropertySchema } from './frontmatter-validate.js';

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

export function schemaProblems(
  errors: ErrorObject[],
  data: Record<string, unknown>,
  doc: Document,
  at: Places,
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
  at: Places,
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

function otherProblem(error: ErrorObject, segments: Segment[], doc: Document, at: Places): FrontMatterProblem {
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
