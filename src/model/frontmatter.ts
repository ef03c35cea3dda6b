/**
 * Front-matter: parse the YAML between the `---` fences into plain data and
 * collect what is wrong with it, first as YAML (frontmatter-yaml-problems.ts),
 * then against schemas/frontmatter.schema.json (frontmatter-schema-problems.ts).
 * Every problem is data with a place in the whole Markdown file, in Danish and
 * English; nothing here throws on bad input.
 */
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { FrontMatter, FrontMatterProblem, Point } from '../types.js';
import { yamlPlaces } from './frontmatter-locate.js';
import { schemaProblems } from './frontmatter-schema-problems.js';
import { validate } from './frontmatter-validate.js';
import { aliasProblem, emptyProblem, flowDepthBreach, notMappingProblem, syntaxProblem, tooDeepProblem } from './frontmatter-yaml-problems.js';

export { frontMatterKeys, frontMatterSchema } from './frontmatter-validate.js';

/**
 * The YAML parser knows \n and \r\n but not a lone \r (old Mac files), which
 * Markdown counts as a line ending: it is made a \n, one for one, so every
 * offset the parser gives is still an offset in the file.
 */
export function withYamlLineEndings(yamlText: string): string {
  return yamlText.replace(/\r(?!\n)/g, '\n');
}

/**
 * The parsed YAML behind each front-matter's data, for a rule that needs the
 * places of its keys (revision-overdue): the same text need not be parsed twice.
 */
const parsedDocuments = new WeakMap<object, { text: string; doc: Document }>();

/** The YAML document `data` was read from, when it was parsed from exactly `text` (after withYamlLineEndings). */
export function parsedYaml(data: object, text: string): Document | undefined {
  const parsed = parsedDocuments.get(data);
  return parsed?.text === text ? parsed.doc : undefined;
}

export function readFrontMatter(yamlText: string, origin: Point): FrontMatter {
  const at = yamlPlaces(yamlText, origin);
  const position = at.all();
  const tooDeep = flowDepthBreach(yamlText);
  if (tooDeep !== undefined) return { data: undefined, position, problems: [tooDeepProblem(tooDeep, at)] };
  // logLevel 'error' keeps MULTIPLE_DOCS (dropped at 'silent') but stops console warnings.
  const yamlLines = withYamlLineEndings(yamlText);
  const doc = parseDocument(yamlLines, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });

  const syntax = [...doc.errors, ...doc.warnings].map((error) => syntaxProblem(error, doc, yamlText, at));
  if (doc.errors.length > 0) {
    // A broken document gives misleading schema errors; fix the syntax first.
    return { data: undefined, position, problems: sorted(syntax) };
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { data: undefined, position, problems: [...syntax, emptyProblem(position)] };
  }
  if (!isMap(root)) {
    return { data: undefined, position, problems: [...syntax, notMappingProblem(root, at)] };
  }

  let data: Record<string, unknown>;
  try {
    // Policy writers need no aliases; a low limit stops "billion laughs" expansion.
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    return { data: undefined, position, problems: [...syntax, aliasProblem(doc, at)] };
  }

  parsedDocuments.set(data, { text: yamlLines, doc });
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], data, doc, at);
  return { data, position, problems: sorted([...syntax, ...problems]) };
}

function sorted(problems: FrontMatterProblem[]): FrontMatterProblem[] {
  return problems.sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column);
}
