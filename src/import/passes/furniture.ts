/**
 * Page furniture: what a page layout adds and a standard does not say.
 * Page numbers, running headers, tables of contents with leaders or page
 * columns, and Word field errors. Each removed line is reported.
 */
import type { Removal } from '../types.js';
import { isBlank, type Line } from '../lines.js';

const pageNumber = /^\s*(?:side\s+\d{1,4}\s*(?:af|\/)\s*\d{1,4}|page\s+\d{1,4}\s+of\s+\d{1,4}|-?\s*\d{1,3}\s*-?)\s*$/i;
// "Behandlingsgaranti .....	4" or "Behandlingsgaranti	4"
const tocEntry = /(?:\.{3,}|…{2,})\s*\d{1,3}\s*$|^[^\t]{3,120}\t\s*\d{1,3}\s*$/;
const tocHeading = /^\s*(?:#{1,6}\s*)?\**\s*(?:indhold|indholdsfortegnelse|contents)\s*\**\s*$/i;
const fieldError = /(?:Fejl!|Error!)\s*(?:Bogmærke er ikke defineret|Henvisningskilde ikke fundet|Reference source not found|Bookmark not defined)\.?/gi;

export function removePageFurniture(lines: Line[], removed: Removal[]): Line[] {
  const headers = runningHeaders(lines);
  const seenHeader = new Set<string>();
  const kept: Line[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const text = line.text;
    if (tocHeading.test(text) && nextNonBlank(lines, index, (l) => tocEntry.test(l.text))) {
      removed.push({ reason: 'table-of-contents', text: text.trim(), line: line.line });
      continue;
    }
    if (tocEntry.test(text)) {
      removed.push({ reason: 'table-of-contents', text: text.trim(), line: line.line });
      continue;
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
    if (fieldError.test(text)) {
      fieldError.lastIndex = 0;
      for (const match of text.match(fieldError) ?? []) removed.push({ reason: 'field-error', text: match, line: line.line });
      kept.push({ ...line, text: text.replace(fieldError, '') });
      continue;
    }
    kept.push(line);
  }
  return kept;
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
