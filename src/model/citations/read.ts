/**
 * The law citations of a standard, read into structured citations with their
 * place in the file: "§ 101, stk. 4", "§ 101 stk. 4", "servicelovens § 101",
 * "§ 101 i lov om social service", "§§ 101–101 a", "barnets lov § 33",
 * "BEK nr. 1477 af 17/12/2019", "bekendtgørelse nr. 622 af 15. juni 2006",
 * and the "Stk. 2." lines of a law text quoted under its "§ 101.".
 * The laws' written names are data (schemas/law/citations.json).
 */
import type { Standard } from '../../types.js';
import { citationLaw } from '../../law/citations.js';
import { sentenceAt, sentenceStarts, textBlocks, type TextBlock } from '../text-blocks.js';

export interface Citation {
  /** The law's id in schemas/law/citations.json, when the citation names it. */
  law?: string;
  /** '101', '101 a'; a range gives one citation per end. */
  paragraph?: string;
  stk?: number;
  /** A "Stk. N." line of a quoted law text. */
  quoted?: boolean;
  /** An executive order: its number and date (YYYY-MM-DD) as cited. */
  order?: { number: string; date?: string };
  /** Offsets in the source, end exclusive. */
  start: number;
  end: number;
  /** As written, spaces folded. */
  text: string;
  /** The sentence the citation stands in (a quoted stk.: its line). */
  sentence: string;
  /** Names the sentence: citations of one sentence share it, so its words are searched once. */
  sentenceKey: string;
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DATE = String.raw`(\d{1,2})[./-]\s?(\d{1,2})[./-]\s?(\d{4})|(\d{1,2})\.\s+(${MONTHS.join('|')})\s+(\d{4})`;
const ORDER = new RegExp(String.raw`(?<!\p{L})(?:bekendtgørelse|bek\.?)\s+(?:nr\.?\s*)?(\d{1,4})(?!\p{N})(?:\s+af\s+(?:${DATE}))?`, 'giu');
const QUOTED_PARAGRAPH = /^[»"“]?\s*§\s*(\d{1,3})(?:\s?([a-z]))?\.(?:\s|$)/iu;
const QUOTED_STK = /^[»"“]?\s*(Stk\.\s*(\d{1,2})\.)(?:\s|$)/u;
// A law text quoted in running text, as PDF transcripts and web pages flatten it: "Servicelovens § 101: … Stk. 2. … Stk. 3. …".
// A head is a § closed by "." or ":"; a "Stk. N." counts only where a sentence starts, so "jf. stk. 1" is not read.
const INLINE_QUOTE = /(?<![\p{L}\p{N}])§\s*(\d{1,3})(?:\s?([a-z]))?[.:](?=\s)|(?<=[.:;]\s+)(Stk\.\s*(\d{1,2})\.)(?=\s)/gu;

interface Reader {
  paragraph: RegExp;
  laws: Map<string, string>;
}

let reader: Reader | undefined;

/** One regex for a paragraph citation with its law's name before it ("servicelovens § 101") or after it ("§ 101 i serviceloven"). */
function readerOf(): Reader {
  if (reader) return reader;
  const laws = new Map<string, string>();
  for (const [id, law] of Object.entries(citationLaw().laws)) for (const name of law.written) laws.set(name, id);
  const names = [...laws.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
  const law = `(?:${names.join('|')})`;
  // Paragraph letters run a-h in these laws; 'i' would read "§ 101 i serviceloven" as § 101 i.
  const number = String.raw`(\d{1,3})(?:\s?([a-h])(?![\p{L}\p{N}]))?`;
  const paragraph = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(${law})\s+)?§§?\s*${number}(?:\s*[-–]\s*${number})?(?:\s*,?\s*(?:stk\.?|stykke)\s*(\d{1,2})(?!\p{N}))?(?:,?\s+i\s+(${law})(?![\p{L}]))?`,
    'dgiu',
  );
  reader = { paragraph, laws };
  return reader;
}

/** Every citation of the standard, in document order per block. */
export function readCitations(standard: Standard): Citation[] {
  const { paragraph, laws } = readerOf();
  const lawOf = (name: string | undefined) => (name === undefined ? undefined : laws.get(name.toLowerCase().replace(/\s+/gu, ' ')));
  const citations: Citation[] = [];
  let quotedParagraph: string | undefined;
  for (const [blockIndex, block] of textBlocks(standard).entries()) {
    const { text } = block;
    if (!/§|stk|bek/iu.test(text)) {
      quotedParagraph = undefined;
      continue;
    }
    let starts: number[] | undefined;
    const sentenceOf = (at: number) => {
      starts ??= sentenceStarts(text);
      const index = sentenceAt(starts, at);
      return { sentence: text.slice(starts[index] ?? 0, starts[index + 1] ?? text.length), sentenceKey: `${blockIndex}:${index}` };
    };
    const place = (from: number, to: number) => span(block, from, to);
    paragraph.lastIndex = 0;
    for (const match of text.matchAll(paragraph)) {
      const law = lawOf(match[1]) ?? lawOf(match[7]);
      const stk = match[6] === undefined ? undefined : Number(match[6]);
      const sentence = sentenceOf(match.index);
      // The place is the § and its numbers: the law's name around them is read, not pointed at.
      const indices = match.indices!;
      const from = text.indexOf('§', match.index);
      const to = Math.max(...[2, 3, 4, 5, 6].map((group) => indices[group]?.[1] ?? 0));
      const ends = [[match[2], match[3]], ...(match[4] ? [[match[4], match[5]]] : [])];
      for (const [digits, letter] of ends) {
        citations.push({
          ...(law ? { law } : {}),
          paragraph: letter ? `${digits} ${letter.toLowerCase()}` : digits!,
          ...(stk !== undefined ? { stk } : {}),
          ...place(from, to),
          ...sentence,
        });
      }
    }
    for (const match of text.matchAll(ORDER)) {
      citations.push({
        order: { number: match[1]!, ...(dateOf(match) ? { date: dateOf(match)! } : {}) },
        ...place(match.index, match.index + match[0].length),
        ...sentenceOf(match.index),
      });
    }
    // A law text quoted line by line: "§ 101. …" and then "Stk. 2. …" lines, in one block or several.
    let at = 0;
    for (const line of text.split('\n')) {
      const head = QUOTED_PARAGRAPH.exec(line);
      const stk = QUOTED_STK.exec(line);
      // The rest of the line may go on quoting, or quote another paragraph of the law.
      const stkAt = stk ? line.indexOf(stk[1]!) : -1;
      INLINE_QUOTE.lastIndex = head ? head[0].length : stk ? stkAt + stk[1]!.length : 0;
      const inline = [...line.matchAll(INLINE_QUOTE)];
      // A quoted stk.'s words run to the next quoted stk. or paragraph (its line, when it has it alone).
      const quote = (from: number, stkText: string, number: string, next: number | undefined, whole: boolean) => {
        const sentence = whole && next === undefined ? line : line.slice(from, next);
        citations.push({ paragraph: quotedParagraph!, stk: Number(number), quoted: true, ...place(at + from, at + from + stkText.length), sentence, sentenceKey: `${blockIndex}:line:${at + from}` });
      };
      if (head) quotedParagraph = head[2] ? `${head[1]} ${head[2].toLowerCase()}` : head[1];
      else if (stk && quotedParagraph) quote(stkAt, stk[1]!, stk[2]!, inline[0]?.index, true);
      else if (line.trim() !== '') quotedParagraph = undefined;
      for (const [i, match] of inline.entries()) {
        if (match[1]) quotedParagraph = match[2] ? `${match[1]} ${match[2].toLowerCase()}` : match[1];
        else if (quotedParagraph) quote(match.index, match[3]!, match[4]!, inline[i + 1]?.index, false);
      }
      at += line.length + 1;
    }
  }
  return citations;
}

function span(block: TextBlock, from: number, to: number): Pick<Citation, 'start' | 'end' | 'text'> {
  const offsets = block.offsets();
  return {
    start: offsets[from] ?? 0,
    end: (offsets[to - 1] ?? offsets[from] ?? 0) + 1,
    text: block.text.slice(from, to).replace(/\s+/gu, ' '),
  };
}

function dateOf(match: RegExpMatchArray): string | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  if (match[4]) return `${match[4]}-${pad(match[3]!)}-${pad(match[2]!)}`;
  if (match[7]) return `${match[7]}-${pad(MONTHS.indexOf(match[6]!.toLowerCase()) + 1)}-${pad(match[5]!)}`;
  return undefined;
}
