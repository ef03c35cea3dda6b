/**
 * The booklet's structure for screen readers: structure elements (H1–H6, P,
 * L/LI/Lbl/LBody, Table/TR/TH/TD, Link, TOC/TOCI) in reading order, the
 * marked content that ties drawing to them, and artifacts for decoration.
 */
import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

export interface Tag {
  elem: PDFStructureElement;
  type: string;
}

/** The element a line's text belongs to, and the Link element open inside it. */
export interface Owner {
  tag: Tag;
  link?: { url: string; tag: Tag };
}

/**
 * Keeps marked content and structure in step: one open marked-content sequence at a time.
 * Every drawing goes through here, so a pass that only measures (the first) skips them all:
 * nothing drawn changes where anything goes.
 */
export class Tagger {
  private open: Tag | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly drawing: boolean,
  ) {}

  content(tag: Tag, draw: () => void): void {
    if (!this.drawing) return;
    if (this.open !== tag) {
      this.close();
      tag.elem.add(this.doc.markStructureContent(tag.type));
      this.open = tag;
    }
    draw();
  }

  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (!this.drawing) return;
    this.close();
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  close(): void {
    if (this.open) {
      this.doc.endMarkedContent();
      this.open = undefined;
    }
  }
}

/** A new structure element of `type` under `parent`. */
export function element(doc: PDFDocument, type: string, parent: Tag, options?: Parameters<PDFDocument['struct']>[1]): Tag {
  const elem = doc.struct(type, options);
  parent.elem.add(elem);
  return { elem, type };
}

/** Ends the Link element open in `owner`, if any. */
export function endLink(owner: Owner): void {
  if (owner.link) {
    owner.link.tag.elem.end();
    delete owner.link;
  }
}
