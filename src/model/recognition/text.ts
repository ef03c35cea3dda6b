/**
 * What the text of a section says about topics: the cue groups of each topic
 * found sentence by sentence. The first group names the topic; it and another
 * group in one sentence or the next ("kommer i behandling" + "senest 14 dage")
 * say the text is about the topic; one word in passing does not. Sentences that only name topics cover nothing: a
 * reading guide ("I denne standard kan du læse om …"), a link ("Læs mere på
 * …"), a sentence naming three topics or more by their first cue group, the
 * topic's name (a contents list, run-together headings), a list of short items, and a topic's own "not" phrases (the
 * document's purpose is not the treatment's).
 */
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Position } from '../../types.js';
import type { Cues, Topic } from './cues.js';
import { splitSentences } from '../text/index.js';
import { firstCue, foldText, hasCue } from './stem.js';

export interface Block {
  /** Folded (lower case, NFC, PDF line breaks in words joined): what the cues are looked for in. */
  text: string;
  /** As written: the sentence splitter needs the capitals. */
  raw: string;
  position: Position | undefined;
}

/** The prose blocks of a section's own content, folded; HTML, code and footnotes are no prose. */
export function blocksOf(children: readonly RootContent[]): Block[] {
  const blocks: Block[] = [];
  for (const node of children) {
    if (node.type === 'html' || node.type === 'code' || node.type === 'footnoteDefinition' || node.type === 'yaml') continue;
    if (node.type === 'list' && node.children.every((item) => wordCount(toString(item)) <= 6)) continue;
    // A list is read as one sentence (a list naming three topics is a list of contents), its items kept apart as words.
    const raw = node.type === 'list' ? node.children.map((item) => toString(item, { includeHtml: false })).join('; ') : toString(node, { includeHtml: false });
    blocks.push({ text: foldText(raw), raw, position: node.position as Position | undefined });
  }
  return blocks;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** An enumeration item run into the text, as PDF text has it: "… af: 1) De opgaver … 2) Målgruppen …". */
const inlineItem = /(?:^|\s)\(?\d{1,2}\)\s/u;

/**
 * Items numbered "1. Opgaver … 2. Målgruppen …" run into the text: the
 * splitter ends a sentence at each next item's number, so each piece ends in
 * it. A number after "stk.", "nr.", "§" or "side" ends a citation, not an item.
 */
const itemNumberEnd = /(?:^|\s)(\d{1,2})\.$/u;
const citationEnd = /(?:^|\s)(?:stk|nr|kap|kapitel|bilag|side|afsnit|§+)\.?\s+\d{1,2}\.$/u;

function itemNumber(sentence: string): number | undefined {
  if (citationEnd.test(sentence)) return undefined;
  const match = itemNumberEnd.exec(sentence);
  return match ? Number(match[1]) : undefined;
}

/** The pieces that are items of a run-in enumeration numbered "N.": at least two numbers in a row (1., 2.), and the piece after the last. */
function numberedItems(pieces: readonly string[]): boolean[] {
  const numbers = pieces.map(itemNumber);
  const item = pieces.map(() => false);
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (numbers[i] === undefined || numbers[i + 1] !== numbers[i]! + 1) continue;
    for (let at = i; at <= Math.min(i + 2, pieces.length - 1); at++) item[at] = true;
  }
  return item;
}

/** Longer than this, a "sentence" is run-together text without full stops, read in pieces of CHUNK words. */
const LONG = 50;
const CHUNK = 30;

/**
 * The folded sentences of a block, cut by the text layer's splitter (its
 * abbreviation list keeps "nr. 5" and "jf. § 101" whole; a colon before a
 * capital ends a sentence). Run-together text without full stops is read in
 * pieces. The items of an enumeration run into the text ("1) …", or
 * "1. … 2. …") are read as one sentence, as a Markdown list is: a list
 * naming three topics is a list of contents ("Kvalitetsstandarden omfatter:
 * 1) De opgaver … 2) Målgruppen …").
 */
export function sentencesOf(block: Block): string[] {
  const sentences: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) sentences.push(items.join(' '));
    items = [];
  };
  const pieces = splitSentences(block.raw, { colon: true }).map(([start, end]) => foldText(block.raw.slice(start, end)));
  const numbered = numberedItems(pieces);
  for (const [at, sentence] of pieces.entries()) {
    if (numbered[at] || inlineItem.test(sentence)) {
      items.push(sentence);
      continue;
    }
    flush();
    const words = sentence.split(' ').filter(Boolean);
    if (words.length <= LONG) sentences.push(sentence);
    else for (let i = 0; i < words.length; i += CHUNK) sentences.push(words.slice(i, i + CHUNK).join(' '));
  }
  flush();
  return sentences;
}

