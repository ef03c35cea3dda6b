/**
 * CriticMarkup is opaque to the formatter. Each mark ({++…++}, {--…--},
 * {~~…~>…~~}, {>>…<<}, {==…==}) is swapped for a placeholder before Markdown
 * is parsed and put back byte for byte after it is written: remark would read
 * `{~~a~>b~~}` as strikethrough and escape the `~` in `~>`, and a mark can
 * span paragraphs, which no Markdown node can hold.
 *
 * A placeholder is two private-use characters around a number: letters to
 * Markdown, so nothing is escaped around them. Characters the text already
 * uses are skipped.
 */
import { resolveCriticMarkup } from '../model/critic.js';

export interface Protected {
  text: string;
  /** The raw marks, by placeholder number. */
  marks: string[];
  open: string;
  close: string;
}

const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf8ff;

export function protectCriticMarkup(source: string): Protected | undefined {
  const delimiters = unusedCharacters(source, 2);
  if (!delimiters) return undefined;
  const [open, close] = delimiters as [string, string];
  const { marks } = resolveCriticMarkup(source);
  const raw: string[] = [];
  let text = '';
  let copied = 0;
  for (const mark of marks) {
    text += `${source.slice(copied, mark.start)}${open}${raw.length}${close}`;
    raw.push(source.slice(mark.start, mark.end));
    copied = mark.end;
  }
  text += source.slice(copied);
  return { text, marks: raw, open, close };
}

/** Puts the marks back; undefined if the formatter lost, doubled or reordered one. */
export function restoreCriticMarkup(text: string, shield: Protected): string | undefined {
  const pattern = placeholderPattern(shield);
  let expected = 0;
  let intact = true;
  const restored = text.replace(pattern, (_all, index: string) => {
    if (Number(index) !== expected) intact = false;
    expected++;
    return shield.marks[Number(index)] ?? '';
  });
  if (!intact || expected !== shield.marks.length) return undefined;
  if (restored.includes(shield.open) || restored.includes(shield.close)) return undefined;
  return restored;
}

/** The length of a piece of the protected text once its marks are back. */
export function restoredLength(text: string, shield: Protected): number {
  let length = text.length;
  for (const match of text.matchAll(placeholderPattern(shield))) length += (shield.marks[Number(match[1])]?.length ?? 0) - match[0].length;
  return length;
}

function placeholderPattern(shield: Protected): RegExp {
  return new RegExp(`${shield.open}(\\d+)${shield.close}`, 'g');
}

/** True when the text contains one of the placeholder characters (a mark inside it). */
export function containsPlaceholder(text: string, shield: Protected): boolean {
  return text.includes(shield.open) || text.includes(shield.close);
}

function unusedCharacters(source: string, count: number): string[] | undefined {
  // One pass over the text, so a file full of private-use characters stays linear.
  const used = new Set<string>(source.match(/[\uE000-\uF8FF]/g) ?? []);
  const found: string[] = [];
  for (let code = PRIVATE_USE_START; code <= PRIVATE_USE_END && found.length < count; code++) {
    const character = String.fromCharCode(code);
    if (!used.has(character)) found.push(character);
  }
  return found.length === count ? found : undefined;
}
