/** A .docx as a package: the zip (XML parts only, with a size limit), relationships and parsed XML parts. */
import { unzipSync } from 'fflate';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { LocalizedError } from '../../errors.js';
import { refuseDeepNesting, type TreeShape } from '../nesting.js';
import { importMessages } from '../../i18n/import.js';
import { elements } from './docx-xml.js';

// ─── Errors ─────────────────────────────────────────────────────────────────

/** The file cannot be read as a Word document; the message tells the user what to do. */
export class DocxError extends LocalizedError {}

/** Uncompressed bytes we are willing to unpack: far above any real document's text. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

// ─── Package: zip, relationships, XML ───────────────────────────────────────

export interface Package {
  /** Path of the main document part, normally word/document.xml. */
  main: string;
  /** Relationships of the main document: id → { type, target path or URL }. */
  rels: Map<string, Relationship>;
  xml(path: string | undefined): Document | undefined;
  /** The main document's related part of a type (`styles`, `comments`, …). */
  related(type: string): Document | undefined;
  /** The relationships of that part (a footnote's hyperlinks are the footnotes part's, not the document's). */
  relatedRels(type: string): Map<string, Relationship>;
  /** The package's custom document properties (docProps/custom.xml), text values only. */
  customProperties(): Map<string, string>;
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

export function openPackage(bytes: Uint8Array): Package {
  const files = unpack(bytes);
  const parsed = new Map<string, Document>();
  const xml = (path: string | undefined): Document | undefined => {
    if (path === undefined) return undefined;
    const data = files[path];
    if (!data) return undefined;
    let doc = parsed.get(path);
    if (!doc) parsed.set(path, (doc = parseXml(data, path)));
    return doc;
  };
  const rootRels = readRels(xml('_rels/.rels'), '');
  const main = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument') && files[rel.target])?.target;
  const mainPath = main ?? 'word/document.xml';
  if (!files[mainPath]) throw new DocxError(importMessages.noDocument);
  const rels = readRels(xml(relsPathOf(mainPath)), mainPath);
  const relatedPath = (type: string): string => {
    const rel = [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${type}`));
    return rel && files[rel.target] ? rel.target : `word/${type}.xml`;
  };
  const related = (type: string): Document | undefined => xml(relatedPath(type));
  const relatedRels = (type: string): Map<string, Relationship> => readRels(xml(relsPathOf(relatedPath(type))), relatedPath(type));
  const customProperties = (): Map<string, string> => {
    const rel = [...rootRels.values()].find((r) => !r.external && r.type.endsWith('/custom-properties'));
    const values = new Map<string, string>();
    for (const el of elements(xml(rel?.target)?.documentElement)) {
      const name = el.localName === 'property' ? el.getAttribute('name') : null;
      if (name) values.set(name, elements(el)[0]?.textContent ?? '');
    }
    return values;
  };
  return { main: mainPath, rels, xml, related, relatedRels, customProperties };
}

/**
 * Unzips only the XML parts: images and embedded files are never inflated.
 * The sizes in the zip directory are what fflate allocates, so summing them
 * before inflating stops a zip bomb.
 */
function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  // D0 CF 11 E0: an OLE compound file, which is what .doc and encrypted .docx files are.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError(importMessages.oldFormat);
  }
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (!/\.(?:xml|rels)$/i.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new DocxError(importMessages.tooLarge);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(importMessages.notZip);
  }
}

/** word/document.xml → word/_rels/document.xml.rels */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRels(doc: Document | undefined, sourcePart: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!doc) return rels;
  for (const rel of elements(doc.documentElement)) {
    if (rel.localName !== 'Relationship') continue;
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target');
    if (!id || !target) continue;
    const external = rel.getAttribute('TargetMode') === 'External';
    rels.set(id, {
      type: rel.getAttribute('Type') ?? '',
      target: external ? target : resolvePart(sourcePart, target),
      external,
    });
  }
  return rels;
}

/** A relationship target relative to the part that names it, as a zip path. */
function resolvePart(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of safeDecode(target).split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Warnings (e.g. about odd whitespace) are no reason to refuse a document; fatal errors still throw.
const xmlParser = new DOMParser({ onError: () => undefined });

function parseXml(data: Uint8Array, part: string): Document {
  let document: Document;
  try {
    document = xmlParser.parseFromString(decodeXml(data), 'text/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new DocxError(importMessages.damaged(part, detail));
  }
  // Every walk of this reader recurses per level; no part reaches them deeper than the limit (see nesting.ts).
  refuseDeepNesting(document.documentElement, xmlShape, importMessages.wordPart(part));
  return document;
}

const xmlShape: TreeShape<Element | null> = { children: elements, name: (el) => el?.nodeName ?? '' };

/** Parts are UTF-8 or UTF-16 (with or without a byte-order mark, which the decoder drops). */
function decodeXml(data: Uint8Array): string {
  const [a, b] = data;
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return new TextDecoder('utf-16be').decode(data);
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return new TextDecoder('utf-16le').decode(data);
  return new TextDecoder('utf-8').decode(data);
}
