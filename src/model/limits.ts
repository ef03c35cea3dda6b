/**
 * Input limits: what the read stage refuses before any parsing, with the
 * place where a limit is first exceeded and what to do about it.
 *
 * The Markdown parser (micromark under remark-parse) costs up to ~80 µs per
 * byte on text dense with lists, quotes or headings (about 300 µs per list
 * item, measured on a loaded 2-core machine), its inline scanner is quadratic
 * within one paragraph full of markup (`a* a* a*`, `x <!-- <!-- …`), and it
 * overflows the call stack on block quotes nested a few thousand deep. Real
 * standards are 10–120 KB with paragraphs under 3 000 characters and a few
 * markup characters each, lines under 2 500 and nesting of at most 4. The limits leave room for several times
 * that and keep the worst case at about 15–20 s on such a machine: a clear
 * refusal is then the answer, not a hang.
 *
 * Every check here is one pass over the text, so refusing is cheap.
 */
import type { Localized } from '../types.js';
import { maxStandardBytes } from '../fs/read.js';
import { decodeMessages } from '../i18n/decode.js';

export const inputLimits = {
  /** Bytes in the file: 256 KiB, twice the largest real standard; block-dense text parses at ~15 KB/s. */
  fileBytes: maxStandardBytes,
  /** Characters in one line: an embedded image or a pasted data dump, never prose. */
  lineLength: 100_000,
  /**
   * Length × markup characters (* _ [ ] < ~ `) of one paragraph: each of them
   * can make the parser look back or ahead through the whole paragraph, so the
   * time grows with the product (a paragraph of 40 000 characters with 10 000
   * `*` took 4 s, 160 000 with 40 000 took 104 s). 20 million is 2 000 of them
   * in 10 000 characters, or 200 in a 100 000-character paragraph of plain text.
   */
  paragraphMarkup: 20_000_000,
  /** Levels of lists and block quotes inside each other: deeper ones overflow the parser's stack. */
  nestingDepth: 50,
} as const;

export type LimitName = keyof typeof inputLimits;

export interface LimitBreach {
  limit: LimitName;
  /** What was found: bytes, characters, levels or (for a paragraph) markup characters. */
  found: number;
  /** For a paragraph: its length in characters up to the place. */
  length?: number;
  /** 1-based line and column where the limit is first exceeded, and the 0-based offset in the text. */
  line: number;
  column: number;
  offset: number;
  /** For a paragraph: the line it starts on. */
  startLine?: number;
}

/** Beyond this many bytes the file is refused without decoding it: no place in it is worth finding. */
const decodeCeiling = 64 * 1024 * 1024;

/**
 * The file-size breach, if any, placed at the first character that does not
 * fit; `charsWithin` is how many characters of the text fit in the limit.
 */
export function sizeBreach(byteLength: number, text?: string, charsWithin?: number): LimitBreach | undefined {
  if (byteLength <= inputLimits.fileBytes) return undefined;
  const at = text === undefined || charsWithin === undefined || byteLength > decodeCeiling ? 0 : charsWithin;
  const point = text === undefined ? { line: 1, column: 1 } : pointAt(text, at);
  return { limit: 'fileBytes', found: byteLength, offset: at, ...point };
}

