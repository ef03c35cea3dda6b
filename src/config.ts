/**
 * kvs.config.json: found upward from the working folder, validated by its own
 * schema. A broken config is a usage error (exit 2): nothing is checked with it.
 */
import { existsSync } from 'node:fs';
import { readRegularFile } from './fs/read.js';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validatorFor } from './law/validators.js';
import type { Lang, Severity } from './types.js';
import { UsageError } from './errors.js';
import { inBoth } from './i18n/index.js';
import { configWords } from './i18n/config.js';
import { readSchemaFile } from './law/data.js';
import { rules as allRules } from './rules/index.js';

export interface Config {
  rules?: Record<string, Severity | 'off'>;
  headings?: Record<string, string[]>;
  ruleSet?: string;
  ignore?: string[];
  lang?: Lang;
  /** Legal rules a kvs-disable comment may switch off without stopping `kvs build --strict`. */
  allowDisable?: string[];
  /** Backups kept in .kvs/backup/ per file (src/fs/replace.ts); 10 when absent. */
  backups?: number;
  ruleOptions?: Record<string, Record<string, unknown>>;
  theme?: ThemeConfig;
  templates?: string;
  kommuner?: Record<string, { theme?: ThemeConfig; templates?: string }>;
}

/** As written in the config: paths relative to the config file. */
export interface ThemeConfig {
  colors?: Partial<Record<'primary' | 'accent' | 'text' | 'background', string>>;
  logo?: string;
  fonts?: { regular: string; bold: string; italic?: string; boldItalic?: string };
}

export interface LoadedConfig {
  config: Config;
  /** Folder of the config file (ignore globs are relative to it), or the working folder. */
  root: string;
  path?: string;
}

export const configFileName = 'kvs.config.json';

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let compiled: ValidateFunction<Config> | undefined;

/** Compiled once per process: `kvs` loads one config, the tests and the library many. */
function configValidator(): ValidateFunction<Config> {
  // Compiled at build time when the schema is unchanged (src/law/validators.ts).
  compiled ??= validatorFor<Config>('config', 'config', readSchemaFile('config.schema.json'));
  return compiled;
}

export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { config: {}, root: cwd };
  // A config is a few KB; a link to /dev/zero or a FIFO under its name must not hang every command.
  const read = readRegularFile(path, 1024 * 1024);
  if (!read.ok) {
    throw new UsageError({ da: configWords.da.unreadable(path, read.reason.da), en: configWords.en.unreadable(path, read.reason.en) });
  }
  const text = read.bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError(inBoth(configWords, (t) => t.notJson(path, detail)));
  }
  const validate = configValidator();
  if (!validate(data)) {
    const problems = (lang: Lang) => (validate.errors ?? []).map((e) => problemText(e, lang)).join('; ');
    throw new UsageError({ da: configWords.da.invalid(path, problems('da')), en: configWords.en.invalid(path, problems('en')) });
  }
  const known = allRules.map((r) => r.meta.id);
  const unknownRules = Object.keys(data.rules ?? {}).filter((id) => !known.includes(id));
  if (unknownRules.length > 0) {
    throw new UsageError(inBoth(configWords, (t) => t.unknownRules(path, unknownRules.join(', '))));
  }
  return { config: data, root: dirname(path), path };
}

/** AJV's message, except for a colour: the theme takes hex only, so nothing but a colour can reach the page's CSS. */
function problemText(error: ErrorObject, lang: Lang): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'pattern' && /\/colors\/[^/]+$/u.test(error.instancePath)) {
    return configWords[lang].notHexColour(where);
  }
  return `${where} ${error.message ?? ''}`;
}
