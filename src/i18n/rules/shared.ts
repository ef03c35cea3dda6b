/** Pieces that several rules' messages share. */
import type { Requirement } from '../../types.js';

/** The phrase as written, with the value it means when the wording differs: "fire uger" (28 dage). */
export function quoteWithValue(phrase: string, shown: string): string {
  return phrase.toLowerCase() === shown.toLowerCase() ? `"${phrase}"` : `"${phrase}" (${shown})`;
}

/** A requirement's help and example, as the hints for its section give them. */
export const helpAndExample = {
  da: (r: Requirement) => `${r.help.da} Eksempel: "${r.example.da}"`,
  en: (r: Requirement) => `${r.help.en} Example: "${r.example.en}"`,
};
