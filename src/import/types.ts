/**
 * The importer's data: a reader turns a legacy file into an mdast tree,
 * cleaning passes change the tree, and everything that leaves the document
 * is recorded as a Removal. Nothing is dropped without a Removal.
 */
import type { Root } from 'mdast';

export type SourceFormat = 'pdf-text' | 'word-table' | 'markdown' | 'html' | 'docx';

/** Why a piece of text did not make it into the body. */
export type RemovalReason =
  | 'tracked-deletion'
  | 'comment'
  | 'duplicate'
  | 'near-duplicate'
  | 'page-header'
  | 'page-footer'
  | 'page-number'
  | 'table-of-contents'
  | 'field-error'
  | 'navigation'
  | 'page-control'
  | 'cookie-notice'
  | 'logo'
  | 'pdf-viewer'
  | 'front-matter'
  | 'catalogue-number'
  | 'empty-link'
  | 'markup'
  /** A picture: its file stays in the .docx; the report names it. */
  | 'image';

export interface Removal {
  reason: RemovalReason;
  text: string;
  /** 1-based line in the source file (for .docx: the paragraph number in document.xml). */
  line: number;
}

/** What a reader gives back: the document as mdast, plus what it dropped already. */
export interface ReadResult {
  tree: Root;
  removed: Removal[];
  /** The file is an export of `kvs export --docx`: its tree is the standard as written, no cleaning needed. */
  exported?: boolean;
  /** An export's front-matter YAML, as it was written. */
  frontMatter?: string;
  /** The document has paragraph styles: its headings are the styled ones, and a bold line is not one. */
  styled?: boolean;
}

/** A comment the importer wrote into the body; every one is listed in the report. */
export interface Added {
  /** Why: a near-repeat moved beside the kept wording, or two passages that state different facts. */
  reason: 'near-duplicate' | 'conflict';
  /** The comment as written, `{>>kvs: …<<}`. */
  text: string;
  /** 1-based line in the source of the passage the comment is about. */
  line: number;
}

/** A heading the importer split off the text it ran into (a viewer's transcript puts a page on one line); every one is in the report. */
export interface Split {
  /** 1-based line in the source. */
  line: number;
  heading: string;
}
