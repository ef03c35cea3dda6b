/**
 * Page furniture: what a page layout adds and a standard does not say.
 * The kinds a web page, an online PDF viewer and a PDF or Word layout add
 * are data (schemas/furniture.json); the layout-wide kinds are found here:
 * page numbers standing alone, running headers, tables of contents with
 * leaders or page columns. Each removed line or piece is reported.
 */
import type { Removal, RemovalReason } from '../types.js';
import { isBlank, type Line } from '../lines.js';
import { readSchemaFile } from '../../law/data.js';
import { distance } from 'fastest-levenshtein';

const pageNumber = /^\s*(?:side\s+\d{1,4}\s*(?:af|\/)\s*\d{1,4}|page\s+\d{1,4}\s+of\s+\d{1,4}|-?\s*\d{1,3}\s*-?)\s*$/i;
// "Behandlingsgaranti .....	4" or "Behandlingsgaranti	4"
const tocEntry = /(?:\.{3,}|…{2,})\s*\d{1,3}\s*$|^[^\t]{3,120}\t\s*\d{1,3}\s*$/;
const tocHeading = /^\s*(?:#{1,6}\s*)?\**\s*(?:indhold|indholdsfortegnelse|contents)\s*\**\s*$/i;

/** The longest line a furniture pattern is tried on: a cookie banner's paragraph fits. */
const maxFurnitureLine = 600;

/** Where furniture comes from, as schemas/furniture.json groups it. */
export type FurnitureSource = 'web' | 'pdf-viewer' | 'pdf-word';

interface FurnitureEntry {
  reason: RemovalReason;
  note: string;
  line?: string;
  inline?: string;
  transcript?: boolean;
  region?: 'until-transcript';
}

interface Pattern {
  reason: RemovalReason;
  source: FurnitureSource;
  line?: RegExp;
  inline?: RegExp;
  transcript: boolean;
  /** The lines after the match up to the transcript are furniture too. */
  untilTranscript: boolean;
}

let loaded: Pattern[] | undefined;

/** The patterns of schemas/furniture.json, compiled once. */
export function furniturePatterns(): Pattern[] {
  loaded ??= Object.entries(readSchemaFile<{ sources: Record<FurnitureSource, FurnitureEntry[]> }>('furniture.json').sources).flatMap(
    ([source, entries]) =>
      entries.map((entry) => ({
        reason: entry.reason,
        source: source as FurnitureSource,
        transcript: entry.transcript === true,
        untilTranscript: entry.region === 'until-transcript',
        ...(entry.line ? { line: new RegExp(`^(?:${entry.line})$`, 'iu') } : {}),
        ...(entry.inline ? { inline: new RegExp(entry.inline, 'giu') } : {}),
      })),
  );
  return loaded;
}

/** A line as the furniture patterns see it: no Markdown heading, bullet, link, emphasis or escape marks, no outer spaces. */
function bare(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*[•▪●*-]\s+/u, '')
    // A converter's Markdown keeps the page's links: "[Gå til indhold](#main)", "![Logo](logo.svg)".
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/\*\*|__|\\(?=[^\s])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The furniture pattern a whole line matches, if any. */
export function furnitureOf(text: string): Pattern | undefined {
  const line = bare(text);
  // Furniture is short; a long line is text, and is never handed to the patterns whole.
  if (line === '' || line.length > maxFurnitureLine) return undefined;
  return furniturePatterns().find((p) => p.line?.test(line));
}

export function removePageFurniture(lines: Line[], removed: Removal[]): Line[] {
  const headers = runningHeaders(lines);
  const contents = numberedContents(lines);
  const seenHeader = new Set<string>();
  const kept: Line[] = [];
  // In an online viewer's transcript each page starts with its number: "3 Behandlingen tilbydes …".
  let transcriptPage: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let text = line.text;
    if (contents.has(index)) {
      removed.push({ reason: 'table-of-contents', text: text.trim(), line: line.line });
      continue;
    }
    if (tocHeading.test(text) && nextNonBlank(lines, index, (l) => tocEntry.test(l.text) || contents.has(lines.indexOf(l)))) {
      removed.push({ reason: 'table-of-contents', text: text.trim(), line: line.line });
      continue;
    }
    if (tocEntry.test(text)) {
      removed.push({ reason: 'table-of-contents', text: text.trim(), line: line.line });
      continue;
    }
    const furniture = furnitureOf(text);
    if (furniture) {
      removed.push({ reason: furniture.reason, text: text.trim(), line: line.line });
      if (furniture.transcript) transcriptPage = 1;
      if (furniture.untilTranscript) {
        // Other documents' titles: up to the transcript, or after it to the end; with no transcript, only the label goes.
        let end = lines.findIndex((l, at) => at > index && furnitureOf(l.text)?.transcript === true);
        if (end < 0 && transcriptPage !== undefined) end = lines.length;
        for (const skipped of end > index ? lines.slice(index + 1, end) : []) {
          if (skipped.text.trim() !== '') removed.push({ reason: furniture.reason, text: skipped.text.trim(), line: skipped.line });
        }
        if (end > index) index = end - 1;
      }
      continue;
    }
    if (transcriptPage !== undefined) {
      const page = /^\s*(\d{1,4})(?=\s|$)/.exec(text);
      const number = page ? Number(page[1]) : NaN;
      if (number === transcriptPage || number === transcriptPage + 1) {
        removed.push({ reason: 'page-number', text: page![1]!, line: line.line });
        transcriptPage = number + 1;
        text = text.slice(page![0].length).trimStart();
        // The page's own printed number at its foot ends the line: "1 Kvalitetsstandard for … Social Service 1".
        const folio = new RegExp(`(?<!§|stk\\.|nr\\.|kap\\.|side)\\s+${number}\\s*$`, 'iu');
        if (folio.test(text)) {
          removed.push({ reason: 'page-number', text: String(number), line: line.line });
          text = text.replace(folio, '');
        }
        if (text === '') continue;
      }
    }
    // A bare number is a page number only where it stands alone: "§\n101" is a wrapped line.
    if (pageNumber.test(text) && text.trim() !== '' && isBlank(lines[index - 1]) && isBlank(lines[index + 1])) {
      removed.push({ reason: 'page-number', text: text.trim(), line: line.line });
      continue;
    }
    const key = headerKey(text);
    if (headers.has(key)) {
      if (seenHeader.has(key)) {
        removed.push({ reason: 'page-header', text: text.trim(), line: line.line });
        continue;
      }
      seenHeader.add(key);
    }
    const cut = cutInline(text, line.line, removed);
    // A line that was only furniture goes, so the lines around it stay one paragraph.
    if (cut.trim() === '' && text.trim() !== '') continue;
    kept.push({ ...line, text: cut });
  }
  return kept;
}

