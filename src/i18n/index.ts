/**
 * The message catalogue: every word kvs says to a person, Danish and English
 * side by side under one key, one file per area (src/i18n/*.ts; the rules'
 * messages in src/i18n/rules/). The other modules choose no words and no
 * language of their own: they take a text by key and fill in plain data.
 *
 * An entry is a text, a list of words, or a function of the data it needs,
 * given once per language. The type check makes an entry without its English
 * (or Danish), or whose English takes other data than its Danish, a compile
 * error, so the two languages cannot drift apart unseen.
 *
 * An area's entries are handed out in the shape its code needs:
 * - `words`: per language, `checkWords[lang].noGit`, for code that speaks one;
 * - `bilingual`: both at once, `readMessages.missing`, for an error made before
 *   the language is known (`inBoth` does the same for one `words` entry);
 * - `messages`: as written, for a rule's `meta.messages`; the runner picks
 *   the language (`say`).
 */
import type { Lang, Localized } from '../types.js';

export type { Lang, Localized };

export const languages: Lang[] = ['da', 'en'];

export function isLang(value: string): value is Lang {
  return (languages as string[]).includes(value);
}

/** Both languages of a message, built from one function so the two never drift apart. */
export function both(build: (lang: Lang) => string): Localized {
  return { da: build('da'), en: build('en') };
}

/** One entry in both languages; the English is checked against the Danish, not inferred from it. */
type Pair<T> = { da: T; en: NoInfer<T> };

/** Entries by key, Danish and English side by side. Returned as given, typed so that `entry[lang]` is known. */
export function messages<W>(entries: { [K in keyof W]: Pair<W[K]> }): { [K in keyof W]: { da: W[K]; en: W[K] } } {
  return entries;
}

/** Entries by key, Danish and English side by side, handed out per language: `words[lang].key`. */
export function words<W>(entries: { [K in keyof W]: Pair<W[K]> }): Record<Lang, W> {
  const inLang = (lang: Lang) =>
    Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, (entry as Record<Lang, unknown>)[lang]])) as W;
  return { da: inLang('da'), en: inLang('en') };
}

/**
 * Entries by key, Danish and English side by side, handed out in both
 * languages at once: a text as it is, a function as one that returns both.
 * For errors, which are made before the language is known and shown in the
 * language chosen then.
 */
export function bilingual<W>(entries: {
  [K in keyof W]: Pair<W[K]>;
}): { [K in keyof W]: W[K] extends (...args: infer A) => string ? (...args: A) => Localized : W[K] extends string ? Localized : never } {
  return Object.fromEntries(
    Object.entries(entries).map(([key, entry]) => {
      const { da, en } = entry as { da: unknown; en: unknown };
      if (typeof da !== 'function') return [key, { da, en }];
      return [key, (...args: unknown[]) => ({ da: (da as (...a: unknown[]) => string)(...args), en: (en as (...a: unknown[]) => string)(...args) })];
    }),
  ) as never;
}

/** A text of a per-language catalogue in both languages: for an error that is shown later, in the language chosen then. */
export function inBoth<W>(catalogue: Record<Lang, W>, pick: (words: W) => string): Localized {
  return { da: pick(catalogue.da), en: pick(catalogue.en) };
}

/** A message of a rule (ESLint's `meta.messages`): a text, or a function of the data the rule reports. */
export type Template = string | ((data: never) => string);
export type Message = Record<Lang, Template>;

/** A message in one language, with the data filled in. */
export function say(message: Message, lang: Lang, data?: unknown): string {
  const template = message[lang];
  return typeof template === 'string' ? template : (template as (data: unknown) => string)(data);
}

/** Fills `{name}` placeholders of a text that comes as data (schemas/*.json); an unknown name stays as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
