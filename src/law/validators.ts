/**
 * The AJV validators of the check path. Compiling the front-matter schema cost
 * about as much as checking a file, on every start of kvs, so `npm run build`
 * compiles them ahead with AJV's standalone code (dist/law/precompiled.js).
 * A schema edited after the build, and tests running from src/ (where nothing
 * is precompiled), compile here at run time with the same set-up: which of the
 * two ran never changes a result, only the start-up time.
 */
import { createRequire } from 'node:module';
import type { Ajv, FormatDefinition, Options, ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { precompiled } from './precompiled.js';
import { canonicalJson, sha256 } from '../fs/hash.js';

export type ValidatorKind = 'frontMatter' | 'config' | 'model';

interface ValidatorSetup {
  options: Options;
  /** Formats taken from ajv-formats. */
  ajvFormats?: Array<keyof typeof fullFormats>;
  /** Annotation keywords the schema may use. */
  keywords?: string[];
}

const setups: Record<ValidatorKind, ValidatorSetup> = {
  frontMatter: {
    // strictRequired is off only because then.required names a property declared at the top.
    options: { allErrors: true, verbose: true, strict: true, strictRequired: false },
    ajvFormats: ['email', 'uri'],
    // Annotation only: the English text for editors and docs.
    keywords: ['x-en'],
  },
  config: { options: { allErrors: true } },
  model: { options: { allErrors: true } },
};

/** Formats whose code the caller supplies: a function cannot be compiled ahead, so it is passed in by name. */
export type CustomFormats = Record<string, FormatDefinition<string>>;

/** What a precompiled validator must have been made from to be used: the same set-up and schema. */
export function schemaHash(kind: ValidatorKind, schema: object, formats: CustomFormats = {}): string {
  return sha256(canonicalJson({ kind, setup: setups[kind], formats: Object.keys(formats).sort(), schema }));
}

export function validatorFor<T>(kind: ValidatorKind, name: string, schema: object, formats: CustomFormats = {}): ValidateFunction<T> {
  const ready = precompiled[name];
  if (ready && ready.hash === schemaHash(kind, schema, formats)) {
    return ready.create({ ...fullFormats, ...formats }) as ValidateFunction<T>;
  }
  return newAjv(kind, formats).compile<T>(schema);
}

// Loaded only when something must be compiled: importing AJV's compiler is itself slow.
const load = createRequire(import.meta.url);

/** An AJV instance set up for `kind`. The build passes `code` options to generate the precompiled module with it. */
export function newAjv(kind: ValidatorKind, formats: CustomFormats, extra: Options = {}): Ajv {
  const setup = setups[kind];
  const { Ajv: AjvClass } = load('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ ...setup.options, ...extra });
  if (setup.ajvFormats) (load('ajv-formats') as typeof import('ajv-formats')).default(ajv, setup.ajvFormats);
  for (const keyword of setup.keywords ?? []) ajv.addKeyword({ keyword, schemaType: 'string' });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}
