/**
 * What a heading says about its topic beyond the known headings: stems and
 * question forms from the cues ("Kan jeg få tilbuddet?" → målgruppe), with the
 * law taken out first ("Lovgrundlaget for indsatsen – servicelovens § 101:"),
 * and a known heading misspelt ("Behandlings garanti", "Målgrupe").
 */
import { distance } from 'fastest-levenshtein';
import { normalizeHeading } from '../headings.js';
import { compact, type Cues } from './cues.js';
import { firstCue, foldText } from './stem.js';

/** "– servicelovens § 101", "(jf. SEL § 101, stk. 1)", "§ 141": the law in a heading names no topic by itself. */
const lawInHeading =
  /[(–—-]?\s*(?:jf\.?\s*)?(?:(?:servicelovens|serviceloven|sel|lov om social service)\s*)?§+\s*\d+\s*[a-z]?(?:\s*,?\s*stk\.\s*\d+)?\s*\)?/giu;

/** The heading as the cues read it: folded, the law and numbering out. */
export function headingText(heading: string): string {
  return normalizeHeading(foldText(heading).replace(lawInHeading, ' '));
}

export interface HeadingCue {
  key: string;
  cue: string;
}

/** The topics whose heading cues the heading holds (a heading can name two: "Frit valg og betaling"). */
export function headingCues(heading: string, cues: Cues): HeadingCue[] {
  const text = headingText(heading);
  if (text === '' || cues.skipHeadings.has(text)) return [];
  const found: HeadingCue[] = [];
  for (const topic of cues.topics) {
    const cue = firstCue(text, topic.heading);
    if (cue !== undefined) found.push({ key: topic.key, cue });
  }
  return found;
}

export interface Misspelling {
  key: string;
  suggestion: string;
  /** Edits apart, spaces and hyphens not counted: 0 is a compound written in two words. */
  distance: number;
}

/**
 * A known heading within a small edit distance: one letter in a short
 * heading, two in a long one, spaces and hyphens not counted. A heading that
 * is a known one word for word is matched before this is asked.
 */
export function misspelling(heading: string, cues: Cues): Misspelling | undefined {
  const text = compact(headingText(heading));
  if (text.length < 5) return undefined;
  const allowed = text.length >= 12 ? 2 : 1;
  let best: Misspelling | undefined;
  for (const topic of cues.topics) {
    for (const known of topic.known) {
      if (Math.abs(known.compact.length - text.length) > allowed) continue;
      const d = distance(text, known.compact);
      if (d <= allowed && (best === undefined || d < best.distance)) best = { key: topic.key, suggestion: known.text, distance: d };
    }
  }
  return best;
}
