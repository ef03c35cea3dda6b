import type { Localized } from '../../types.js';
import { messages } from '../index.js';

export const fileEncodingMessages = messages({
  /** What the reader says about the encoding it converted from (src/model/read.ts), already in both languages. */
  legacyEncoding: {
    da: ({ note }: { note: Localized; encoding: string }) => note.da,
    en: ({ note }) => note.en,
  },
  saveAsUtf8: {
    da: ({ encoding }: { note: Localized; encoding: string }) =>
      `Åbn filen i en teksteditor, og gem den med tegnkodningen UTF-8 (den er nu ${encoding}).`,
    en: ({ encoding }) => `Open the file in a text editor and save it with the encoding UTF-8 (it is now ${encoding}).`,
  },
  mojibake: {
    da: ({ examples, count }: { examples: string[]; count: number }) =>
      `Teksten ser ud til at være omsat forkert mellem tegnkodninger: ${examples.join(', ')} (${count} steder i filen).`,
    en: ({ examples, count }) => `The text looks wrongly converted between encodings: ${examples.join(', ')} (${count} places in the file).`,
  },
  readAsWindows1252: {
    da: 'Filen har været læst som Windows-1252 og gemt som UTF-8. Hent den oprindelige fil igen, eller erstat tegnene i hele filen.',
    en: 'The file was read as Windows-1252 and saved as UTF-8. Get the original file again, or replace the characters throughout the file.',
  },
});
