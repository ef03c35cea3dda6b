/**
 * Builds .docx files in memory from OOXML fragments, so tests say exactly
 * what Word would have written. Bodies are the inner XML of each part; the
 * helper adds the root elements, namespaces, [Content_Types].xml and the
 * relationships Word uses to find the parts.
 */
import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = `xmlns:w="${W_NS}" xmlns:r="${R_NS}"`;

export interface DocxParts {
  /** Inner XML of w:body. */
  document: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:comments. */
  comments?: string;
  /** Inner XML of w:footnotes. */
  footnotes?: string;
  /** Extra relationships of document.xml (e.g. hyperlinks), inner XML of Relationships. */
  rels?: string;
  /** Replace or add raw zip entries (null leaves an entry out). */
  files?: Record<string, string | Uint8Array | null>;
}

export function docx(parts: DocxParts): Uint8Array {
  const files: Record<string, string | Uint8Array | null> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': relationships(
      `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/>`,
    ),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES}><w:body>${parts.document}</w:body></w:document>`,
  };
  const documentRels: string[] = [parts.rels ?? ''];
  const addPart = (name: string, root: string, body: string | undefined): void => {
    if (body === undefined) return;
    files[`word/${name}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NAMESPACES}>${body}</w:${root}>`;
    documentRels.push(`<Relationship Id="rIdPart${name}" Type="${REL_TYPE}/${name}" Target="${name}.xml"/>`);
  };
  addPart('styles', 'styles', parts.styles);
  addPart('numbering', 'numbering', parts.numbering);
  addPart('comments', 'comments', parts.comments);
  addPart('footnotes', 'footnotes', parts.footnotes);
  files['word/_rels/document.xml.rels'] = relationships(documentRels.join(''));
  Object.assign(files, parts.files ?? {});
  return zip(files);
}

/** A zip of the given entries, as fflate writes it (null entries are left out). */
export function zip(files: Record<string, string | Uint8Array | null>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    if (content !== null) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(entries);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

function relationships(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

// ─── OOXML fragments ────────────────────────────────────────────────────────

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A paragraph; `pPr` is the inner XML of w:pPr. */
export function p(content: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

/** A run of text; `rPr` is the inner XML of w:rPr (e.g. '<w:b/>'). */
export function r(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

const revision = (id: number): string => `w:id="${id}" w:author="Mette Hansen" w:date="2024-03-01T10:00:00Z"`;
let nextRevision = 100;

/** Tracked deletion of text (as Word writes it: w:delText inside w:del). */
export function del(text: string, rPr = ''): string {
  return `<w:del ${revision(nextRevision++)}><w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
}

/** Tracked insertion of text. */
export function ins(text: string, rPr = ''): string {
  return `<w:ins ${revision(nextRevision++)}>${r(text, rPr)}</w:ins>`;
}

export function pStyle(id: string): string {
  return `<w:pStyle w:val="${id}"/>`;
}

export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

export function paragraphStyle(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;
}

/** A table; rows of cells, each cell the inner XML of w:tc (paragraphs). */
export function table(rows: string[][]): string {
  const tr = (cells: string[]): string => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr/>${rows.map(tr).join('')}</w:tbl>`;
}

/** A complex field: code, then result runs. */
export function field(code: string, result: string): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${esc(code)} </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
    result +
    `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** An inline picture (DrawingML) whose bytes are the relationship `relId`, with alt text `descr`. */
export function picture(relId: string, descr: string): string {
  return (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
    `<wp:docPr id="1" name="Billede" descr="${descr}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:blipFill><a:blip r:embed="${relId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** A relationship of the document to the picture part `word/<target>`. */
export function imageRel(id: string, target: string): string {
  return `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`;
}
