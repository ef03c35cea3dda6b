/**
 * What is wrong with the YAML itself, before any schema: syntax errors and
 * warnings, an empty document, a list or a single value instead of fields,
 * and too many aliases. Each becomes a problem with its place in the file.
 */
import { isNode, isSeq, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { FrontMatterProblem, Localized, Position } from '../types.js';
import { keyName, type Places } from './frontmatter-locate.js';
import { schema } from './frontmatter-validate.js';

const SYNTAX: Partial<Record<YAMLError['code'], Localized>> = {
  TAB_AS_INDENT: {
    da: 'Linjen er rykket ind med tabulator. YAML kræver mellemrum: brug fx to mellemrum.',
    en: 'The line is indented with a tab. YAML needs spaces: use two spaces, for example.',
  },
  BAD_INDENT: {
    da: 'Indrykningen passer ikke. Felter i samme gruppe skal begynde i samme kolonne, og lister i [ ] skal slutte med ].',
    en: 'The indentation does not fit. Fields in one group must start in the same column, and lists in [ ] must end with ].',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    da: 'YAML kan ikke læse linjen. Er den rykket for langt ind, eller indeholder værdien et kolon? Så sæt værdien i anførselstegn: titel: "Tekst: med kolon".',
    en: 'YAML cannot read the line. Is it indented too far, or does the value contain a colon? Then quote the value: titel: "Text: with colon".',
  },
  MULTILINE_IMPLICIT_KEY: {
    da: 'YAML kan ikke læse linjen. Mangler der et kolon efter feltnavnet (kommune: Holbæk), eller er linjen rykket forkert ind?',
    en: 'YAML cannot read the line. Is a colon missing after the field name (kommune: Holbæk), or is the line indented wrongly?',
  },
  MISSING_CHAR: {
    da: 'Der mangler et tegn, fx et afsluttende anførselstegn eller en afsluttende ] eller }.',
    en: 'A character is missing, such as a closing quote or a closing ] or }.',
  },
  BAD_SCALAR_START: {
    da: 'Værdien begynder med et tegn som YAML ikke tillader her (fx @, ` eller %). Sæt værdien i anførselstegn.',
    en: 'The value starts with a character YAML does not allow here (such as @, ` or %). Put the value in quotes.',
  },
  BAD_DQ_ESCAPE: {
    da: 'Tekst i dobbelte anførselstegn indeholder en ugyldig \\-kode. Brug enkelte anførselstegn eller skriv \\\\.',
    en: 'Text in double quotes contains an invalid \\ escape. Use single quotes or write \\\\.',
  },
  MULTIPLE_DOCS: {
    da: 'Front-matter må kun være ét YAML-dokument. Fjern linjen med --- eller ... inde i den.',
    en: 'Front-matter must be a single YAML document. Remove the --- or ... line inside it.',
  },
  RESOURCE_EXHAUSTION: {
    da: 'Front-matter er for dybt indlejret til at kunne læses.',
    en: 'Front-matter is nested too deeply to be read.',
  },
};

export function syntaxProblem(error: YAMLError, doc: Document, text: string, at: Places): FrontMatterProblem {
  const [start, end] = error.pos;
  const position = at.span(start, Math.max(end, Math.min(start + 1, text.length)));
  if (error.code === 'DUPLICATE_KEY') {
    const key = duplicateKeyAt(doc.contents, start);
    const name = key === undefined ? '' : ` \`${keyName(key)}\``;
    const range = key?.range;
    return {
      message: {
        da: `Feltet${name} står to gange i samme gruppe. Slet det ene, så det er klart hvilken værdi der gælder.`,
        en: `The field${name} appears twice in the same group. Delete one so it is clear which value applies.`,
      },
      position: range ? at.span(range[0], range[1]) : position,
      path: key === undefined ? '' : keyName(key),
    };
  }
  const unclosed = error.code === 'MISSING_CHAR' ? unclosedQuote(doc, start) : undefined;
  if (unclosed) {
    return {
      message: {
        da: 'Anførselstegnet her bliver aldrig lukket, så værdien løber til slutningen af front-matter. Sæt det afsluttende anførselstegn, hvor værdien slutter.',
        en: 'The quote here is never closed, so the value runs to the end of the front-matter. Put the closing quote where the value ends.',
      },
      position: at.span(unclosed, unclosed + 1),
      path: '',
    };
  }
  const known = SYNTAX[error.code];
  const detail = error.message.split('\n')[0] ?? '';
  return {
    message: known ?? {
      da: `YAML-fejl: ${detail}`,
      en: `YAML error: ${detail}`,
    },
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
  const keys = schema.required.map((k) => `\`${k}\``).join(', ');
  return {
    message: {
      da: `Front-matter er tom. Disse felter skal udfyldes: ${keys}.`,
      en: `Front-matter is empty. These fields are required: ${keys}.`,
    },
    position,
    path: '',
  };
}

export function notMappingProblem(root: YamlNode, at: Places): FrontMatterProblem {
  const what = isSeq(root) ? { da: 'en liste', en: 'a list' } : { da: 'en enkelt værdi', en: 'a single value' };
  return {
    message: {
      da: `Front-matter skal bestå af felter med navn og værdi, ét på hver linje, som \`kommune: Holbæk\` — ikke ${what.da}.`,
      en: `Front-matter must consist of fields with a name and value, one per line, like \`kommune: Holbæk\` — not ${what.en}.`,
    },
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
    message: {
      da: 'Front-matter bruger YAML-henvisninger (&navn og *navn) så mange gange at den ikke kan læses sikkert. Skriv værdierne ud i stedet.',
      en: 'Front-matter uses YAML aliases (&name and *name) so many times that it cannot be read safely. Write the values out instead.',
    },
    position: range ? at.span(range[0], range[1]) : at.all(),
    path: '',
  };
}