/** True when decoding the bytes is not worth it (the file is refused for size at 1:1). */
export function tooLargeToDecode(byteLength: number): boolean {
  return byteLength > decodeCeiling;
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const thematicBreak = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;
const delimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const tagLine = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>\s*$/;
// HTML blocks that run to an end marker, blank lines or not (CommonMark kinds 2-5).
const rawEnds: Array<[RegExp, string]> = [[/^<!--/, '-->'], [/^<\?/, '?>'], [/^<!\[CDATA\[/, ']]>'], [/^<![A-Za-z]/, '>']];

/**
 * The first place where the text exceeds the line, paragraph or nesting
 * limit, in file order; undefined when it is within all of them.
 */
export function findLimitBreach(text: string): LimitBreach | undefined {
  // The open list items, innermost last.
  const items: Item[] = [];
  let block: Block | undefined;
  let previousBlank = true;
  let line = 1;
  let start = 0;
  // Front-matter is YAML, not Markdown: the parser of each keeps it apart, and the YAML parser has its own limits.
  let inFrontMatter = hasFrontMatter(text);
  for (;;) {
    const end = lineEnd(text, start);
    const length = end - start;
    if (length > inputLimits.lineLength) {
      return { limit: 'lineLength', found: length, line, column: inputLimits.lineLength + 1, offset: start + inputLimits.lineLength };
    }
    if (inFrontMatter) {
      inFrontMatter = line === 1 || !/^---[ \t]*$/.test(text.slice(start, end));
      if (end >= text.length) return undefined;
      start = nextLine(text, end);
      line++;
      continue;
    }
    // Inside code or an HTML block there are no lists or quotes, only text to its end.
    const prefix: Prefix = block?.kind === 'raw' ? rawPrefix(text, start, end) : containerPrefix(text, start, end, items, previousBlank);
    if (prefix.breach) {
      const { depth, offset } = prefix.breach;
      return { limit: 'nestingDepth', found: depth, line, column: offset - start + 1, offset };
    }
    const blank: boolean = prefix.content === end;
    block = blank ? undefined : nextBlock(block, text.slice(prefix.content, end), prefix, items, line);
    const over = block && block.kind !== 'raw' ? markupBreach(block, text, prefix.content, end) : undefined;
    if (over !== undefined && block && block.kind !== 'raw') {
      return { limit: 'paragraphMarkup', found: block.markup, length: block.length, line, column: over - start + 1, offset: over, startLine: block.startLine };
    }
    previousBlank = blank;
    if (end >= text.length) return undefined;
    start = nextLine(text, end);
    line++;
  }
}

/** A `---` line first and another one later, as remark-frontmatter reads YAML front-matter. */
function hasFrontMatter(text: string): boolean {
  const first = /^---[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!first) return false;
  const closing = /^---[ \t]*$/gm;
  closing.lastIndex = first[0].length;
  return closing.test(text);
}

/** Where the line after the line ending at `end` starts. */
function nextLine(text: string, end: number): number {
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

/** Offset of the line ending (CR, LF or CRLF, as Markdown counts them) at or after `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return text.length;
}

interface Prefix {
  /** Offset of the first character after the container markers and indentation. */
  content: number;
  /** Block quote markers on the line. */
  quotes: number;
  /** Indentation before the first marker or the text, in columns. */
  indent: number;
  /** The first list marker, when the line starts a list item. */
  marker?: string;
  /** Levels open at the marker that went past the nesting limit, and its offset. */
  breach?: { depth: number; offset: number };
}

function rawPrefix(text: string, start: number, end: number): Prefix {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return { content: at, quotes: 0, indent: at - start };
}

/** An open list item: the block quote level it is in, and the column its content starts at. */
interface Item {
  quotes: number;
  column: number;
}

/**
 * Reads the block quote markers (`>`, `>>>>`, `> >`) and list markers
 * (`- - x`, `1. - x`) at the start of a line, and keeps the stack of open list
 * items by indentation, so a list nested by indenting each line further is
 * counted as deep as it is. As in Markdown, a marker closes the items it is
 * not indented into, so does a paragraph line after a blank line; a lazy line
 * right after text closes nothing. Where this is simpler than Markdown it
 * counts more levels, never fewer.
 */
function containerPrefix(text: string, start: number, end: number, items: Item[], previousBlank: boolean): Prefix {
  let quotes = 0;
  let marker: string | undefined;
  let at = start;
  let column = 0;
  let indent: number | undefined;
  for (;;) {
    while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) {
      column = text.charCodeAt(at) === 9 ? column + 4 - (column % 4) : column + 1;
      at++;
    }
    indent ??= column;
    if (at >= end) break;
    const isQuote = text.charCodeAt(at) === 62; /* > */
    const rest = isQuote ? '' : text.slice(at, Math.min(end, at + 11));
    const found = isQuote ? undefined : listMarker.exec(rest);
    // `- - -` and `* * *` are a thematic break, not three list items.
    if (!isQuote && (!found || thematicBreak.test(text.slice(at, end)))) break;
    closeItems(items, quotes, column, !isQuote);
    const token = at;
    if (isQuote) {
      quotes++;
      at++;
      column++;
    } else {
      const width = found![0].length;
      items.push({ quotes, column: column + width + 1 });
      marker ??= found![0];
      at += width;
      column += width;
      // One space after the marker belongs to it; the loop skips the rest.
      if (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) {
        at++;
        column++;
      }
    }
    const depth = quotes + items.length;
    if (depth > inputLimits.nestingDepth) return { content: at, quotes, indent, breach: { depth, offset: token } };
  }
  if (!marker && at < end && previousBlank) closeItems(items, quotes, column, true);
  return { content: at, quotes, indent, ...(marker ? { marker } : {}) };
}

/**
 * Closes the items that a marker or text at `column`, inside `quotes` block
 * quotes, is not indented into; with `deeper`, also those inside more quotes
 * than that (their quote did not continue on this line).
 */
function closeItems(items: Item[], quotes: number, column: number, deeper: boolean): void {
  // Items are ordered by quote level, and within one level by column.
  let index = items.length;
  while (index > 0 && items[index - 1]!.quotes > quotes) index--;
  let keep = deeper ? index : items.length;
  while (index > 0 && items[index - 1]!.quotes === quotes && items[index - 1]!.column > column) keep = --index;
  items.length = keep;
}

/**
 * The block a non-blank line belongs to. Paragraphs, headings and table rows
 * are parsed inline and their length counts; fenced code and HTML blocks are
 * not. A new paragraph is started only where Markdown surely starts one (a
 * blank line, a heading, a list item that can interrupt a paragraph, a row of
 * a table); everywhere else the line is counted with the paragraph before it,
 * so the count can be too high, never too low. Code, HTML and tables are only
 * recognised outside lists and quotes, where no container can end them early.
 */
type Block =
  | { kind: 'text'; startLine: number; length: number; markup: number; lines: number }
  | { kind: 'table'; startLine: number; length: number; markup: number }
  | { kind: 'raw'; until?: string };

function nextBlock(block: Block | undefined, content: string, prefix: Prefix, items: Item[], line: number): Block | undefined {
  const topLevel = prefix.quotes === 0 && items.length === 0 && prefix.indent < 4;
  if (block?.kind === 'raw') {
    if (block.until === undefined) return block;
    const fence = block.until.startsWith('`') || block.until.startsWith('~');
    const closed = fence ? prefix.indent < 4 && content.startsWith(block.until) : content.includes(block.until);
    return closed ? undefined : block;
  }
  if (topLevel) {
    const fence = content.startsWith('```') ? '```' : content.startsWith('~~~') ? '~~~' : undefined;
    if (fence) return { kind: 'raw', until: fence };
    for (const [open, close] of rawEnds) {
      const opened = open.exec(content);
      if (opened) return content.includes(close, opened[0].length) ? undefined : { kind: 'raw', until: close };
    }
    if (block === undefined && content.startsWith('<') && tagLine.test(content.slice(0, 1000))) return { kind: 'raw' };
    // Each row of a table is parsed on its own.
    if (block?.kind === 'table') return { kind: 'table', startLine: line, length: 0, markup: 0 };
    if (block?.kind === 'text' && block.lines === 1 && delimiterRow.test(content)) return { kind: 'table', startLine: line, length: 0, markup: 0 };
  }
  if (atxHeading.test(content)) return { kind: 'text', startLine: line, length: 0, markup: 0, lines: Infinity };
  if (block?.kind !== 'text' || block.lines === Infinity || interrupts(prefix.marker, content)) {
    return { kind: 'text', startLine: line, length: 0, markup: 0, lines: 1 };
  }
  // The line break joins the line to the paragraph.
  return { ...block, length: block.length + 1, lines: block.lines + 1 };
}

/**
 * Counts the line into its paragraph (the block, updated in place) and
 * returns the offset of the character at which length × markup passes the
 * limit, if it does in this line.
 */
function markupBreach(block: { length: number; markup: number }, text: string, from: number, end: number): number | undefined {
  for (let at = from; at < end; at++) {
    block.length++;
    if (markup.has(text.charCodeAt(at))) block.markup++;
    if (block.length * block.markup > inputLimits.paragraphMarkup) return at;
  }
  return undefined;
}

/** The characters that start or end inline markup the parser scans for: * _ [ ] < ~ ` */
const markup = new Set([42, 95, 91, 93, 60, 126, 96]);

/** Whether a list item starting the line can interrupt a paragraph: a bullet or `1.`, with text after it. */
function interrupts(marker: string | undefined, content: string): boolean {
  return marker !== undefined && content !== '' && (/^[-*+]$/.test(marker) || /^0*1[.)]$/.test(marker));
}

function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset && at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      line++;
      lineStart = at + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** What was found, the limit, and how to fix it, in both languages. */
export function limitMessage(breach: LimitBreach): Localized {
  switch (breach.limit) {
    case 'fileBytes':
      return decodeMessages.fileBytes(breach.found, inputLimits.fileBytes);
    case 'lineLength':
      return decodeMessages.lineLength(breach.found, inputLimits.lineLength);
    case 'paragraphMarkup':
      return decodeMessages.paragraphMarkup(breach.startLine ?? breach.line, breach.found, breach.length ?? 0);
    case 'nestingDepth':
      return decodeMessages.nestingDepth(breach.found, inputLimits.nestingDepth);
  }
}
