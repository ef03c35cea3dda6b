/**
 * What is wrong with the YAML itself, before any schema: syntax errors and
 * warnings, an empty document, a list or a single value instead of fields,
 * and too many aliases. Each becomes a problem with its place in the file;
 * the words are in src/i18n/frontmatter.ts.
 */
import { isNode, isSeq, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { yamlMessages, yamlSyntaxMessages } from '../i18n/frontmatter.js';
import type { FrontMatterProblem, Localized, Position } from '../types.js';
import { keyName, type Places } from './frontmatter-locate.js';
import { schema } from './frontmatter-validate.js';

/** The parser's errors that have a clearer message, by code. */
const SYNTAX: Partial<Record<YAMLError['code'], Localized>> = yamlSyntaxMessages;

export function syntaxProblem(error: YAMLError, doc: Document, text: string, at: Places): FrontMatterProblem {
  const [start, end] = error.pos;
  const position = at.span(start, Math.max(end, Math.min(start + 1, text.length)));
  if (error.code === 'DUPLICATE_KEY') {
    const key = duplicateKeyAt(doc.contents, start);
    const range = key?.range;
    return {
      message: yamlMessages.duplicateKey(key === undefined ? undefined : keyName(key)),
      position: range ? at.span(range[0], range[1]) : position,
      path: key === undefined ? '' : keyName(key),
    };
  }
  const unclosed = error.code === 'MISSING_CHAR' ? unclosedQuote(doc, start) : undefined;
  if (unclosed) {
    return {
      message: yamlMessages.unclosedQuote,
      position: at.span(unclosed, unclosed + 1),
      path: '',
    };
  }
  const known = SYNTAX[error.code];
  const detail = error.message.split('\n')[0] ?? '';
  return {
    message: known ?? yamlMessages.otherError(detail),
    position,
    path: '',
  };
}

/** Where the quoted value that a "missing closing quote" error at `offset` (its end) begins. */
function unclosedQuote(doc: Document, offset: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, scalar) {
      if ((scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && scalar.range?.[1] === offset) found = scalar.range[0];
    },
  });
  return found;
}

/**
 * The repeated key a DUPLICATE_KEY error at `offset` is about: the one that
 * starts there, else the first repeated key after it (after an empty value,
 * as in `kontakt:` on one line and `kontakt: …` on the next, the parser
 * reports the place of the empty value instead).
 */
function duplicateKeyAt(node: unknown, offset: number): YamlNode | undefined {
  const repeated: YamlNode[] = [];
  visit(node as YamlNode, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isNode(pair.key)) continue;
        const name = keyName(pair.key);
        if (seen.has(name)) repeated.push(pair.key);
        seen.add(name);
      }
    },
  });
  const starts = (key: YamlNode) => key.range?.[0] ?? -1;
  return repeated.find((key) => starts(key) === offset) ?? repeated.filter((key) => starts(key) >= offset).sort((a, b) => starts(a) - starts(b))[0];
}

export function emptyProblem(position: Position): FrontMatterProblem {
  return {
    message: yamlMessages.empty(schema.required),
    position,
    path: '',
  };
}

export function notMappingProblem(root: YamlNode, at: Places): FrontMatterProblem {
  return {
    message: yamlMessages.notMapping(isSeq(root)),
    position: root.range ? at.span(root.range[0], root.range[1]) : at.all(),
    path: '',
  };
}

export function aliasProblem(doc: Document, at: Places): FrontMatterProblem {
  let range: [number, number] | undefined;
  visit(doc, {
    Alias(_key, alias) {
      if (alias.range) range = [alias.range[0], alias.range[1]];
      return visit.BREAK;
    },
  });
  return {
    message: yamlMessages.tooManyAliases,
    position: range ? at.span(range[0], range[1]) : at.all(),
    path: '',
  };
}

/**
 * Flow collections (`[…]`, `{…}`) nested deeper than any front-matter needs. The
 * YAML parser recurses per level and reports a stack overflow, but where the
 * stack ends depends on how warm the JIT is, so the same file would pass one
 * run and fail the next; this limit decides it the same way every time.
 */
export const MAX_FLOW_DEPTH = 64;

/** The offset of the first bracket past `MAX_FLOW_DEPTH`, outside quotes and comments, or undefined. */
export function flowDepthBreach(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/u.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

export function tooDeepProblem(offset: number, at: Places): FrontMatterProblem {
  return { message: yamlSyntaxMessages.RESOURCE_EXHAUSTION!, position: at.span(offset, offset + 1), path: '' };
}
