/**
 * Matching headings to requirements. Kommuner word their headings in many ways
 * ("Klagemuligheder", "Information om sagsbehandling og klageadgang"), so both
 * sides are normalised before comparing.
 */
import type { Requirement } from '../types.js';

export function normalizeHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2') // "behand- ling" from a PDF line break
    .replace(/[*_`]/g, '')
    .replace(/^[\d.\s]+(?=\p{L})/u, '') // "3.2 Frit valg"
    .replace(/[\s.:?!]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HeadingMatcher {
  match(heading: string): string[];
}

/**
 * Exact matches win; otherwise a heading that starts with a known wording
 * ("Frit valg af leverandør") counts, since kommuner add qualifiers.
 */
export function headingMatcher(requirements: Requirement[]): HeadingMatcher {
  const known = requirements.flatMap((r) => r.headings.map((h) => ({ key: r.key, heading: normalizeHeading(h) })));
  return {
    match(heading) {
      const text = normalizeHeading(heading);
      const exact = known.filter((k) => k.heading === text);
      const found = exact.length > 0 ? exact : known.filter((k) => startsWithWord(text, k.heading));
      return [...new Set(found.map((k) => k.key))];
    },
  };
}

function startsWithWord(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && /^[\s(,–-]/u.test(text.slice(prefix.length));
}

/** True when the text is, word for word after normalising, a heading kommuner use for a requirement. */
export function isKnownHeading(text: string, requirements: Requirement[]): boolean {
  const normal = normalizeHeading(text);
  return normal !== '' && requirements.some((r) => r.headings.some((h) => normalizeHeading(h) === normal));
}
