/**
 * Schema problems: AJV's errors for the front-matter, grouped by value, as
 * one clear message each (its words in src/i18n/frontmatter.ts), placed where
 * the value (or the missing or unknown key) is written.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { both } from '../i18n/index.js';
import { expectedForms, schemaMessages, typeNames } from '../i18n/frontmatter.js';
import type { FrontMatterProblem, Localized } from '../types.js';
import { isoDate } from './danish-date.js';
import { containerPosition, keyPosition, valuePosition, type Places, type Segment } from './frontmatter-locate.js';
import { suggest } from './frontmatter-suggest.js';
import { dateFault, YEARS, type PropertySchema } from './frontmatter-validate.js';

/** What a value with a fixed form must look like, by field name. */
const EXPECTED: Partial<Record<string, Localized>> = expectedForms;

/** Keywords that say "this value has the wrong form": one message per value is enough. */
const FORM_KEYWORDS = new Set(['type', 'pattern', 'format', 'minimum', 'maximum', 'anyOf', 'minLength']);

const TYPE_NAMES: Partial<Record<string, Localized>> = typeNames;

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
  return typeof segments.at(-1) === 'number' ? schemaMessages.item(path) : schemaMessages.field(path);
}

function shown(value: unknown): Localized {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return both(() => JSON.stringify(text));
  }
  if (Array.isArray(value)) return schemaMessages.givenList;
  if (value === null || value === undefined) return schemaMessages.givenEmpty;
  if (typeof value === 'object') return schemaMessages.givenGroup;
  return both(() => String(value));
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
    let why = schemaMessages.not(given);
    const fault = typeof value === 'string' && field === 'dato' ? dateFault(value) : undefined;
    if (fault === 'missing') why = schemaMessages.doesNotExist(given);
    if (fault === 'year' || (field === 'dato' && typeof value === 'number')) {
      why = schemaMessages.yearOutOfRange(YEARS.min, YEARS.max, String(value).slice(0, 4));
    }
    message = schemaMessages.wrongForm(who, expected, why);
    // A date written the Danish way is one kvs fix converts: say so, with what it becomes.
    const iso = field === 'dato' && typeof value === 'string' ? isoDate(value) : undefined;
    if (iso) message = both((lang) => `${message[lang]} ${schemaMessages.fixConverts(iso)[lang]}`);
  } else if (errors.some((e) => e.keyword === 'type')) {
    const wanted = errors.find((e) => e.keyword === 'type')?.params.type as string | string[];
    const name = TYPE_NAMES[[wanted].flat()[0] ?? ''] ?? both(() => String(wanted));
    message = schemaMessages.wrongType(who, name, given);
  } else if (errors.some((e) => e.keyword === 'minLength')) {
    message = schemaMessages.empty(who);
  } else {
    message = schemaMessages.notValid(who, errors[0]?.message ?? '');
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
      return {
        message: schemaMessages.missing(full, parent?.properties?.[missing]),
        position: containerPosition(doc, segments, at),
        path: full,
      };
    }
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = suggest(name, allowed);
      const full = dotted([...segments, name]);
      return {
        message: schemaMessages.unknown(full, guess, allowed),
        position: keyPosition(doc, segments, name, at),
        path: full,
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const guess = typeof value === 'string' ? suggest(value, allowed) : undefined;
      return {
        message: schemaMessages.notAllowed(who, allowed, shown(value), guess),
        position: valuePosition(doc, segments, at),
        path,
      };
    }
    case 'minItems':
      return {
        message: schemaMessages.emptyList(path),
        position: valuePosition(doc, segments, at),
        path,
      };
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b) as [number, number];
      const item = [...segments, second];
      return {
        message: schemaMessages.repeatedItem(path, first + 1, second + 1),
        position: valuePosition(doc, item, at),
        path: dotted(item),
      };
    }
    case 'minProperties':
      return {
        message: schemaMessages.oneOfFields(who, Object.keys(parent?.properties ?? {})),
        position: containerPosition(doc, segments, at),
        path,
      };
    default:
      return {
        message: schemaMessages.notValid(who, error.message ?? error.keyword),
        position: valuePosition(doc, segments, at),
        path,
      };
  }
}
