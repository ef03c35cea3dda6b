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
  /** The requirements it matches against, for the recognition that reads the sections after it. */
  requirements: Requirement[];
}

/**
 * Exact matches win; otherwise a heading that starts with a known wording
 * ("Frit valg af leverandør") counts, since kommuner add qualifiers.
 */
export function headingMatcher(requirements: Requirement[]): HeadingMatcher {
  const known = requirements.flatMap((r) => normalizedHeadings(r).map((heading) => ({ key: r.key, heading })));
  const exactly = new Map<string, string[]>();
  for (const k of known) exactly.set(k.heading, [...(exactly.get(k.heading) ?? []), k.key]);
  return {
    requirements,
    match(heading) {
      const text = normalizeHeading(heading);
      const exact = exactly.get(text);
      const found = exact ?? known.filter((k) => startsWithWord(text, k.heading)).map((k) => k.key);
      return [...new Set(found)];
    },
  };
}

/** A requirement's headings, normalised once per list (a matcher is made per standard, the catalogue once). */
const normalized = new WeakMap<string[], string[]>();

function normalizedHeadings(requirement: Requirement): string[] {
  let headings = normalized.get(requirement.headings);
  if (!headings) {
    headings = requirement.headings.map(normalizeHeading);
    normalized.set(requirement.headings, headings);
  }
  return headings;
}

function startsWithWord(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && /^[\s(,–-]/u.test(text.slice(prefix.length));
}

/** True when the text is, word for word after normalising, a heading kommuner use for a requirement. */
export function isKnownHeading(text: string, requirements: Requirement[]): boolean {
  const normal = normalizeHeading(text);
  return normal !== '' && requirements.some((r) => normalizedHeadings(r).includes(normal));
}
