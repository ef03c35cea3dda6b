/**
 * What every command starts from, worked out once: the working folder, the
 * project's config and folder, the language, the date the law is read at,
 * and a way to tell the user something. A command that reads standards also
 * asks it for the files, so "no standards/ folder" reads the same everywhere.
 *
 * The language is, in this order: --lang or KVS_LANG (given by main.ts),
 * the config's `lang`, Danish.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, Localized } from '../types.js';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';
import { loadConfig, type Config } from '../config.js';
import { parseAsOf, today } from '../check/dates.js';
import { ignoredNote, resolveFileSet } from '../check/files.js';
import { RunFiles } from '../fs/outputs.js';

export interface ContextOptions {
  config?: string;
  lang?: Lang;
  asOf?: string;
}

export interface CommandContext {
  cwd: string;
  config: Config;
  /** The folder of kvs.config.json, else the working folder. */
  root: string;
  /** The config file, when there is one. */
  configPath?: string;
  lang: Lang;
  /** YYYY-MM-DD: --as-of, else today. */
  asOf: string;
  /** A line on stderr, for notes and per-file messages. */
  say(text: string): void;
  /** The text in the chosen language. */
  pick(text: Localized): string;
  /** The files this command will write, checked against those it reads (the config first): src/fs/outputs.ts. */
  outputs(): RunFiles;
  /** The standards named by `paths` (default: standards/), minus the config's ignore list. */
  standards(paths: readonly string[], command: string): Promise<string[]>;
}

const say = (text: string): void => void process.stderr.write(`${text}\n`);

export function commandContext(options: ContextOptions, cwd = process.cwd()): CommandContext {
  const asOf = options.asOf === undefined ? today() : parseAsOf(options.asOf);
  const { config, root, path } = loadConfig(options.config, cwd);
  const lang = options.lang ?? config.lang ?? 'da';
  return {
    cwd,
    config,
    root,
    ...(path ? { configPath: path } : {}),
    lang,
    asOf,
    say,
    pick: (text) => text[lang],
    outputs: () => (path ? new RunFiles(cwd).input(path) : new RunFiles(cwd)),
    async standards(paths, command) {
      if (paths.length === 0 && !existsSync(resolve(cwd, 'standards'))) {
        throw new UsageError(inBoth(checkWords, (t) => t.noStandards(command)));
      }
      const { files, ignored } = await resolveFileSet(paths.length > 0 ? [...paths] : ['standards'], cwd, config.ignore, root);
      if (ignored.length > 0) say(`kvs: ${ignoredNote(ignored, cwd)[lang]}`);
      return files;
    },
  };
}
