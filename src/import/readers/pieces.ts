/** The inline pieces the .docx reader collects before they become mdast; shared with the tracked-change pass (docx-changes.ts). */
export interface Format {
  bold: boolean;
  italic: boolean;
  href: string | undefined;
}

/**
 * One stretch of inline content before it becomes mdast. `raw` is Markdown
 * kept as written (an mdast html node); the comment kinds mark where a
 * comment's range starts and ends and where it is referenced (keepChanges only).
 */
export interface Piece {
  kind: 'text' | 'break' | 'note' | 'raw' | 'image' | 'comment-start' | 'comment-end' | 'comment-ref';
  /** The text, for a note its identifier, for a comment marker the comment's id, for a picture its path. */
  text: string;
  /** A picture's alt text. */
  alt?: string;
  format: Format;
  deleted: boolean;
  /** Inserted as a tracked change (recorded with keepChanges only). */
  inserted: boolean;
  /** Highlighted with a text highlight colour (recorded with keepChanges only). */
  highlight: boolean;
  /** The innermost Word field whose result this is. */
  field: number | undefined;
  line: number;
}
