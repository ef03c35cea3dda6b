/**
 * Plain text (a PDF's text layer, or text saved from Word) to Markdown lines.
 * Blocks are separated by blank lines. A block's first line becomes a heading
 * when it is a known heading, or when it stands alone and reads like one.
 * A two-column PDF line "Frit valg Borgere, der er …" is split at the known label.
 */
import type { Line } from '../lines.js';
import { isBulletLine } from '../passes/bullets.js';
import { isKnownHeading as isKnown } from '../../model/headings.js';
import { requirementCatalogue } from '../../law/catalogue.js';
import { isCoverLine } from '../passes/tree-cover.js';
import type { Removal } from '../types.js';
import { repeatsTitleWord, splitAroundTitle, titleParts } from './plain-title.js';

/** `split` holds the headings a viewer's page lines were split at (readers/transcript.ts): each is a heading whatever its length. */
export function plainToMarkdown(lines: Line[], removed: Removal[] = [], split: ReadonlySet<string> = new Set()): Line[] {
  const known = knownHeadings();
  const blocks = splitBlocks(separateParagraphs(splitTwoColumn(lines, known), hasSingleBreaks(lines)));
  // A title is a line or three, not a paragraph, a cover line or the kommune's name alone. It stands
  // above the text: past the second paragraph a short line is a picture's caption or a heading, and a
  // page copied without its title keeps its first paragraph as the title instead.
  const texts = blocks.map((block) => block.map((l) => l.text.trim()).join(' '));
  const secondParagraph = texts.findIndex((text, at) => /[.]$/.test(text) && texts.slice(0, at).some((t) => /[.]$/.test(t)));
  const candidate = texts.findIndex((text, at) => {
    if (secondParagraph >= 0 && at > secondParagraph) return false;
    return blocks[at]!.length <= 3 && text.split(/\s+/).length <= 25 && !/[.]$/.test(text) && !isCoverLine(text);
  });
  // "Kvalitetsstandarder – Støtte til voksne" names the site's collection; the short line under it is this standard's title.
  const collectionAt = candidate >= 0 && namesCollection(texts[candidate]!, blocks[candidate + 1]) ? candidate : -1;
  if (collectionAt >= 0) removed.push({ reason: 'navigation', text: texts[collectionAt]!, line: blocks[collectionAt]![0]!.line });
  const titleAt = collectionAt >= 0 ? collectionAt + 1 : Math.max(0, candidate);
  const out: Line[] = [];
  let title: string | undefined;
  let sections = false;
  const paragraphs = (texts: string[], at: Line) => texts.forEach((text) => out.push({ ...at, text: escapeLine(text) }, blank(at)));
  blocks.forEach((block, index) => {
    const [first, ...rest] = block;
    if (!first || index === collectionAt) return;
    const next = blocks[index + 1];
    if (index > titleAt && isPictureText(block, blocks[index - 1], next)) {
      removed.push({ reason: 'picture-text', text: first.text.trim(), line: first.line });
      return;
    }
    // Under the title, before the first section: a cover line that repeats the title among its other pieces.
    const around = index > titleAt && !sections && title !== undefined ? splitAroundTitle(block.map((l) => l.text).join(' '), title) : undefined;
    if (around) {
      paragraphs(around, first);
      return;
    }
    if (index === titleAt) {
      // A title wrapped over two or three lines ("… servicelovens §" / "101") is one heading,
      // and so is a one-word title with its subtitle ("KVALITETSSTANDARD" / "Behandling af stofmisbrug").
      // A cover line under the title ("Opdateret: 12. marts 2021") is not part of it.
      // Nor is a line that repeats it (a viewer's transcript starts with the title page again).
      const head = first.text.trim();
      const lead = block.slice(0, block.findIndex((l, at) => isCoverLine(l.text) || (at > 0 && l.text.trim().startsWith(head))) >>> 0);
      const titleLines = lead.length > 0 && lead.length <= 3 && lead.every((l) => !/[.:]\s*$/.test(l.text)) ? lead : [first];
      const subtitle = block.length === 1 && first.text.trim().split(/\s+/).length === 1 ? next : undefined;
      const after = block.slice(titleLines.length);
      if (subtitle?.length === 1 && repeatsTitleWord(first.text, subtitle[0]!.text)) {
        // "Kvalitetsstandard" above "Kvalitetsstandard for …": the word alone repeats the title.
        removed.push({ reason: 'duplicate', text: first.text.trim(), line: first.line });
        titleLines.splice(0, titleLines.length, subtitle[0]!);
        blocks.splice(index + 1, 1);
      } else if (subtitle?.length === 1 && looksLikeHeading(subtitle[0]!.text, blocks[index + 2])) {
        titleLines.push(subtitle[0]!);
        blocks.splice(index + 1, 1);
      }
      const parts = titleParts(titleLines.map((l) => l.text.trim()).join(' '), first, removed);
      title = parts.title;
      paragraphs(parts.before, first);
      out.push({ ...first, text: `# ${escapeLine(parts.title)}` }, blank(first));
      paragraphs(parts.after, first);
      // The section heading a viewer's page title ran on: a repeat when the transcript has it, else it stays.
      if (parts.section !== undefined) {
        const heading = parts.section;
        if (texts.slice(index + 1).some((text) => text.includes(heading))) removed.push({ reason: 'duplicate', text: heading, line: first.line });
        else paragraphs([heading], first);
      }
      if (after.length > 0) out.push(...after.map(escapeBlockLine), blank(first));
      return;
    }
    const numbered = numberedHeadingDepth(first.text, next);
    if (numbered !== undefined) {
      sections = true;
      out.push({ ...first, text: `${'#'.repeat(numbered)} ${escapeLine(first.text.trim())}` }, blank(first));
      if (rest.length > 0) out.push(...rest.map(escapeBlockLine), blank(first));
      return;
    }
    const wasSplit = rest.length === 0 && split.has(first.text.trim());
    if (wasSplit || isHeadingLine(first.text) || (rest.length === 0 && looksLikeHeading(first.text, next)) || headsItsBlock(first.text, rest)) {
      sections = true;
      out.push({ ...first, text: `## ${escapeLine(first.text.trim())}` }, blank(first));
      if (rest.length > 0) out.push(...rest.map(escapeBlockLine), blank(first));
      return;
    }
    out.push(...block.map(escapeBlockLine), blank(first));
  });
  return out;
}

