/**
 * The last touches on the package the docx library wrote, which it has no
 * option for: the front-matter table goes into a locked content control, and
 * the file becomes reproducible — the same standard, author and date give the
 * same bytes (fixed zip times, the export date as the document's dates,
 * hyperlink relationship ids numbered instead of random), and every XML part
 * holds only characters XML 1.0 allows (xml-chars.ts).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { frontMatterAlias, frontMatterTag } from './contract.js';
import { xmlSafe } from './xml-chars.js';

export interface FinishOptions {
  /** The front-matter caption and table are the first two blocks of the body. */
  wrapFrontMatter: boolean;
  date: Date;
}

/** DOS zip times start in 1980; an earlier date (SOURCE_DATE_EPOCH=0) is written as 1980. */
const zipEpoch = Date.UTC(1980, 0, 1, 12);

export function finishPackage(bytes: Uint8Array, options: FinishOptions): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]) : undefined);
  const put = (name: string, value: string) => (files[name] = strToU8(value));

  renumberRelationships(files, text, put);
  const document = text('word/document.xml');
  if (document !== undefined && options.wrapFrontMatter) put('word/document.xml', wrapFrontMatter(document));
  const core = text('docProps/core.xml');
  if (core !== undefined) put('docProps/core.xml', stampCore(core, options.date));
  // Last, so nothing written above can bring a character back that would make a part not well-formed.
  for (const name of Object.keys(files).filter(isXmlPart)) {
    const before = text(name)!;
    const after = xmlSafe(before);
    if (after !== before) put(name, after);
  }

  // [Content_Types].xml first, as Word writes it; then a fixed order.
  const names = Object.keys(files).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const mtime = new Date(Math.max(options.date.getTime(), zipEpoch));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [files[name]!, { mtime }];
  return zipSync(ordered, { level: 6 });
}

function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels)$/i.test(name);
}

function rank(name: string): number {
  return name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2;
}

/** The library names hyperlink relationships with random ids; number them per part, in the order they are used. */
function renumberRelationships(
  files: Record<string, Uint8Array>,
  text: (name: string) => string | undefined,
  put: (name: string, value: string) => void,
): void {
  for (const relsName of Object.keys(files).filter((name) => /(^|\/)_rels\/[^/]+\.rels$/.test(name))) {
    const partName = relsName.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const rels = text(relsName)!;
    const part = text(partName);
    const renamed = new Map<string, string>();
    let counter = 0;
    const newRels = rels.replace(/\bId="([^"]+)"/g, (whole, id: string) => {
      if (/^rId\d+$/.test(id)) return whole;
      const next = `rIdLink${++counter}`;
      renamed.set(id, next);
      return `Id="${next}"`;
    });
    if (renamed.size === 0) continue;
    put(relsName, newRels);
    if (part !== undefined) put(partName, part.replace(/\br:id="([^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `r:id="${renamed.get(id)}"` : whole)));
  }
}

/**
 * Everything from the start of the body to the end of the first table (the
 * caption and the front-matter table, which has no table inside it) goes into
 * a content control that Word will not let anyone edit.
 */
function wrapFrontMatter(document: string): string {
  const bodyStart = document.indexOf('<w:body>');
  const tableEnd = document.indexOf('</w:tbl>', bodyStart);
  if (bodyStart === -1 || tableEnd === -1) return document;
  const from = bodyStart + '<w:body>'.length;
  const to = tableEnd + '</w:tbl>'.length;
  const properties =
    `<w:sdtPr><w:alias w:val="${frontMatterAlias}"/><w:tag w:val="${frontMatterTag}"/>` +
    '<w:lock w:val="sdtContentLocked"/></w:sdtPr>';
  return `${document.slice(0, from)}<w:sdt>${properties}<w:sdtContent>${document.slice(from, to)}</w:sdtContent></w:sdt>${document.slice(to)}`;
}

/** The export date as created and modified, without the library's milliseconds of "now". */
function stampCore(core: string, date: Date): string {
  const stamp = isoSeconds(date);
  return core.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
}

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
