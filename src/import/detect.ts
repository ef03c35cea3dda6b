/** Which reader a file needs, from its content first and its extension second. */
import type { SourceFormat } from './types.js';

export const sourceFormats: SourceFormat[] = ['pdf-text', 'word-table', 'markdown', 'html', 'docx'];

export function detectFormat(bytes: Uint8Array, text: string | undefined, name: string): SourceFormat {
  // A zip (PK\x03\x04) is a .docx; so is a file named .docx that is not a zip (the reader says why).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (/\.docx$/i.test(name)) return 'docx';
  const sample = (text ?? '').slice(0, 200_000);
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(sample)) return 'html';
  const rows = sample.split(/\r\n|\r|\n/).filter((l) => /^[^\t]{0,200}\t\s*<(?:p|ul|ol|div|table)\b/i.test(l)).length;
  const markdownSignals = (sample.match(/^(?:#{1,6} |\*\*[^*\n]+\*\*\s*$|- |\d+\. )/gm) ?? []).length;
  // Rows inside a Markdown document (the Ringsted file) are read by the Markdown reader.
  if (rows >= 3 && !/^#{1,6} /m.test(sample) && rows * 2 >= markdownSignals) return 'word-table';
  if (/^#{1,6} /m.test(sample) || /\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.html?$/i.test(name)) return 'html';
  return 'pdf-text';
}
