/**
 * Word-level changes in a section's text, each with a few words of context,
 * for a committee note: "… senest inden for [14 → 21] dage …".
 */
import { diffSequences } from './sequence.js';

export interface WordHunk {
  /** Up to CONTEXT words before the change. */
  before: string;
  removed: string;
  added: string;
  /** Up to CONTEXT words after the change. */
  after: string;
  removedWords: number;
  addedWords: number;
}

const CONTEXT = 4;

export function wordHunks(old: readonly string[], now: readonly string[]): WordHunk[] {
  const edits = diffSequences(old, now);
  const hunks: WordHunk[] = [];
  let index = 0;
  while (index < edits.length) {
    if (edits[index]!.op === 'equal') {
      index++;
      continue;
    }
    const start = index;
    // One hunk until two equal words in a row: "a X b Y c" reads better as one change than two.
    while (index < edits.length && (edits[index]!.op !== 'equal' || (edits[index + 1] && edits[index + 1]!.op !== 'equal'))) index++;
    const changed = edits.slice(start, index);
    const removed = changed.filter((e) => e.op !== 'insert').map((e) => e.text);
    const added = changed.filter((e) => e.op !== 'delete').map((e) => e.text);
    hunks.push({
      before: context(edits.slice(Math.max(0, start - CONTEXT), start)),
      removed: removed.join(' '),
      added: added.join(' '),
      after: context(edits.slice(index, index + CONTEXT)),
      removedWords: changed.filter((e) => e.op === 'delete').length,
      addedWords: changed.filter((e) => e.op === 'insert').length,
    });
  }
  return hunks;
}

function context(edits: Array<{ op: string; text: string }>): string {
  return edits
    .filter((e) => e.op === 'equal')
    .map((e) => e.text)
    .join(' ');
}
