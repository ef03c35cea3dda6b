/**
 * Rule sets: which requirements the law asks for on a given date.
 * The data lives in schemas/rulesets/ (one file per in-force date); this module
 * resolves `extends`, joins each entry with the catalogue, and picks a set by date.
 */
import type { Requirement, RuleSet } from '../types.js';
import { readCatalogue, readRuleSetFiles, type RuleSetData } from './data.js';
import { UsageError } from '../errors.js';
import { lawMessages } from '../i18n/law.js';

let cache: RuleSet[] | undefined;

/** All rule sets, oldest first. */
export function ruleSets(): RuleSet[] {
  cache ??= resolveAll();
  return cache;
}

function resolveAll(): RuleSet[] {
  const catalogue = new Map(readCatalogue().map((definition) => [definition.key, definition]));
  const files = new Map(readRuleSetFiles().map((data) => [data.id, data]));

  const resolve = (data: RuleSetData, seen: string[]): RuleSet => {
    if (seen.includes(data.id)) throw new Error(`Rule set ${data.id} extends itself`);
    const parentData = data.extends === undefined ? undefined : files.get(data.extends);
    if (data.extends !== undefined && parentData === undefined) {
      throw new Error(`Rule set ${data.id} extends unknown ${data.extends}`);
    }
    const parent = parentData && resolve(parentData, [...seen, data.id]);
    const requirements = new Map((parent?.requirements ?? []).map((r) => [r.key, r]));
    for (const key of data.remove ?? []) requirements.delete(key);
    for (const entry of data.requirements) {
      const definition = catalogue.get(entry.key);
      if (!definition) throw new Error(`Rule set ${data.id} names unknown requirement ${entry.key}`);
      const help = entry.unverified
        ? { da: `${definition.help.da} ${lawMessages.unverified.da}`, en: `${definition.help.en} ${lawMessages.unverified.en}` }
        : definition.help;
      requirements.set(entry.key, { ...definition, help, law: entry.law, severity: entry.severity, unverified: entry.unverified });
    }
    return {
      id: data.id,
      inForce: data.inForce,
      title: data.title,
      instrument: data.instrument,
      // Keep the catalogue's order: it follows § 4's numbering, which is how people read it.
      requirements: [...catalogue.keys()].flatMap((key) => requirements.get(key) ?? []),
      rules: { ...parent?.rules, ...data.rules },
    };
  };

  // inForce is YYYY-MM-DD (schemas/ruleset.schema.json): compared as plain text it sorts by date. localeCompare
  // gave the same order but loaded ICU's collation at every start: 5-10 ms of a `kvs check` answered from its cache.
  return [...files.values()].map((data) => resolve(data, [])).sort((a, b) => (a.inForce < b.inForce ? -1 : a.inForce > b.inForce ? 1 : 0));
}

export function ruleSetById(id: string): RuleSet {
  const found = ruleSets().find((set) => set.id === id);
  if (!found) {
    throw new UsageError(lawMessages.unknownRuleSet(id, ruleSets().map((s) => s.id).join(', ')));
  }
  return found;
}

/** The rule set in force on `asOf` (YYYY-MM-DD). */
export function ruleSetFor(asOf: string): RuleSet {
  const sets = ruleSets();
  const inForce = sets.filter((set) => set.inForce <= asOf).at(-1);
  if (!inForce) {
    const earliest = sets[0]?.inForce ?? '';
    throw new UsageError(lawMessages.beforeEarliest(asOf, earliest));
  }
  return inForce;
}

/** Requirements of a set with a project's extra headings merged in. */
export function withExtraHeadings(requirements: Requirement[], extra: Record<string, string[]> = {}): Requirement[] {
  return requirements.map((r) => (extra[r.key] ? { ...r, headings: [...r.headings, ...(extra[r.key] ?? [])] } : r));
}
