/**
 * "Did you mean …?": the allowed key or value a writer most likely meant,
 * from a typo, a Danish letter written out, or an English word.
 */
import { distance } from 'fastest-levenshtein';

// Danish letters folded, so `omrade`/`område` and `interval_år` find `omraade` and `interval_aar`.
function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

/** English words a writer may reach for instead of the Danish key. */
const SYNONYMS: Record<string, string> = {
  municipality: 'kommune',
  title: 'titel',
  area: 'omraade',
  legal_basis: 'lovgrundlag',
  approved: 'godkendt',
  vedtaget: 'godkendt',
  date: 'dato',
  by: 'af',
  contact: 'kontakt',
  kontakter: 'kontakt',
  name: 'navn',
  address: 'adresse',
  phone: 'telefon',
  tlf: 'telefon',
  mail: 'email',
  'e-mail': 'email',
  website: 'web',
  url: 'web',
  hjemmeside: 'web',
  interval: 'interval_aar',
};

/** The allowed word closest to `word`, if it is close enough to be a plausible typo. */
export function suggest(word: string, allowed: string[]): string | undefined {
  const synonym = SYNONYMS[fold(word)];
  if (synonym && allowed.includes(synonym)) return synonym;
  let best: { word: string; cost: number } | undefined;
  for (const candidate of allowed) {
    const cost = distance(fold(word), fold(candidate));
    if (!best || cost < best.cost) best = { word: candidate, cost };
  }
  // Up to two edits, but never more than a third of the word: `ny` is not a typo for `af`.
  if (best && best.cost <= Math.min(2, Math.ceil(word.length / 3))) return best.word;
  return undefined;
}
