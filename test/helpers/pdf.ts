/**
 * Reading PDFs in tests with the Debian tools: pdfinfo, pdffonts, pdftotext
 * (poppler-utils) and qpdf --json for the structure tree and annotations.
 */
import { execFileSync } from 'node:child_process';

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdffonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object ID
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    if (!match) throw new Error(`Unexpected pdffonts line: ${line}`);
    return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
  });
}

/** The text of each page (pdftotext's reading order, default layout analysis). */
export function pdfPages(file: string): string[] {
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = out.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Page text without the running header (a line with " · " on most pages) and the "Side X af Y" footer. */
export function bodyLines(pages: string[]): string[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const line of new Set(page.split('\n').map((l) => l.trim()))) {
      if (line.includes(' · ')) counts.set(line, (counts.get(line) ?? 0) + 1);
    }
  }
  const headers = new Set([...counts].filter(([, n]) => n >= Math.max(2, pages.length / 3)).map(([line]) => line));
  return pages.map((page) =>
    page
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !headers.has(l) && !/^Side \d+ af \d+$/.test(l)),
  );
}

// ---------------------------------------------------------------------------
// Structure tree

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface StructNode {
  type: string;
  /** 1-based page of the element's first marked content, if it has any of its own. */
  page?: number;
  /** /Alt, /ActualText and the like. */
  attributes: Record<string, Json>;
  children: StructNode[];
  /** Marked-content ids directly in this element. */
  mcids: number[];
  /** Annotations (OBJR) directly in this element. */
  annotations: Record<string, Json>[];
}

export interface PdfObjects {
  get(ref: Json | undefined): Json | undefined;
  root: Record<string, Json>;
}

export function pdfObjects(file: string): PdfObjects {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 1 << 28 })) as {
    qpdf: [unknown, Record<string, { value?: Json }>];
  };
  const objects = json.qpdf[1];
  const get = (ref: Json | undefined): Json | undefined =>
    typeof ref === 'string' && /^\d+ \d+ R$/.test(ref) ? objects[`obj:${ref}`]?.value : ref;
  const trailer = objects.trailer!.value as Record<string, Json>;
  return { get, root: get(trailer['/Root']) as Record<string, Json> };
}

/** Page object references in page order. */
export function pagesOf(objects: PdfObjects): string[] {
  const out: string[] = [];
  const walk = (ref: Json) => {
    const node = objects.get(ref) as Record<string, Json>;
    if (node['/Type'] === '/Pages') for (const kid of node['/Kids'] as Json[]) walk(kid);
    else out.push(ref as string);
  };
  walk(objects.root['/Pages']!);
  return out;
}

export function structureTree(objects: PdfObjects): StructNode[] {
  const pageIndex = new Map(pagesOf(objects).map((ref, i) => [ref, i + 1]));
  const treeRoot = objects.get(objects.root['/StructTreeRoot']) as Record<string, Json> | undefined;
  if (!treeRoot) return [];
  const build = (ref: Json, inheritedPage: string | undefined): StructNode | undefined => {
    const dict = objects.get(ref) as Record<string, Json> | undefined;
    if (!dict || typeof dict !== 'object' || Array.isArray(dict) || !('/S' in dict)) return undefined;
    const pg = (dict['/Pg'] as string | undefined) ?? inheritedPage;
    const node: StructNode = { type: String(dict['/S']).replace(/^\//, ''), attributes: {}, children: [], mcids: [], annotations: [] };
    for (const key of ['/Alt', '/ActualText', '/A', '/Lang', '/T']) if (dict[key] !== undefined) node.attributes[key] = objects.get(dict[key])!;
    const kids = dict['/K'];
    for (const kid of Array.isArray(kids) ? kids : kids === undefined || kids === null ? [] : [kids]) {
      if (typeof kid === 'number') {
        node.mcids.push(kid);
        if (node.page === undefined && pg) node.page = pageIndex.get(pg);
        continue;
      }
      const value = objects.get(kid) as Record<string, Json> | undefined;
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      if (value['/Type'] === '/MCR') {
        node.mcids.push(value['/MCID'] as number);
        if (node.page === undefined) node.page = pageIndex.get(value['/Pg'] as string);
      } else if (value['/Type'] === '/OBJR') {
        node.annotations.push(objects.get(value['/Obj']) as Record<string, Json>);
      } else {
        const child = build(kid, pg);
        if (child) node.children.push(child);
      }
    }
    return node;
  };
  const kids = treeRoot['/K'];
  return (Array.isArray(kids) ? kids : [kids!]).map((kid) => build(kid, undefined)).filter((n): n is StructNode => !!n);
}

export function flatten(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The first page on which an element or one of its descendants has content. */
export function firstPage(node: StructNode): number | undefined {
  if (node.page !== undefined) return node.page;
  for (const child of node.children) {
    const page = firstPage(child);
    if (page !== undefined) return page;
  }
  return undefined;
}

/** Text of a PDF string as qpdf writes it ("u:…" or "b:…" hex). */
export function pdfString(value: Json | undefined): string {
  if (typeof value !== 'string') return '';
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
  return value;
}

/** The decoded content stream of every page, in page order. */
export function pageContents(file: string, objects: PdfObjects = pdfObjects(file)): string[] {
  return pagesOf(objects).map((ref) => {
    const page = objects.get(ref) as Record<string, Json>;
    const contents = page['/Contents'];
    const refs = Array.isArray(contents) ? contents : [contents];
    return refs
      .map((content) => {
        const id = String(content).split(' ')[0]!;
        return execFileSync('qpdf', [`--show-object=${id}`, '--filtered-stream-data', file], { encoding: 'latin1', maxBuffer: 1 << 26 });
      })
      .join('\n');
  });
}

export interface MarkedOperators {
  /** Text objects and painting operators outside any marked content. */
  unmarked: string[];
  /** Text objects inside /Artifact sequences of /Type /Layout (line-end hyphens). */
  layoutArtifactText: number;
}

/** Checks that every text object (BT), rectangle (re), line (l) and image (Do) sits inside marked content. */
export function markedOperators(content: string): MarkedOperators {
  const tokens = content.split(/\s+/);
  const stack: string[] = [];
  const unmarked: string[] = [];
  let layoutArtifactText = 0;
  let pendingTag = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('/') && (tokens[i + 1] === 'BMC' || tokens[i + 1] === '<<' || tokens[i + 1]?.startsWith('<<'))) pendingTag = token;
    if (token === 'BMC' || token === 'BDC') {
      const dict = token === 'BDC' ? tokens.slice(Math.max(0, i - 6), i).join(' ') : '';
      stack.push(pendingTag === '/Artifact' && /\/Type \/Layout/.test(dict) ? 'layout' : pendingTag);
      pendingTag = '';
    } else if (token === 'EMC') {
      stack.pop();
    } else if (token === 'BT' || token === 're' || token === 'l' || token === 'Do') {
      if (stack.length === 0) unmarked.push(token);
      else if (token === 'BT' && stack.includes('layout')) layoutArtifactText++;
    }
  }
  return { unmarked, layoutArtifactText };
}
