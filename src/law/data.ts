/**
 * Reads the law data in schemas/: the requirement catalogue and the rule sets.
 * Both src/law/ and dist/law/ sit two levels below the repository root,
 * so one relative URL serves the tests and the installed package.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Localized, RequirementDefinition, Severity } from '../types.js';

const schemasUrl = new URL('../../schemas/', import.meta.url);

export function readSchemaFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, schemasUrl), 'utf8')) as T;
}

/** A requirement entry as a rule-set file states it. */
export interface RuleSetRequirementData {
  key: string;
  law: Localized;
  severity: Severity;
  unverified: boolean;
}

/** A rule-set file: either complete or `extends` another and replaces or adds requirements by key. */
export interface RuleSetData {
  id: string;
  extends?: string;
  inForce: string;
  inForceUnverified: boolean;
  title: Localized;
  instrument: Localized;
  requirements: RuleSetRequirementData[];
  remove?: string[];
  rules?: Record<string, Severity | 'off'>;
}

export function readCatalogue(): RequirementDefinition[] {
  return readSchemaFile<{ requirements: RequirementDefinition[] }>('requirements.json').requirements;
}

/** How the recognition tells a mention of a topic from a description of it (schemas/requirements.json `recognition`). */
export interface RecognitionData {
  skipPhrases?: string[];
  skipHeadings?: string[];
}

export function readRecognition(): RecognitionData {
  return readSchemaFile<{ recognition?: RecognitionData }>('requirements.json').recognition ?? {};
}

export function readRuleSetFiles(): RuleSetData[] {
  return readdirSync(new URL('rulesets/', schemasUrl))
    .filter((name) => name.endsWith('.json'))
    .map((name) => readSchemaFile<RuleSetData>(`rulesets/${name}`));
}
