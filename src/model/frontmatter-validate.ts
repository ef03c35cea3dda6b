/**
 * The front-matter schema (schemas/frontmatter.schema.json), its validator,
 * and the date rule the schema cannot say: a real day between 1990 and 2100.
 */
import { readSchemaFile } from '../law/data.js';
import { validatorFor } from '../law/validators.js';

export interface PropertySchema {
  description?: string;
  'x-en'?: string;
  properties?: Record<string, PropertySchema>;
  required?: string[];
}

interface FrontMatterSchema extends PropertySchema {
  properties: Record<string, PropertySchema>;
  required: string[];
}

export const schema = readSchemaFile<FrontMatterSchema>('frontmatter.schema.json');

/** The keys allowed at the top of the front-matter, in schema order. */
export const frontMatterKeys: readonly string[] = Object.keys(schema.properties);

/** A copy of the front-matter JSON Schema, for editors and documentation. */
export function frontMatterSchema(): Record<string, unknown> {
  return structuredClone(schema) as unknown as Record<string, unknown>;
}

// The AJV set-up is in src/law/validators.ts, which uses the code `npm run build` compiled ahead.
export const validate = validatorFor('frontMatter', 'frontMatter', schema, {
  dato: { type: 'string', validate: (text: string) => dateFault(text) === undefined },
});

export const YEARS = { min: 1990, max: 2100 };

/** Why a date written as text is not acceptable, or undefined if it is. */
export function dateFault(text: string): 'shape' | 'year' | 'missing' | undefined {
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
