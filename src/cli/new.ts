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
import { newText } from './new-text.js';
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
  const kommune = oneLine(options.kommune, '--kommune', {
    da: 'Angiv kommunens navn: kvs new --kommune "Holbæk"',
    en: 'Give the kommune\'s name: kvs new --kommune "Holbæk"',
  });
  const title = options.title === undefined ? undefined : oneLine(options.title, '--title');
  const { config, lang, asOf, root } = commandContext(options, cwd);
  const ruleSet = config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf);

  const target = resolve(cwd, options.out ?? `standards/${standardFileName(kommune)}`);
  const shown = relative(cwd, target) || target;
  if (!target.toLowerCase().endsWith('.md')) {
    throw new UsageError({
      da: `-o skal være en Markdown-fil, der ender på .md, ikke "${options.out ?? ''}".`,
      en: `-o must be a Markdown file ending in .md, not "${options.out ?? ''}".`,
    });
  }
  const unsafe = unsafeDestination(target, root);
  if (unsafe) throw new UsageError({ da: `${unsafe.da} Intet er skrevet.`, en: `${unsafe.en} Nothing was written.` });
  // lstat, so that a dangling link counts as taken too.
  if (lstatSync(target, { throwIfNoEntry: false })) {
    throw new UsageError({
      da: `${shown} findes allerede — intet skrevet. Ret den eksisterende fil, eller vælg et andet navn med -o FIL.`,
      en: `${shown} already exists — nothing written. Edit the existing file, or choose another name with -o FILE.`,
    });
  }
  const text = newStandardText({ kommune, ...(title ? { title } : {}), asOf, ruleSet, ...(config.headings ? { headings: config.headings } : {}) });
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError({
      da: `Kan ikke skrive ${shown} (${reason}). Vælg en fil i en mappe, du kan skrive i, med -o FIL.`,
      en: `Cannot write ${shown} (${reason}). Choose a file in a folder you can write to with -o FILE.`,
    });
  }
  const t = newText[lang];
  const display = plainLine(shown.split('\\').join('/'));
  process.stdout.write(`${t.wrote(display, ruleSet.requirements.length, ruleSet.id)}\n\n${t.next(display)}\n`);
  return 0;
}

/** A name or title: one line of text, not empty. */
function oneLine(value: string | undefined, option: string, missing?: { da: string; en: string }): string {
  const text = value?.trim() ?? '';
  if (text === '') {
    throw new UsageError(missing ?? { da: `${option} må ikke være tom.`, en: `${option} must not be empty.` });
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(text) || text.length > 200) {
    throw new UsageError({
      da: `${option} skal være én linje tekst på højst 200 tegn.`,
      en: `${option} must be one line of text of at most 200 characters.`,
    });
  }
  return text;
}
