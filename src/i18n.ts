import type { Lang, Localized } from './types.js';

export const languages: Lang[] = ['da', 'en'];

/** Both languages of a message, built from one function so the two never drift apart. */
export function both(build: (lang: Lang) => string): Localized {
  return { da: build('da'), en: build('en') };
}

export function isLang(value: string): value is Lang {
  return (languages as string[]).includes(value);
}
