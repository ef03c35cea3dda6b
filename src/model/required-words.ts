/**
 * The plain words a regular expression's every match contains, and a search
 * for many words over many texts in one pass: they let a rule skip the
 * patterns that cannot match in a block (most blocks cite no law).
 */


/**
 * Sets of literal words (lower-cased) such that every match of a `giu`
 * pattern contains at least one word of each set; no sets when the pattern
 * promises no words. A block that lacks every word of a set cannot hold a
 * match, so the pattern is not run over it: most blocks mention no old law or
 * agency, and the patterns' `\p{L}` look-behinds make every regex pass cost
 * far more than a search for plain words.
 *
 * The reading is deliberately partial: only plain characters that fold the
 * same way under `toLowerCase` as under the regex's case-insensitive match
 * (see `foldCase`) make up a word; classes, escapes, look-arounds and anything
 * quantified with a minimum of 0 only end the word. Syntax it does not follow
 * gives no sets, so the pattern is always run.
 */
export function requiredWords(pattern: string): string[][] {
  try {
    const reader = new PatternReader(pattern);
    const needs = reader.disjunction();
    return reader.done() ? needs : [];
  } catch {
    return [];
  }
}

/** Characters whose only case-insensitive (`iu`) equals are their `toLowerCase` forms, once `foldCase` has also turned ſ into s. */
const PLAIN = /^[a-z0-9æøå§ ,'"%&@#/-]$/u;

/** The form in which a block is searched for the words of `requiredWords`. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // ſ (long s) matches s under the regex's case folding but has no other lower-case form.
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** A recursive-descent reader of the pattern syntax `requiredWords` understands; it throws on anything else. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /**
   * Alternatives separated by `|`. One alternative's sets all hold; of
   * several, a match contains a word of whichever matched, so the sets become
   * one: the union of each alternative's most telling set.
   */
  disjunction(): string[][] {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const union: string[] = [];
    for (const needs of alternatives) {
      const chosen = best(needs);
      if (!chosen) return [];
      union.push(...chosen);
    }
    return [union];
  }

  /** A sequence of terms: every needed word set of every term holds. */
  private alternative(): string[][] {
    const needs: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run !== '') needs.push([run]);
      run = '';
    };
    for (;;) {
      const char = this.source[this.at];
      if (char === undefined || char === '|' || char === ')') break;
      const atom = this.atom();
      const min = this.quantifierMinimum();
      if (atom.kind === 'char' && PLAIN.test(atom.char.toLowerCase())) {
        if (min === 1 || min === undefined) run += atom.char.toLowerCase();
        if (min !== undefined) endRun();
        continue;
      }
      endRun();
      if (atom.kind === 'group' && min !== 0) needs.push(...atom.needs);
    }
    endRun();
    return needs;
  }

  /** The minimum of a quantifier after an atom (and the quantifier read), or undefined when there is none. */
  private quantifierMinimum(): number | undefined {
    const char = this.source[this.at];
    let min: number | undefined;
    if (char === '*' || char === '?') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const braces = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Error('unread quantifier');
      this.at += braces[0].length - 1;
      min = Number(braces[1]);
      // {1} is the atom itself; any other count ends the word like +.
      if (min === 1 && braces[2] === undefined) {
        this.at++;
        if (this.source[this.at] === '?') this.at++;
        return undefined;
      }
      min = Math.min(min, 1);
    }
    if (min === undefined) return undefined;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; needs: string[][] } | { kind: 'other' } {
    const source = this.source;
    const char = source[this.at]!;
    if (char === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(this.at));
      const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(this.at));
      const open = lookaround?.[0] ?? named?.[0] ?? (source.startsWith('(?:', this.at) ? '(?:' : source.startsWith('(?', this.at) ? undefined : '(');
      if (open === undefined) throw new Error('unread group');
      this.at += open.length;
      const needs = this.disjunction();
      if (source[this.at] !== ')') throw new Error('unclosed group');
      this.at++;
      // A look-around matches no characters of its own.
      return lookaround ? { kind: 'other' } : { kind: 'group', needs };
    }
    if (char === '[') {
      this.at++;
      if (source[this.at] === '^') this.at++;
      if (source[this.at] === ']') this.at++;
      while (source[this.at] !== ']') {
        if (this.at >= source.length) throw new Error('unclosed class');
        this.at += source[this.at] === '\\' ? 2 : 1;
      }
      this.at++;
      return { kind: 'other' };
    }
    if (char === '\\') {
      const next = source[this.at + 1];
      if (next === undefined) throw new Error('lone backslash');
      if (next === 'p' || next === 'P' || next === 'k' || next === 'u' || next === 'x' || next === 'c') {
        // \p{…}, \k<…>, \u{…}, \uXXXX, \xXX, \cX: read to the end of the escape; none is a plain character here.
        const escape = /^\\(?:[pP]\{[^}]*\}|k<[^>]*>|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(source.slice(this.at));
        if (!escape) throw new Error('unread escape');
        this.at += escape[0].length;
        return { kind: 'other' };
      }
      this.at += 2;
      // \d, \s, \b, \1 and the like stand for more (or less) than themselves; punctuation escaped is itself.
      return /[A-Za-z0-9]/.test(next) ? { kind: 'other' } : { kind: 'char', char: next };
    }
    if (char === '^' || char === '$' || char === '.') {
      this.at++;
      return { kind: 'other' };
    }
    if ('*+?{}]'.includes(char)) throw new Error('unexpected quantifier or bracket');
    // One code point: the pattern has the u flag.
    const point = String.fromCodePoint(source.codePointAt(this.at)!);
    this.at += point.length;
    return { kind: 'char', char: point };
  }
}

/** Of several word sets that all hold, the one whose shortest word is longest, then the smallest (the rarest, roughly); undefined when there is none. */
export function best(needs: string[][]): string[] | undefined {
  let chosen: string[] | undefined;
  let score = 0;
  for (const words of needs) {
    const shortest = Math.min(...words.map((word) => word.length));
    if (shortest > score || (shortest === score && words.length < chosen!.length)) {
      chosen = words;
      score = shortest;
    }
  }
  return chosen;
}

/**
 * Finds which of a set of words occur in each of several folded texts, in
 * one regex pass over all of them: an `includes` per word and block, or a
 * regex call per block, cost more than the patterns they spare.
 */
export class WordSearch {
  /** Every place where a word starts, longest word first; the shorter words there are found through `within`. */
  private readonly regex: RegExp | undefined;
  /** For each word, the words it contains (itself too). */
  private readonly within = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const word of list) this.within.set(word, list.filter((other) => word.includes(other)));
    const escaped = list.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
    this.regex = list.length > 0 ? new RegExp(`(?=(${escaped.join('|')}))`, 'g') : undefined;
  }

  /** Per text, the words in it (undefined for none). */
  inEach(texts: string[]): Array<Set<string> | undefined> {
    const found: Array<Set<string> | undefined> = texts.map(() => undefined);
    const regex = this.regex;
    if (!regex) return found;
    // No word holds a line break, so none runs from one text into the next.
    const joined = texts.join('\n');
    let index = 0;
    let end = texts[0]?.length ?? 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(joined); match; match = regex.exec(joined)) {
      const at = match.index;
      while (at > end) end += 1 + texts[++index]!.length;
      const words = (found[index] ??= new Set<string>());
      const word = match[1]!;
      if (!words.has(word)) for (const inner of this.within.get(word)!) words.add(inner);
      // The match is empty (a look-ahead): move on by hand.
      regex.lastIndex = at + 1;
    }
    return found;
  }
}
