/** `kvs new --kommune NAME`: write a new, empty standard with every section the law requires. */
import { lstatSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { standardFileName } from '../import/slug.js';
import { newStandardText } from '../scaffold/new-standard.js';
import { writeFileAtomic } from '../fs/write.js';
import { unsafeDestination } from '../fs/inside.js';
import { inBoth, type Localized } from '../i18n/index.js';
import { newWords } from '../i18n/new.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface NewCliOptions {
  kommune?: string;
  title?: string;
  asOf?: string;
  out?: string;
  config?: string;
  /** From --lang or KVS_LANG; otherwise the config's `lang`, else Danish. */
  lang?: Lang;
}

export function runNew(options: NewCliOptions): number {
  const cwd = process.cwd();
  const kommune = oneLine(options.kommune, '--kommune', inBoth(newWords, (t) => t.noKommune));
  const title = options.title === undefined ? undefined : oneLine(options.title, '--title');
  const { config, lang, asOf, root } = commandContext(options, cwd);
  const ruleSet = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);

  const target = resolve(cwd, options.out ?? `standards/${standardFileName(kommune)}`);
  const shown = relative(cwd, target) || target;
  if (!target.toLowerCase().endsWith('.md')) {
    throw new UsageError(inBoth(newWords, (t) => t.notMarkdown(options.out ?? '')));
  }
  const unsafe = unsafeDestination(target, root);
  if (unsafe) throw new UsageError({ da: newWords.da.unsafe(unsafe.da), en: newWords.en.unsafe(unsafe.en) });
  // lstat, so that a dangling link counts as taken too.
  if (lstatSync(target, { throwIfNoEntry: false })) {
    throw new UsageError(inBoth(newWords, (t) => t.exists(shown)));
  }
  const text = newStandardText({ kommune, ...(title ? { title } : {}), asOf, ruleSet, ...(config.headings ? { headings: config.headings } : {}) });
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(inBoth(newWords, (t) => t.cannotWrite(shown, reason)));
  }
  const t = newWords[lang];
  const display = plainLine(shown.split('\\').join('/'));
  process.stdout.write(`${t.wrote(display, ruleSet.requirements.length, ruleSet.id)}\n\n${t.next(display)}\n`);
  return 0;
}

/** A name or title: one line of text, not empty. */
function oneLine(value: string | undefined, option: string, missing?: Localized): string {
  const text = value?.trim() ?? '';
  if (text === '') {
    throw new UsageError(missing ?? inBoth(newWords, (t) => t.empty(option)));
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(text) || text.length > 200) {
    throw new UsageError(inBoth(newWords, (t) => t.notOneLine(option)));
  }
  return text;
}