/** Removes the inline furniture ("Side 3 af 14", "Fejl! Referencekilde ikke fundet.") from a line. */
function cutInline(text: string, lineNumber: number, removed: Removal[]): string {
  let out = text;
  for (const pattern of furniturePatterns()) {
    if (!pattern.inline) continue;
    pattern.inline.lastIndex = 0;
    if (!pattern.inline.test(out)) continue;
    pattern.inline.lastIndex = 0;
    for (const match of out.match(pattern.inline) ?? []) removed.push({ reason: pattern.reason, text: match, line: lineNumber });
    out = out.replace(pattern.inline, ' ').replace(/(\S) {2,}(?=\S)/g, '$1 ').replace(/ +([.,;:])/g, '$1').replace(/\s+$/, '');
  }
  return out;
}

const numberedEntry = /^(\d{1,2})\\?[.)]\s+(\S.{1,150})$/u;
const key = (text: string) => bare(text).replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Two wordings of one heading: the same letters, give or take a typo ("Kvalitetstandardens"/"Kvalitetsstandardens"). */
const sameHeading = (a: string, b: string) => a !== '' && distance(a, b) <= Math.max(1, Math.floor(a.length / 12));

/**
 * A page's own contents list without page numbers: "1. Formål", "2. Målgruppe" …
 * numbered from 1 in a row, short, no sentence, whose entries come back as
 * the document's headings further down (the first, or half of them). The
 * indexes of its lines.
 */
function numberedContents(lines: Line[]): Set<number> {
  const found = new Set<number>();
  for (let start = 0; start < lines.length; start++) {
    const first = numberedEntry.exec(bare(lines[start]!.text));
    if (first?.[1] !== '1') continue;
    const run: number[] = [];
    for (let at = start, expected = 1; at < lines.length; at++) {
      const text = bare(lines[at]!.text);
      if (text === '') continue;
      const entry = numberedEntry.exec(text);
      if (!entry || Number(entry[1]) !== expected || /[.!?;:]$|[.!?]\s+\p{Lu}/u.test(entry[2]!) || entry[2]!.split(/\s+/).length > 14) break;
      run.push(at);
      expected++;
    }
    if (run.length < 3) continue;
    const later = lines.slice(run.at(-1)! + 1).map((l) => key(l.text)).filter((k) => k.length > 0 && k.length < 200);
    const recurs = run.map((at) => key(lines[at]!.text)).map((entry) => later.some((k) => sameHeading(entry, k)));
    if (recurs[0] || recurs.filter(Boolean).length * 2 >= run.length) for (const at of run) found.add(at);
    start = run.at(-1)!;
  }
  return found;
}

function nextNonBlank(lines: Line[], index: number, test: (l: Line) => boolean): boolean {
  for (let at = index + 1; at < lines.length; at++) {
    if (lines[at]!.text.trim() !== '') return test(lines[at]!);
  }
  return false;
}

function headerKey(text: string): string {
  return text.replace(/[#*_]/g, '').trim();
}

/** Lines in capitals of two or more words that recur: a running header, kept once. */
function runningHeaders(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = headerKey(line.text);
    const letters = key.replace(/[^\p{L}]/gu, '');
    if (key.split(/\s+/).length < 2 || letters.length < 6 || letters !== letters.toUpperCase()) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}
