/**
 * kvalitetsstandard as a library: parse a standard into its model, check it
 * against the rule set in force, and read the rule data.
 */
export type * from './types.js';
export { buildStandard as parse, type ModelOptions } from './model/standard.js';
export { checkStandard, checkText as check, checkBytes, type CheckOptions } from './check/check.js';
export { decode } from './model/read.js';
export { checkFiles, type CheckFilesOptions, type CheckFilesResult } from './check/engine.js';
export { ruleSets, ruleSetFor, ruleSetById } from './law/rulesets.js';
export { requirementCatalogue } from './law/catalogue.js';
export { rules, allRuleMeta, type Rule, type RuleContext } from './rules/index.js';
export { formatResults, formatNames, type FormatName, type ReportOptions } from './report/index.js';
export { loadConfig, type Config } from './config.js';
export { UsageError } from './errors.js';
export { default as remarkKvs, type RemarkKvsOptions } from './remark-plugin.js';
