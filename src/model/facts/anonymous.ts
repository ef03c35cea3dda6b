/**
 * Anonymous treatment (§ 101 a): the sentences that offer it, and whether a
 * phone line, a web address or a provider outside the kommune is named with it.
 */
import type { Standard } from '../../types.js';
import { anonymousPhoneWords, anonymousWords, data, notKommuneNames } from './data.js';
import { isUpper } from '../text/chars.js';
import type { Block } from '../text/blocks.js';
import { fact, type Context, type Sentence } from './context.js';
import { tokenize, type Token } from '../text/tokens.js';
import { wordBefore } from './tokens.js';

/** The kommune's own names (front-matter `kommune` and `samarbejdskommuner`), lower case, without "Kommune". */
export function ownKommuneNames(standard: Pick<Standard, 'frontMatter' | 'title'>): string[] {
  const yaml = standard.frontMatter?.data ?? {};
  const names: string[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const name = value.trim().replace(/\s+kommune$/iu, '').toLowerCase();
    if (name !== '') names.push(name);
  };
  add(yaml.kommune);
  if (Array.isArray(yaml.samarbejdskommuner)) yaml.samarbejdskommuner.forEach(add);
  if (names.length === 0) {
    const match = /([\p{Lu}][\p{L}-]+)\s+[Kk]ommune/u.exec(standard.title.text);
    if (match?.[1]) add(match[1]);
  }
  return names;
}

export function anonymous(context: Context, contactsByBlock: Map<Block, { phone: boolean; web: boolean }>): void {
  const { standard } = context;
  const offers: Array<{ sentence: Sentence; span: [number, number] }> = [];
  for (const sentence of context.sentences) {
    const section = sentence.block.section;
    // § 101 a in the legal basis is not an offer.
    if (section !== undefined && context.lawSections.has(section)) continue;
    const span = anonymousOffer(sentence) ?? sentence.anonymousReference;
    if (span) offers.push({ sentence, span });
  }
  if (offers.length === 0) return;
  const own = new Set(ownKommuneNames(standard));
  if (own.size === 0) {
    const named = mostNamedKommune(context.blocks);
    if (named) own.add(named);
  }
  const blocksBySection = new Map<number, Block[]>();
  for (const block of context.blocks) {
    if (block.section === undefined) continue;
    const list = blocksBySection.get(block.section) ?? [];
    list.push(block);
    blocksBySection.set(block.section, list);
  }
  type Scope = { phone: boolean; web: boolean; outsideKommune: boolean };
  const scopes = new Map<number, Scope>();
  const blockScopes = new Map<Block, Scope>();
  // A block is read once, though it counts for its section and every section above.
  const blockFindings = new Map<Block, Scope>();
  const findingsOf = (block: Block): Scope => {
    let known = blockFindings.get(block);
    if (known) return known;
    const found = contactsByBlock.get(block);
    const lower = block.text.toLowerCase();
    // The block's words are needed only when one of the phrases occurs in it at all.
    let tokens: Token[] | undefined;
    const wordsIfAny = (phrases: readonly string[]) =>
      phrases.some((phrase) => lower.includes(phrase)) ? (tokens ??= tokenize(lower)).filter((token) => token.kind === 'word') : [];
    known = {
      phone: found?.phone === true || wordsIfAny(data.anonymous.phoneWords).some((word) => anonymousPhoneWords.has(word.lower)),
      web:
        found?.web === true ||
        wordsIfAny(data.anonymous.webWordPrefixes).some((word) => data.anonymous.webWordPrefixes.some((prefix) => word.lower.startsWith(prefix))),
      outsideKommune:
        data.anonymous.outsideCues.some((cue) => lower.includes(cue)) || (lower.includes('kommune') && namesOtherKommune(block.text, own)),
    };
    blockFindings.set(block, known);
    return known;
  };
  const scopeOfBlocks = (blocks: Block[]) => {
    let phone = false;
    let web = false;
    let outsideKommune = false;
    for (const block of blocks) {
      const found = findingsOf(block);
      phone ||= found.phone;
      web ||= found.web;
      outsideKommune ||= found.outsideKommune;
    }
    return { phone, web, outsideKommune };
  };
  const scopeOf = (section: number) => {
    const known = scopes.get(section);
    if (known) return known;
    const indices: number[] = [];
    const stack = [section];
    while (stack.length > 0) {
      const index = stack.pop()!;
      indices.push(index);
      stack.push(...(standard.sections[index]?.children ?? []));
    }
    const scope = scopeOfBlocks(indices.flatMap((index) => blocksBySection.get(index) ?? []));
    scopes.set(section, scope);
    return scope;
  };

  for (const { sentence, span } of offers) {
    const section = sentence.block.section;
    let scope = section === undefined ? blockScopes.get(sentence.block) : scopeOf(section);
    if (!scope) {
      scope = scopeOfBlocks([sentence.block]);
      blockScopes.set(sentence.block, scope);
    }
    context.facts.anonymous.push(fact(context, sentence, { ...scope }, span[0], span[1]));
  }
}

/** "anonym behandling", "anonym, ambulant stofmisbrugsbehandling", "behandlingen kan foregå anonymt" — not "anonym rådgivning". */
function anonymousOffer(sentence: Sentence): [number, number] | undefined {
  const { tokens } = sentence;
  const { treatment, counselling, window } = data.anonymous;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!anonymousWords.has(token.lower)) continue;
    let seen = 0;
    for (let cursor = index + 1; cursor < tokens.length && seen < window; cursor++) {
      const next = tokens[cursor]!;
      if (next.kind === 'punct') {
        if (next.text === '.' || next.text === ':' || next.text === '(' || next.text === ')') break;
        continue;
      }
      seen++;
      if (counselling.some((word) => next.lower.includes(word))) break;
      if (next.lower.includes(treatment)) return [token.start, next.end];
    }
    for (let back = 1; back <= 3; back++) {
      const previous = wordBefore(tokens, index, back - 1);
      if (!previous) break;
      if (counselling.some((word) => previous.token.lower.includes(word))) break;
      if (previous.token.lower.includes(treatment)) return [previous.token.start, token.end];
    }
  }
  return undefined;
}

/** The kommuner a text names as "X Kommune", lower case ("frederikshavn", "lyngby-taarbæk"). */
function kommuneNamesIn(text: string): string[] {
  const tokens = tokenize(text);
  const names: string[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.lower.startsWith('kommune') || token.lower.startsWith('kommunen')) continue;
    let first = index - 1;
    // "Lyngby-Taarbæk Kommune"
    while (first >= 2 && tokens[first - 1]!.text === '-' && !tokens[first - 1]!.space && tokens[first - 2]!.kind === 'word') first -= 2;
    const head = tokens[first]!;
    if (head.kind !== 'word' || !isUpper(head.text[0])) continue;
    const name = tokens
      .slice(first, index)
      .map((t) => t.text)
      .join('')
      .toLowerCase();
    if (!notKommuneNames.has(name)) names.push(name);
  }
  return names;
}

/** True when the text names "X Kommune" for an X that is not the kommune's own. */
function namesOtherKommune(text: string, own: Set<string>): boolean {
  // "Hjørrings Kommune" is the genitive of the own name.
  return kommuneNamesIn(text).some((name) => !own.has(name) && !(name.endsWith('s') && own.has(name.slice(0, -1))));
}

/** Without a front-matter kommune: the kommune the text names most often. */
function mostNamedKommune(blocks: Block[]): string | undefined {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const name of kommuneNamesIn(block.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
