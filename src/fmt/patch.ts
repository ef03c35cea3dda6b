/** A unified diff of two texts (`kvs fmt --check --diff`), three lines of context. */
import { diffSequences, type Edit } from '../diff/sequence.js';

const CONTEXT = 3;

export function unifiedDiff(before: string, after: string, name: string): string {
  const edits = diffSequences(lines(before), lines(after));
  const hunks = groupHunks(edits);
  if (hunks.length === 0) return '';
  let out = `--- ${name}\n+++ ${name}\n`;
  for (const hunk of hunks) {
    out += `@@ -${range(hunk.startA, hunk.countA)} +${range(hunk.startB, hunk.countB)} @@\n`;
    for (const edit of hunk.edits) out += `${edit.op === 'equal' ? ' ' : edit.op === 'delete' ? '-' : '+'}${edit.text}\n`;
  }
  return out;
}

function lines(text: string): string[] {
  const split = text.split(/\r?\n/);
  if (split.at(-1) === '') split.pop();
  return split;
}

interface Hunk {
  startA: number;
  startB: number;
  countA: number;
  countB: number;
  edits: Edit[];
}

function groupHunks(edits: Edit[]): Hunk[] {
  const hunks: Hunk[] = [];
  // Line numbers (0-based) in both texts before each edit.
  const positions: Array<[number, number]> = [];
  let lineA = 0;
  let lineB = 0;
  for (const edit of edits) {
    positions.push([lineA, lineB]);
    if (edit.op !== 'insert') lineA++;
    if (edit.op !== 'delete') lineB++;
  }
  let index = 0;
  while (index < edits.length) {
    if (edits[index]!.op === 'equal') {
      index++;
      continue;
    }
    const from = Math.max(0, index - CONTEXT);
    let to = index;
    // Extend over changes closer together than two contexts.
    let lastChange = index;
    while (to < edits.length && to - lastChange <= 2 * CONTEXT) {
      if (edits[to]!.op !== 'equal') lastChange = to;
      to++;
    }
    const end = Math.min(edits.length, lastChange + CONTEXT + 1);
    const slice = edits.slice(from, end);
    const [startA, startB] = positions[from]!;
    hunks.push({
      startA,
      startB,
      countA: slice.filter((e) => e.op !== 'insert').length,
      countB: slice.filter((e) => e.op !== 'delete').length,
      edits: slice,
    });
    index = end;
  }
  return hunks;
}

function range(start: number, count: number): string {
  // Unified diff counts lines from 1; an empty range names the line before it.
  return `${count === 0 ? start : start + 1},${count}`;
}
