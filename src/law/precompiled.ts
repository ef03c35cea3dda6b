/**
 * Validators compiled ahead of time. Empty in the sources: `npm run build`
 * replaces dist/law/precompiled.js with AJV standalone code for the schemas
 * of the check path (scripts/precompile-validators.js); src/law/validators.ts
 * uses an entry only while its schema is unchanged.
 */
import type { ValidateFunction } from 'ajv';

export interface PrecompiledValidator {
  /** schemaHash() of the set-up and schema the code was generated from. */
  hash: string;
  /** Makes the validator; `formats` supplies the format functions by name. */
  create(formats: Record<string, unknown>): ValidateFunction;
}

export const precompiled: Record<string, PrecompiledValidator> = {};
