/**
 * The document model validated by AJV against a schema generated from the rule
 * set: every required key must be covered by a section with words in it.
 * AJV's errors are mapped back to places: a missing requirement at the title,
 * an empty section at its heading.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Position, Requirement, Standard } from '../types.js';
import { validatorFor } from '../law/validators.js';
import { topicWords } from './sections.js';

/** What AJV sees: requirement key → the sections covering it. */
interface Coverage {
  coverage: Record<string, Array<{ section: number; words: number }>>;
}

export type ModelProblem =
  | { kind: 'missing'; requirement: Requirement; position: Position }
  | { kind: 'empty'; requirement: Requirement; section: number; position: Position };

const compiled = new Map<string, ValidateFunction<Coverage>>();

export function modelSchema(requirements: Requirement[]): object {
  return {
    $id: `kvs-model-${requirements.map((r) => r.key).join('-')}`,
    type: 'object',
    required: ['coverage'],
    properties: {
      coverage: {
        type: 'object',
        required: requirements.map((r) => r.key),
        properties: Object.fromEntries(
          requirements.map((r) => [
            r.key,
            {
              type: 'array',
              items: {
                type: 'object',
                properties: { section: { type: 'integer' }, words: { type: 'integer', minimum: 1 } },
              },
            },
          ]),
        ),
      },
    },
  };
}

/** The name the build gives the precompiled validator for these requirements. */
export function modelValidatorName(requirements: Requirement[]): string {
  return `model:${requirements.map((r) => r.key).join(',')}`;
}

function validator(requirements: Requirement[]): ValidateFunction<Coverage> {
  const id = requirements.map((r) => r.key).join(',');
  let validate = compiled.get(id);
  if (!validate) {
    // Each rule set's schema is compiled at build time (scripts/precompile-validators.js).
    validate = validatorFor<Coverage>('model', modelValidatorName(requirements), modelSchema(requirements));
    compiled.set(id, validate);
  }
  return validate;
}

export function coverageOf(standard: Standard): Coverage {
  const coverage: Coverage['coverage'] = {};
  for (const section of standard.sections) {
    for (const key of section.requirements) {
      (coverage[key] ??= []).push({ section: section.index, words: topicWords(standard.sections, section, key) });
    }
  }
  return { coverage };
}

export function validateModel(standard: Standard, requirements: Requirement[]): ModelProblem[] {
  const data = coverageOf(standard);
  const validate = validator(requirements);
  if (validate(data)) return [];
  const byKey = new Map(requirements.map((r) => [r.key, r]));
  return (validate.errors ?? []).flatMap((error) => toProblem(error, data, byKey, standard));
}

function toProblem(error: ErrorObject, data: Coverage, byKey: Map<string, Requirement>, standard: Standard): ModelProblem[] {
  if (error.keyword === 'required' && error.instancePath === '/coverage') {
    const requirement = byKey.get(String(error.params.missingProperty));
    return requirement ? [{ kind: 'missing', requirement, position: standard.title.position }] : [];
  }
  // instancePath: /coverage/<key>/<index>/words
  const [, , key, index] = error.instancePath.split('/');
  const requirement = key === undefined ? undefined : byKey.get(key);
  const entry = key === undefined ? undefined : data.coverage[key]?.[Number(index)];
  const section = entry && standard.sections[entry.section];
  if (error.keyword === 'minimum' && requirement && section) {
    return [{ kind: 'empty', requirement, section: section.index, position: section.position }];
  }
  return [];
}