/** The cue groups of one topic a sentence holds: group index → the word found. */
type Hits = Map<number, string>;

function hitsOf(sentence: string, topic: Topic): Hits {
  const hits: Hits = new Map();
  if (topic.not.some((phrase) => hasCue(sentence, phrase))) return hits;
  topic.body.forEach((group, index) => {
    const cue = firstCue(sentence, group);
    if (cue !== undefined) hits.set(index, cue);
  });
  return hits;
}

export interface TextMatch {
  key: string;
  /** Different cue groups found together. */
  groups: number;
  words: string[];
  position: Position | undefined;
}

/**
 * For each topic in `wanted`, the best place in the blocks where its text
 * says it is about it (two groups in a sentence or two neighbouring ones),
 * leaving out sentences about the topics the section itself covers (`host`).
 */
export function textMatches(blocks: readonly Block[], cues: Cues, wanted: ReadonlySet<string>, host: readonly string[] = []): TextMatch[] {
  const best = new Map<string, TextMatch>();
  const names = cues.topics.filter((t) => wanted.has(t.key)).flatMap((t) => t.body[0] ?? []);
  for (const block of blocks) {
    // Most blocks name none of the wanted topics: one look at the block spares reading its sentences.
    if (!names.some((name) => hasCue(block.text, name))) continue;
    let previous = new Map<string, Hits>();
    for (const sentence of sentencesOf(block)) {
      let current = sentenceHits(sentence, cues, wanted);
      // A sentence that names the topic its section is about belongs to it ("Rusmiddelcentret hører under … og tilbyder ambulant behandling" under Organisering).
      if (host.some((key) => current.get(key)?.has(0))) current = new Map();
      for (const [key, hits] of current) {
        if (!wanted.has(key)) continue;
        const together = new Map([...(previous.get(key) ?? []), ...hits]);
        if (together.size < cues.topics.find((t) => t.key === key)!.groups || !together.has(0)) continue;
        const match = { key, groups: together.size, words: [...new Set(together.values())], position: block.position };
        const old = best.get(key);
        if (!old || match.groups > old.groups) best.set(key, match);
      }
      previous = current;
    }
  }
  return [...best.values()];
}

/**
 * The hits in one sentence of the wanted topics (every group) and of the
 * others (their name group only, which is all the contents-list test and the
 * host test read), or none when the sentence only names topics.
 */
function sentenceHits(sentence: string, cues: Cues, wanted: ReadonlySet<string>): Map<string, Hits> {
  const found = new Map<string, Hits>();
  if (cues.skipPhrases.some((phrase) => sentence.includes(phrase))) return found;
  let named = 0;
  for (const topic of cues.topics) {
    const hits = wanted.has(topic.key) ? hitsOf(sentence, topic) : nameHit(sentence, topic);
    if (hits.size === 0) continue;
    found.set(topic.key, hits);
    if (hits.has(0)) named++;
  }
  return named >= 3 ? new Map() : found;
}

function nameHit(sentence: string, topic: Topic): Hits {
  const cue = firstCue(sentence, topic.body[0] ?? []);
  return cue === undefined || topic.not.some((phrase) => hasCue(sentence, phrase)) ? new Map() : new Map([[0, cue]]);
}

/** Whether the text holds any cue of the topic outside its "not" sentences (a heading's cue needs this support). */
export function supports(blocks: readonly Block[], topic: Topic, cues: Cues): boolean {
  return blocks.some((block) =>
    sentencesOf(block).some((sentence) => !cues.skipPhrases.some((p) => sentence.includes(p)) && hitsOf(sentence, topic).size > 0),
  );
}

/** The first of the topic's "not" phrases in the blocks, when no sentence outside them holds a cue of the topic. */
export function onlyAboutSomethingElse(blocks: readonly Block[], topic: Topic): string | undefined {
  if (topic.not.length === 0) return undefined;
  let not: string | undefined;
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const phrase = topic.not.find((p) => hasCue(sentence, p));
      if (phrase !== undefined) not ??= phrase;
      else if (hitsOf(sentence, topic).size > 0) return undefined;
    }
  }
  return not;
}