/**
 * Paragraphs in text with single line breaks: a file that has almost no blank
 * lines puts each paragraph, heading and list item on a line of its own. A
 * line that continues a sentence (the line before ends mid-sentence and this
 * one starts in lower case) stays with it; list items stay one list. In any
 * text, a line after a list item that starts a new sentence or reads like a
 * heading starts a new block, so it is not swallowed into the item.
 */
function separateParagraphs(lines: Line[], singleBreaks: boolean): Line[] {
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const text = line.text.trim();
    if (previous && previous.text.trim() !== '' && text !== '' && startsBlock(previous.text.trim(), text, lines[index + 1], singleBreaks)) {
      out.push(blank(line));
    }
    out.push(line);
  });
  return out;
}

/** Almost no blank lines between the first and the last line of text. */
function hasSingleBreaks(lines: Line[]): boolean {
  const filled = lines.map((l, index) => (l.text.trim() === '' ? -1 : index)).filter((index) => index >= 0);
  if (filled.length < 6) return false;
  const blanks = filled.at(-1)! - filled[0]! + 1 - filled.length;
  return blanks <= filled.length / 8;
}

function startsBlock(previous: string, text: string, next: Line | undefined, singleBreaks: boolean): boolean {
  const continues = (!/[.!?:;]$/.test(previous) && /^\p{Ll}/u.test(text)) || /(?:§|stk\.|nr\.|,)$/.test(previous);
  if (continues) return false;
  if (isBulletLine(previous) && isBulletLine(text)) return false;
  if (singleBreaks) return true;
  if (!isBulletLine(previous) || isBulletLine(text)) return false;
  return /[.!?]$/.test(previous) || isHeadingLine(text) || looksLikeHeading(text, next ? [next] : undefined);
}

/**
 * "Hvem kan få hjælp?" on the line above its answer: a short line, much
 * shorter than the sentence under it, which starts anew in capitals. (A line
 * wrapped in the middle of a sentence is about as long as the next one.)
 */
function headsItsBlock(text: string, rest: Line[]): boolean {
  const next = rest[0]?.text.trim() ?? '';
  if (!/^\p{Lu}/u.test(next) || text.trim().length >= next.length * 0.6) return false;
  return looksLikeHeading(text, [rest[0]!]);
}

/** "2.3 Visitation" before prose is a heading one level per number: "2" is ##, "2.3" is ###. */
function numberedHeadingDepth(text: string, next: Line[] | undefined): number | undefined {
  const match = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u.exec(text);
  if (!match || match[2]!.split(/\s+/).length > 12 || /[.,;:]$/.test(match[2]!.trim())) return undefined;
  const following = next?.map((l) => l.text).join(' ') ?? '';
  if (following.split(/\s+/).length < 6 && !isBulletLine(next?.[0]?.text ?? '')) return undefined;
  return Math.min(6, match[1]!.split('.').length + 1);
}

