/**
 * The sentences of prose blocks, each with its block and its place: what a
 * reader of the text (facts, topic recognition) walks over.
 */
import type { Block } from './blocks.js';
import { splitSentences, type SplitOptions } from './sentences.js';

export interface ProseSentence {
  block: Block;
  /** Offsets in the block's text, end exclusive. */
  start: number;
  end: number;
  /** The sentence as the block's text has it (line breaks kept). */
  text: string;
}

/** Every sentence of the blocks, in document order. */
export function proseSentences(blocks: readonly Block[], options?: SplitOptions): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  for (const block of blocks) {
    for (const [start, end] of splitSentences(block.text, options)) sentences.push({ block, start, end, text: block.text.slice(start, end) });
  }
  return sentences;
}

/** Where a span of a block's text (offsets in the text, end exclusive) is in the source, end exclusive. */
export function sourceSpan(block: Block, from: number, to: number): [number, number] {
  const start = block.map[from] ?? block.map[block.map.length - 1] ?? 0;
  const last = block.map[Math.max(from, to - 1)] ?? start;
  return [start, Math.max(start, last + 1)];
}
