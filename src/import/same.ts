/**
 * Two extractions of one document (the Ishøj standard as a Word table and as
 * PDF text) must become one standard. They are the same when they name the
 * same kommune and share most of their word sequences.
 */
import type { ImportResult } from './index.js';

export function sameStandard(a: ImportResult, b: ImportResult): boolean {
  if (a.frontMatter.kommune !== b.frontMatter.kommune) return false;
  return similarity(a.markdown, b.markdown) >= 0.5;
}

function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** Share of the smaller document's 4-word sequences found in the other. */
export function similarity(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** Structured sources keep more of the document than a PDF's text layer; then more headings win. */
const formatRank: Record<string, number> = { docx: 4, 'word-table': 3, html: 2, markdown: 2, 'pdf-text': 1 };

function structure(result: ImportResult): number {
  return (formatRank[result.format] ?? 0) * 10_000 + (result.markdown.match(/^#{1,6} /gm) ?? []).length;
}

export interface ImportedStandard {
  source: string;
  result: ImportResult;
  /** Other extractions recognised as the same standard. */
  alternates: string[];
}

/** One standard per document: extractions of the same document are merged, the most structured one kept. */
export function groupSameStandards(items: Array<{ source: string; result: ImportResult }>): ImportedStandard[] {
  const groups: ImportedStandard[] = [];
  for (const item of items) {
    const same = groups.find((group) => sameStandard(group.result, item.result));
    if (!same) {
      groups.push({ ...item, alternates: [] });
    } else if (structure(item.result) > structure(same.result)) {
      same.alternates.push(same.source);
      same.source = item.source;
      same.result = item.result;
    } else {
      same.alternates.push(item.source);
    }
  }
  return groups;
}
