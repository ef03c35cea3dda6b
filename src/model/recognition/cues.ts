/**
 * The recognition's data, read once: each requirement's cues and known
 * headings (folded), and the phrases and headings that name topics without
 * describing them (reading guides, contents lists, links).
 */
import type { Requirement } from '../../types.js';
import { readRecognition } from '../../law/data.js';
import { normalizeHeading } from '../headings.js';

export interface Topic {
  key: string;
  heading: string[];
  body: string[][];
  not: string[];
  /** Different body groups the text needs. */
  groups: number;
  /** Known headings, as written and compacted (no spaces or hyphens) for the misspelling test. */
  known: Array<{ text: string; compact: string }>;
}

export interface Cues {
  topics: Topic[];
  skipPhrases: string[];
  skipHeadings: Set<string>;
}

const compiled = new WeakMap<Requirement[], Cues>();
/** Per requirement object: a project's extra headings make a new list each time, but most of its requirements are the catalogue's own. */
const topicOf = new WeakMap<Requirement, Topic>();
let skip: { phrases: string[]; headings: Set<string> } | undefined;

export function cuesFor(requirements: Requirement[]): Cues {
  let cues = compiled.get(requirements);
  if (cues) return cues;
  skip ??= (() => {
    const data = readRecognition();
    return { phrases: data.skipPhrases ?? [], headings: new Set((data.skipHeadings ?? []).map(normalizeHeading)) };
  })();
  cues = { topics: requirements.map(topic), skipPhrases: skip.phrases, skipHeadings: skip.headings };
  compiled.set(requirements, cues);
  return cues;
}

function topic(r: Requirement): Topic {
  let t = topicOf.get(r);
  if (!t) {
    t = {
      key: r.key,
      heading: r.cues?.heading ?? [],
      body: r.cues?.body ?? [],
      not: r.cues?.not ?? [],
      groups: r.cues?.groups ?? 2,
      known: r.headings.map((text) => ({ text, compact: compact(normalizeHeading(text)) })),
    };
    topicOf.set(r, t);
  }
  return t;
}

/** Without spaces and hyphens: "behandlings garanti" and "behandlings-garanti" meet "behandlingsgaranti". */
export function compact(text: string): string {
  return text.replace(/[\s\-–]/g, '');
}
