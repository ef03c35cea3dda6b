/** A fix is a list of text edits on the source; they are applied from the end so earlier offsets stay right. */
import type { Localized } from '../types.js';

export interface TextEdit {
  /** Offsets in the decoded source, end exclusive; start === end inserts. */
  start: number;
  end: number;
  text: string;
  /** What the edit does, for the summary. */
  note: Localized;
}

/** Applies the edits; one that overlaps an edit already taken is dropped (the first in document order wins). */
export function applyEdits(source: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start < lastEnd || applied.at(-1)?.start === edit.start) continue;
    applied.push(edit);
    lastEnd = Math.max(lastEnd, edit.end);
  }
  let text = source;
  for (const edit of [...applied].reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, applied };
}
