/** Why `kvs check --verbose` did not use the result cache, Danish first. */
import type { Localized } from '../types.js';

export const cacheText = {
  foreign: {
    da: 'Resultat-cachen er ikke skrevet på denne maskine eller er ændret siden; den bruges ikke og bygges forfra.',
    en: 'The result cache was not written on this machine or was changed since; it is ignored and rebuilt.',
  },
  inside: (file: string): Localized => ({
    da: `Resultat-cachen bruges ikke: nøglen, der skal vise at cachen er skrevet her (${file}), ville ligge inde i projektet, hvor den kunne blive committet sammen med cachen. Sæt XDG_CACHE_HOME (eller HOME) til en mappe uden for projektet.`,
    en: `The result cache is not used: the key that proves the cache was written here (${file}) would lie inside the project, where it could be committed together with the cache. Set XDG_CACHE_HOME (or HOME) to a folder outside the project.`,
  }),
  noHome: {
    da: 'Resultat-cachen bruges ikke: der er ingen hjemmemappe og ingen XDG_CACHE_HOME til nøglen, der viser at cachen er skrevet her.',
    en: 'The result cache is not used: there is no home folder and no XDG_CACHE_HOME for the key that proves the cache was written here.',
  },
  unavailable: (file: string, reason: string): Localized => ({
    da: `Resultat-cachen bruges ikke: nøglen ${file} kan ikke oprettes eller læses (${reason}). Alle filer tjekkes forfra.`,
    en: `The result cache is not used: the key ${file} cannot be created or read (${reason}). Every file is checked afresh.`,
  }),
  badKey: (file: string): Localized => ({
    da: `Resultat-cachen bruges ikke: ${file} er ikke en nøgle fra kvs (ikke en fil på 32 byte). Slet den, så laver kvs en ny.`,
    en: `The result cache is not used: ${file} is not a key made by kvs (not a 32-byte file). Delete it and kvs makes a new one.`,
  }),
} satisfies Record<string, Localized | ((...args: string[]) => Localized)>;
