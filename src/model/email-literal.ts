/**
 * GFM's e-mail autolink literal is tried at the start of every word (every
 * ASCII letter and digit is one of its start characters): micromark enters
 * the word, consumes it character by character, finds no `@` and rolls the
 * attempt back — about a tenth of the check's parse. An e-mail literal must
 * begin with a run of atext characters followed by `@`, so the same test on
 * the text being parsed, before the attempt, turns away every word that
 * cannot start one. The tree is the same: only attempts that fail are skipped.
 */
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

/** The text micromark is parsing (set before each parse; parsing is synchronous). */
let parsing = '';

export function parsingText(text: string): void {
  // micromark drops a leading byte order mark and counts offsets from after it.
  parsing = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The extension with its e-mail construct wrapped; every other construct as it was. */
export function withEmailLookahead(extension: Extension): Extension {
  const text: NonNullable<Extension['text']> = {};
  for (const [code, constructs] of Object.entries(extension.text ?? {})) {
    text[code as unknown as number] = Array.isArray(constructs) ? constructs.map(wrap) : wrap(constructs as Construct);
  }
  return { ...extension, text };
}

const wrapped = new WeakMap<Construct, Construct>();

function wrap(construct: Construct): Construct {
  if (construct.name !== 'emailAutolink') return construct;
  let made = wrapped.get(construct);
  if (!made) {
    const tokenize = construct.tokenize;
    made = {
      ...construct,
      tokenize(this: TokenizeContext, effects, ok, nok): State {
        return atextThenAt(parsing, this.now().offset) ? tokenize.call(this, effects, ok, nok) : nok;
      },
    };
    wrapped.set(construct, made);
  }
  return made;
}

/** Whether `text` at `from` holds one or more atext characters (letters, digits, + - . _) and then `@`. */
function atextThenAt(text: string, from: number): boolean {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    const atext =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 95;
    if (!atext) return at > from && code === 64;
    at++;
  }
}
