/**
 * `formatMarkdown(text)`: a standard in the canonical style, or the text as it
 * was with the reason when formatting could change what it says.
 *
 *   CriticMarkup → placeholders → parse (the model's parser) → front-matter
 *   keys in schema order → stringify (style.ts) → placeholders → CriticMarkup
 *   → same meaning as the input? (same.ts) → stable when formatted again?
 *
 * Line endings: worked on as \n and written back as \r\n when the file used
 * \r\n throughout.
 */
import type { Root, Yaml } from 'mdast';
import type { Localized } from '../types.js';
import { parseMarkdown } from '../model/parse.js';
import { stringifyCanonical } from './style.js';
import { containsPlaceholder, protectCriticMarkup, restoreCriticMarkup, restoredLength, type Protected } from './protect.js';
import { formatFrontMatter } from './frontmatter.js';
import { meaningOf, sameMeaning, type Meaning } from './same.js';
import { fmtMessages as reasons } from '../i18n/rewrite.js';

export type FormatResult =
  | { ok: true; text: string; changed: boolean; notes: Localized[] }
  | { ok: false; text: string; changed: false; reason: Localized };

/** Formatting twice must give the same text; more passes than this means it never settles. */
const MAX_PASSES = 3;

export function formatMarkdown(source: string): FormatResult {
  const crlf = source.includes('\r\n') && !/(^|[^\r])\n/.test(source);
  // A lone CR, or CRLF beside LF, is a line ending to Markdown but text to other readers (CriticMarkup,
  // HTML, a setext heading): turning it into LF could change what the file says, so it is left as it is.
  if (!crlf && source.includes('\r')) return unchanged(source, reasons.lineEndings);
  const notes: Localized[] = [];
  let current = read(source.replace(/\r\n?/g, '\n'));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if ('reason' in current) return unchanged(source, current.reason);
    const out = write(current, pass === 0 ? notes : []);
    if (out === undefined) return unchanged(source, reasons.notSame);
    if (out === current.text) {
      const text = crlf ? out.replace(/\n/g, '\r\n') : out;
      return { ok: true, text, changed: text !== source, notes };
    }
    const next = read(out);
    if ('reason' in next) return unchanged(source, next.reason);
    if (!sameMeaning(meaning(current), meaning(next))) return unchanged(source, reasons.notSame);
    current = next;
  }
  return unchanged(source, reasons.unstable);
}

interface Parsed {
  text: string;
  shield: Protected;
  tree: Root;
  meaning?: Meaning;
}

function read(text: string): Parsed | { reason: Localized } {
  const shield = protectCriticMarkup(text);
  if (!shield) return { reason: reasons.placeholders };
  const tree = parseMarkdown(shield.text);
  // Without CriticMarkup the text is its own accepted view: one parse serves both.
  return { text, shield, tree, ...(shield.marks.length === 0 ? { meaning: meaningOf(text, tree) } : {}) };
}

function meaning(parsed: Parsed): Meaning {
  parsed.meaning ??= meaningOf(parsed.text);
  return parsed.meaning;
}

/** The parsed text in the canonical style; undefined when a CriticMarkup placeholder got lost. */
function write(parsed: Parsed, notes: Localized[]): string | undefined {
  meaning(parsed);
  const { tree, shield } = parsed;
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (yaml) {
    if (containsPlaceholder(yaml.value, shield)) {
      notes.push(reasons.frontMatterMarks);
    } else {
      const formatted = formatFrontMatter(yaml.value);
      if (formatted.ok) yaml.value = formatted.yaml;
      else notes.push(formatted.reason === 'invalid' ? reasons.frontMatterInvalid : reasons.frontMatterNotSame);
    }
  }
  const measure = shield.marks.length > 0 ? (cell: string) => restoredLength(cell, shield) : undefined;
  return restoreCriticMarkup(stringifyCanonical(tree, measure), shield);
}

function unchanged(source: string, reason: Localized): FormatResult {
  return { ok: false, text: source, changed: false, reason };
}

