/**
 * One pass over a standard: its blocks and sentences with their place, and the
 * facts found so far.
 */
import type { ContactProblem, Fact, Facts, Position, Standard } from '../../types.js';
import { locator, type Locator } from '../positions.js';
import { emptyFacts } from './data.js';
import { collectBlocks, type Block } from '../text/blocks.js';
import { proseSentences, sourceSpan } from '../text/prose.js';
import { tokenize, type Token } from '../text/tokens.js';

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
  /** Contact problems of the text and links, before front-matter and de-duplication (contact-problems.ts). */
  problems: Array<Fact<ContactProblem>>;
  /** Per block, where its malformed contact details start in its text. */
  problemStarts: Map<Block, number[]>;
  /** Sections that describe the treatment plan (follow-up context). */
  planSections: Set<number>;
  lawSections: Set<number>;
}

export function analyse(standard: Omit<Standard, 'facts'>): Context {
  const blocks = collectBlocks(standard);
  const sentences: Sentence[] = proseSentences(blocks).map(({ block, start, end, text: raw }) => ({
    block,
    start,
    end,
    raw,
    lower: raw.toLowerCase(),
    tokens: tokenize(raw),
  }));
  const keyed = (key: string) =>
    new Set(standard.sections.filter((section) => section.requirements.includes(key)).map((section) => section.index));
  return {
    standard,
    where: locator(standard.source),
    blocks,
    sentences,
    facts: emptyFacts(),
    problems: [],
    problemStarts: new Map(),
    planSections: keyed('behandlingsplan'),
    lawSections: keyed('lovgrundlag'),
  };
}

export function positionIn(context: Context, block: Block, from: number, to: number): Position {
  const [start, end] = sourceSpan(block, from, to);
  return { start: context.where.toPoint(start), end: context.where.toPoint(end) };
}

export const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function fact<T>(context: Context, sentence: Sentence, value: T, from: number, to: number): Fact<T> {
  return {
    value,
    position: positionIn(context, sentence.block, sentence.start + from, sentence.start + to),
    text: (sentence.collapsed ??= collapse(sentence.raw)),
  };
}
