/**
 * Markdown phrasing to Word runs, with review marks as Word revisions.
 *
 * The delimiters (see source.ts) switch a mode that lasts until its closing
 * delimiter, across formatting and paragraphs: text met while inserting is a
 * `w:ins` run, while deleting a `w:del` run with `w:delText`, in a highlight a
 * yellow run; comments become `w:commentRangeStart/End` and a
 * `w:commentReference`. `<del>`, `<ins>` and `~~strikethrough~~`, which the
 * model also reads as review marks, become revisions too.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InsertedTextRun,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from './library.js';
import type { Definition, PhrasingContent } from 'mdast';
import { markdownStyle, softBreakStyle } from './contract.js';
import { stripMarks, tokenize, type Token } from './source.js';

export interface RevisionStamp {
  author: string;
  /** ISO 8601 without milliseconds, as Word writes it. */
  date: string;
}

type Mode = 'none' | 'ins' | 'del' | 'hl';

interface Format {
  bold: boolean;
  italic: boolean;
  code: boolean;
  href: string | undefined;
}

/** One stretch of phrasing in reading order. */
type Piece =
  | { kind: 'text' | 'raw'; text: string; format: Format }
  | { kind: 'break' | 'soft'; format: Format }
  | { kind: 'footnote'; id: number; format: Format }
  | { kind: 'mark'; token: Exclude<Token, { kind: 'text' }> | { kind: 'htmlDel' | 'htmlDelEnd' | 'htmlIns' | 'htmlInsEnd' }; format: Format };

const plain: Format = { bold: false, italic: false, code: false, href: undefined };

const htmlReview: Record<string, 'htmlDel' | 'htmlDelEnd' | 'htmlIns' | 'htmlInsEnd'> = { del: 'htmlDel', '/del': 'htmlDelEnd', ins: 'htmlIns', '/ins': 'htmlInsEnd' };

export interface InlineContext {
  stamp: RevisionStamp;
  /** Link reference definitions by normalised identifier. */
  definitions: Map<string, Definition>;
  /** Footnote number by identifier. */
  footnotes: Map<string, number>;
  /** First id free for revisions: comment ids come first, so the two never collide. */
  firstRevisionId: number;
}

/** Writes runs; one writer per document, because a mark opened in one paragraph may close in a later one. */
export class InlineWriter {
  private mode: Mode = 'none';
  /** Line breaks inside paragraphs kept as marked spaces; headings and table cells are one line in Markdown. */
  private softBreaks = true;
  private readonly openRanges = new Set<number>();
  private nextId: number;
  /** How many revisions were written (for the report). */
  revisions = 0;

  constructor(private readonly context: InlineContext) {
    this.nextId = context.firstRevisionId;
  }

  /** Runs of one paragraph, heading or table cell. */
  runs(nodes: readonly PhrasingContent[], options: { softBreaks?: boolean } = {}): ParagraphChild[] {
    const pieces: Piece[] = [];
    for (const node of nodes) this.flatten(node, plain, pieces);
    this.softBreaks = options.softBreaks ?? true;
    return this.write(pieces);
  }

  /** Runs of text given as a string (code blocks, raw HTML blocks): delimiters still apply. */
  text(text: string, format: Partial<Format> = {}, raw = false): ParagraphChild[] {
    const pieces: Piece[] = [];
    this.pushText(text, { ...plain, ...format }, pieces, raw);
    return this.write(pieces);
  }

  private flatten(node: PhrasingContent, format: Format, out: Piece[]): void {
    switch (node.type) {
      case 'text':
        node.value.split('\n').forEach((line, index) => {
          if (index > 0) out.push({ kind: 'soft', format });
          this.pushText(line, format, out);
        });
        break;
      case 'inlineCode':
        this.pushText(node.value.replace(/\n/g, ' '), { ...format, code: true }, out);
        break;
      case 'strong':
        for (const child of node.children) this.flatten(child, { ...format, bold: true }, out);
        break;
      case 'emphasis':
        for (const child of node.children) this.flatten(child, { ...format, italic: true }, out);
        break;
      case 'delete':
        // Strikethrough is a deletion in this format's review marks.
        out.push({ kind: 'mark', token: { kind: 'htmlDel' }, format });
        for (const child of node.children) this.flatten(child, format, out);
        out.push({ kind: 'mark', token: { kind: 'htmlDelEnd' }, format });
        break;
      case 'link':
        for (const child of node.children) this.flatten(child, { ...format, href: stripMarks(node.url) }, out);
        break;
      case 'linkReference': {
        const definition = this.context.definitions.get(node.identifier.toLowerCase());
        const linked = definition ? { ...format, href: stripMarks(definition.url) } : format;
        for (const child of node.children) this.flatten(child, linked, out);
        break;
      }
      case 'image':
      case 'imageReference':
        if (node.alt) this.pushText(node.alt, format, out);
        break;
      case 'break':
        out.push({ kind: 'break', format });
        break;
      case 'footnoteReference': {
        const id = this.context.footnotes.get(node.identifier.toLowerCase());
        if (id !== undefined) out.push({ kind: 'footnote', id, format });
        break;
      }
      case 'html': {
        const tag = /^<(\/?(?:del|ins))(?:\s[^>]{0,200})?>$/i.exec(node.value.trim());
        if (tag) out.push({ kind: 'mark', token: { kind: htmlReview[tag[1]!.toLowerCase()]! }, format });
        else this.pushText(node.value, format, out, true);
        break;
      }
      default:
        break;
    }
  }

