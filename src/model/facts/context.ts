/**
 * One pass over a standard: its blocks and sentences with their place, and the
 * facts found so far.
 */
import type { Fact, Facts, Position, Standard } from '../../types.js';
import type { ContactProblem } from '../../types.js';
import { locator, type Locator } from '../positions.js';
import { emptyFacts } from './data.js';
import { collectBlocks, type Block } from './blocks.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

export interface Sentence {
  block: Block;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  raw: string;
  lower: string;
  tokens: Token[];
  /** Where the sentence refers to § 101 a (anonymous treatment), if it does. */
  anonymousReference?: [number, number];
  /** The sentence with white space collapsed, once computed. */
  collapsed?: string;
}

/** A sentence of the accepted text, for rules that read what a section says. */
export interface FactSentence {
  text: string;
  position: Position;
  /** Index of the section the sentence is in, if any. */
  section?: number;
  heading: boolean;
}

export interface Context {
  standard: Omit<Standard, 'facts'>;
  where: Locator;
  blocks: Block[];
  sentences: Sentence[];
  facts: Facts;
  problems: Array<Fact<ContactProblem>>;
  /** Sections that describe the treatment plan (follow-up context). */
  planSections: Set<number>;
  lawSections: Set<number>;
}

export function analyse(standard: Omit<Standard, 'facts'>): Context {
  const blocks = collectBlocks(standard);
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const [start, end] of splitSentences(block.text)) {
      const raw = block.text.slice(start, end);
      sentences.push({ block, start, end, raw, lower: raw.toLowerCase(), tokens: tokenize(raw) });
    }
  }
  const keyed = (key: string) =>
    new Set(standard.sections.filter((section) => section.requirements.includes(key)).map((section) => section.index));
  return {
    standard,
    where: locator(standard.source),
    blocks,
    sentences,
    facts: emptyFacts(),
    problems: [],
    planSections: keyed('behandlingsplan'),
    lawSections: keyed('lovgrundlag'),
  };
}

export function positionIn(context: Context, block: Block, from: number, to: number): Position {
  const start = block.map[from] ?? block.map[block.map.length - 1] ?? 0;
  const endChar = block.map[Math.max(from, to - 1)] ?? start;
  const startPoint = context.where.toPoint(start);
  const endPoint = context.where.toPoint(Math.max(start, endChar + 1));
  return { start: startPoint, end: endPoint };
}

export const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function fact<T>(context: Context, sentence: Sentence, value: T, from: number, to: number): Fact<T> {
  return {
    value,
    position: positionIn(context, sentence.block, sentence.start + from, sentence.start + to),
    text: (sentence.collapsed ??= collapse(sentence.raw)),
  };
}
