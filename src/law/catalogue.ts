import type { Requirement } from '../types.js';
import { ruleSets } from './rulesets.js';

let cache: Requirement[] | undefined;

/**
 * Every requirement any rule set knows, with its headings. The model matches
 * headings against all of them, so the same file gives the same sections
 * whatever date it is checked for; rule sets only decide what is required.
 */
export function requirementCatalogue(): Requirement[] {
  if (cache) return cache;
  const byKey = new Map<string, Requirement>();
  for (const set of ruleSets()) for (const r of set.requirements) byKey.set(r.key, r);
  cache = [...byKey.values()];
  return cache;
}