function blank(at: Line): Line {
  return { text: '', line: at.line };
}

function splitBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else {
      blocks.at(-1)!.push(line);
    }
  }
  return blocks.filter((b) => b.length > 0);
}

function knownHeadings(): string[] {
  // Longest first, so "Formålet med indsatsen" wins over "Formål".
  return [...new Set(requirementCatalogue().flatMap((r) => r.headings))].sort((a, b) => b.length - a.length);
}

/** A line that is, word for word, a heading kommuner use for a requirement. */
function isHeadingLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= 12 && !/[.,;]$/.test(trimmed) && isKnown(trimmed, requirementCatalogue());
}

/** A heading's qualifier after a dash: a few lower-case words and the end of the line. */
const qualifier = /^\s+[-–]\s+\p{Ll}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*$/u;

function splitTwoColumn(lines: Line[], known: string[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const label = known.find((h) => {
      if (!line.text.startsWith(h)) return false;
      const after = line.text.slice(h.length);
      // "Klageadgang - stofbehandling" and "Lovgivning Stofområdet" are one heading with its qualifier, not a label and its cell
      // (a table's cell comes after a tab, a PDF column's text is longer).
      if (qualifier.test(after) || (/^ +\p{Lu}\p{Ll}+$/u.test(after) && !/\t/.test(line.text))) return false;
      return /^\s+(?:\p{Lu}|[-•])/u.test(after) && after.trim().length > 0;
    });
    if (!label) {
      out.push(line);
      continue;
    }
    const at = (text: string): Line => ({ text, line: line.line });
    out.push(at(''), at(label), at(''), at(line.text.slice(label.length).trim()));
  }
  return out;
}

const contactLike = /\d{4}\s+\p{Lu}|\btlf\b|telefon|e-?mail|www\.|@|^\d|:$/iu;

function looksLikeHeading(text: string, next: Line[] | undefined): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  if (words.length > 8 || /[.,;:!]$/.test(trimmed) || !/^\p{Lu}/u.test(trimmed) || contactLike.test(trimmed)) return false;
  if (isBulletLine(trimmed)) return false;
  // A heading introduces prose: the next block is a sentence or a list, not another short line.
  const following = next?.map((l) => l.text).join(' ') ?? '';
  return following.split(/\s+/).length >= 6 || isBulletLine(next?.[0]?.text ?? '');
}

/** A collection's name ("Kvalitetsstandarder …", plural) over a single short line that can be a title. */
function namesCollection(text: string, next: Line[] | undefined): boolean {
  if (!/^kvalitetsstandarder(?![\p{L}])/iu.test(text) || next?.length !== 1) return false;
  const line = next[0]!.text.trim();
  return line.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(line) && !/[.:]$/.test(line) && !isCoverLine(line);
}

/**
 * A picture's alt text that came along when a web page was copied ("glas på
 * et bord"): a few words alone, starting in lower case and with no
 * full stop, between a finished paragraph and a block that starts anew. Text
 * never reads so; a sentence's tail cut off by a page break ends in a stop.
 */
function isPictureText(block: Line[], before: Line[] | undefined, after: Line[] | undefined): boolean {
  if (block.length !== 1 || !before || !after) return false;
  const text = block[0]!.text.trim();
  const count = text.split(/\s+/).length;
  if (count < 2 || count > 10 || !/^\p{Ll}/u.test(text) || /[.,;:!?)]$/u.test(text) || isBulletLine(text)) return false;
  return /[.!?]$/.test(before[before.length - 1]!.text.trim()) && /^\p{Lu}/u.test(after[0]!.text.trim());
}

/** Plain text must not turn into Markdown syntax by accident. */
export function escapeLine(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~{}])/g, '\\$1')
    .replace(/^(\s*)(#{1,6}\s|>|\+\s|=+\s*$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(\s)/, '$1\\$2$3');
}

function escapeBlockLine(line: Line): Line {
  if (isBulletLine(line.text)) {
    const [, indent, rest] = /^(\s*)- (.*)$/.exec(line.text)!;
    return { ...line, text: `${indent}- ${escapeLine(rest!)}` };
  }
  return { ...line, text: escapeLine(line.text.replace(/^\s+/, '')) };
}
