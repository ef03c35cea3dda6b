/**
 * Danish stemming: the Snowball Danish algorithm as @orama/stemmers ships it
 * (one small module per language, no dependencies), on the normalised word.
 * "behandlingen", "behandlinger" → "behandling"; "tilbuddet" → "tilbud".
 */
import { stemmer } from '@orama/stemmers/danish';
import { normaliseWord } from './normalise.js';

/** Stems met so far: the same words come back in every section. Bounded, so a long odd text cannot grow it without end. */
const known = new Map<string, string>();
const MAX_KNOWN = 50_000;

export function stem(word: string): string {
  let found = known.get(word);
  if (found === undefined) {
    found = stemmer(normaliseWord(word));
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, found);
  }
  return found;
}
