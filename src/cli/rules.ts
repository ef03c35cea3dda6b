import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { rulesMarkdown, rulesText } from '../docs/rules-doc.js';
import { allRuleMeta } from '../rules/index.js';
import { commandContext } from './context.js';
import { inBoth } from '../i18n/index.js';
import { cliWords } from '../i18n/cli.js';

export interface RulesCliOptions {
  asOf?: string;
  format: string;
  config?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
}

export function runRules(options: RulesCliOptions): number {
  const { config, lang, asOf } = commandContext(options);
  const set = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);
  if (options.format === 'text') process.stdout.write(rulesText(set, lang, asOf));
  else if (options.format === 'json') process.stdout.write(`${JSON.stringify({ ruleSet: set, rules: allRuleMeta() }, null, 2)}\n`);
  else if (options.format === 'markdown') process.stdout.write(rulesMarkdown());
  else {
    throw new UsageError(inBoth(cliWords, (t) => t.rulesBadFormat(options.format)));
  }
  return 0;
}
