/**
 * The text layer: what the model knows about the words of a standard,
 * below facts, LIX, stale-reference and topic recognition.
 *
 * - blocks.ts: prose blocks (paragraphs, headings, table cells) with the
 *   source offset of every character and their section.
 * - sentences.ts: the one Danish sentence splitter, with one abbreviation
 *   list (schemas/abbreviations.json).
 * - tokens.ts: word, number and punctuation tokens with offsets.
 * - normalise.ts: NFC, PDF soft hyphenation ("behand-\nling") and case,
 *   with the offset of each character of the result in the input.
 * - stem.ts: Danish Snowball stemming; compounds.ts: compound words split
 *   against a word list (schemas/words.json).
 * - prose.ts: the sentences of the blocks with their place, and source
 *   offsets of a span of a block.
 * - chars.ts: the character tests all of them use.
 */
export { collectBlocks, type Block } from './blocks.js';
export { proseSentences, sourceSpan, type ProseSentence } from './prose.js';
export { abbreviationKind, abbreviations, splitSentences, type AbbreviationData, type Span, type SplitOptions } from './sentences.js';
export { isDigit, isLetter, isSpace, isUpper } from './chars.js';
export { tokenize, type Token } from './tokens.js';
export { normalise, normaliseWord, type Normalised, type NormaliseOptions } from './normalise.js';
export { stem } from './stem.js';
export { compoundStems, splitCompound } from './compounds.js';