  private pushText(text: string, format: Format, out: Piece[], raw = false): void {
    for (const token of tokenize(text)) {
      if (token.kind === 'text') out.push({ kind: raw ? 'raw' : 'text', text: token.text, format });
      else out.push({ kind: 'mark', token, format });
    }
  }

  /** Pieces to runs; consecutive pieces with one link target share one hyperlink. */
  private write(pieces: Piece[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    let link: { href: string; children: ParagraphChild[] } | undefined;
    const closeLink = () => {
      if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.children }));
      link = undefined;
    };
    for (const piece of pieces) {
      const href = piece.kind === 'mark' ? link?.href : piece.format.href;
      if (href !== link?.href) {
        closeLink();
        if (href) link = { href, children: [] };
      }
      (link?.children ?? out).push(...this.piece(piece));
    }
    closeLink();
    return out;
  }

  private piece(piece: Piece): ParagraphChild[] {
    switch (piece.kind) {
      case 'mark':
        return this.mark(piece.token);
      case 'footnote':
        return [new FootnoteReferenceRun(piece.id)];
      case 'break':
        return [this.run({ ...runFormat(piece.format), break: 1 })];
      case 'soft':
        // A line break inside a Markdown paragraph renders as a space.
        return [this.run({ ...runFormat(piece.format), text: ' ', ...(this.softBreaks ? { style: softBreakStyle } : {}) })];
      case 'raw':
        // Word has no form for it; hidden, it travels with the document and comes back. Its line breaks are w:br,
        // since Word does not keep a line feed inside w:t.
        return piece.text
          .split('\n')
          .map((line, index) => this.run({ text: line, style: markdownStyle, vanish: true, ...(index > 0 ? { break: 1 } : {}) }));
      case 'text':
        return piece.text === '' ? [] : [this.run({ ...runFormat(piece.format), text: piece.text })];
    }
  }

  private run(options: IRunOptions): ParagraphChild {
    if (this.mode === 'ins' || this.mode === 'del') {
      this.revisions++;
      const revision = { ...options, id: this.nextId++, author: this.context.stamp.author, date: this.context.stamp.date };
      return this.mode === 'ins' ? new InsertedTextRun(revision) : new DeletedTextRun(revision);
    }
    return new TextRun(this.mode === 'hl' ? { ...options, highlight: 'yellow' } : options);
  }

  private mark(token: Extract<Piece, { kind: 'mark' }>['token']): ParagraphChild[] {
    switch (token.kind) {
      case 'insOpen':
      case 'subMid':
      case 'htmlIns':
        this.mode = 'ins';
        return [];
      case 'delOpen':
      case 'subOpen':
      case 'htmlDel':
        this.mode = 'del';
        return [];
      case 'hlOpen':
        this.mode = 'hl';
        return [];
      case 'insClose':
      case 'delClose':
      case 'subClose':
      case 'hlClose':
      case 'htmlDelEnd':
      case 'htmlInsEnd':
        this.mode = 'none';
        return [];
      case 'rangeStart':
        this.openRanges.add(token.n);
        return [new CommentRangeStart(token.n)];
      case 'comment': {
        // A comment without a range of its own is anchored at its place: an empty range, then the reference.
        const start = this.openRanges.delete(token.n) ? [] : [new CommentRangeStart(token.n)];
        return [...start, new CommentRangeEnd(token.n), new TextRun({ children: [new CommentReference(token.n)] })];
      }
    }
  }
}

function runFormat(format: Format): IRunOptions {
  return {
    ...(format.bold ? { bold: true } : {}),
    ...(format.italic ? { italics: true } : {}),
    ...(format.code ? { font: 'Consolas' } : {}),
    ...(format.href ? { style: 'Hyperlink' } : {}),
  };
}
