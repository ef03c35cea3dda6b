/**
 * Reviewer comments that a Word-to-Markdown converter inlines as text:
 * "**Kommentar [LH1]:** præcisering". They are not part of the standard.
 */
import type { Removal } from '../types.js';
import type { Line } from '../lines.js';

const inlineComment = /^\s*(?:\*\*|<b>)?\s*(?:Kommentar|Comment)\s*\[[A-ZÆØÅ]{1,6}\d{1,4}\]\s*:\s*(?:\*\*|<\/b>)?\s*(.*)$/i;

export function removeReviewerComments(lines: Line[], removed: Removal[]): Line[] {
  return lines.filter((line) => {
    if (!inlineComment.test(line.text)) return true;
    removed.push({ reason: 'comment', text: line.text.replace(/\*\*|<\/?b>/g, '').trim(), line: line.line });
    return false;
  });
}
