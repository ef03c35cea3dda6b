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
  /** A picture's alt text copied with a web page: a few words alone in lower case between paragraphs. */
  | 'picture-text'
  | 'empty-link'
  | 'markup'
  /** A picture not written beside the standard (stdout, no output folder, or an external link): the report names it. */
  | 'image';

/** A picture taken out of a .docx, to be written beside the standard; the Markdown links it as `folder/file`. */
export interface ExtractedImage {
  /** The file name in the picture folder: `1.png`, `2.jpeg` … in reading order. */
  file: string;
  alt: string;
  /** The name it had in the .docx (word/media/image1.png → image1.png). */
  source: string;
  line: number;
  bytes: Uint8Array;
  /** The folder it was written to, relative to the standard (set by the writer). */
  folder?: string;
}

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
  /** Pictures linked from the tree (only when the reader was given a picture folder). */
  images?: ExtractedImage[];
  /** Choices about tables the report lists. */
  notes?: ImportNote[];
}

/**
 * A choice the importer made that changes how a passage reads without losing
 * text: every one is in the report (`notes`), for the writer to check.
 * `table-header`: a table with no row marked as header had its first row made
 * the header (GFM needs one); `table-span`: a cell spanning columns stands in
 * the first of them, the others are empty.
 */
export interface ImportNote {
  kind: 'table-header' | 'table-span';
  /** 1-based line in the source (for .docx: the paragraph number). */
  line: number;
  /** The row's or cell's text, so the place can be found. */
  text: string;
  /** For `table-span`: how many columns the cell covers. */
  columns?: number;
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
