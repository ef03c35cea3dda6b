/** The help words of `kvs diff` (its output's words are in src/diff/labels.ts). */
import type { Lang } from '../types.js';

export const diffText = {
  da: {
    diff: 'hvad er ændret mellem to udgaver af en standard: afsnit, fakta og oplysninger (til udvalget)',
    diffFiles: 'den gamle og den nye fil, eller én fil med --rev',
    diffFormat: 'uddataformat: md eller json',
    diffRev: 'git-revisioner af filen: A..B, eller A for revision A mod filen, som den er nu',
  },
  en: {
    diff: 'what changed between two versions of a standard: sections, facts and information (for the committee)',
    diffFiles: 'the old and the new file, or one file with --rev',
    diffFormat: 'output format: md or json',
    diffRev: 'git revisions of the file: A..B, or A for revision A against the file as it is now',
  },
} satisfies Record<Lang, Record<string, string>>;
