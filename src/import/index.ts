/**
 * `kvs import`: a legacy document to a standard in the Markdown format.
 *
 *   bytes → decode → detect → reader (→ Markdown lines → mdast, or .docx → mdast)
 *         → tree passes (tracked changes, headings, links, duplicates)
 *         → front-matter from what the text states → Markdown
 *
 * Every piece of text that does not reach the body is a Removal in the report.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ImportError } from './errors.js';
import type { Added, ExtractedImage, ImportNote, Removal, SourceFormat, Split } from './types.js';
import { decode } from '../model/read.js';
import { parseMarkdown } from '../model/parse.js';
import { resolveCriticMarkup } from '../model/critic.js';
import { detectFormat } from './detect.js';
import { fromLines, toLines, type Line } from './lines.js';
import { removePageFurniture } from './passes/furniture.js';
import { removeReviewerComments } from './passes/comments.js';
import { joinLineEndHyphenation } from './passes/hyphenation.js';
import { markBullets } from './passes/bullets.js';
import { plainToMarkdown } from './readers/plain.js';
import { splitTranscriptPages } from './readers/transcript.js';
import { isRowLine, rowsToMarkdown } from './readers/rows.js';
import { htmlToMdast, mdastToMarkdown } from './cells.js';
import { readDocx, DocxError } from './readers/docx.js';
import { acceptTrackedChanges } from './passes/tree-review.js';
import { promoteBoldLines, promoteShortParagraphs, unwrapEmptyLinks } from './passes/tree-headings.js';
import { resolveDuplicates } from './passes/tree-duplicates.js';
import { extractFrontMatter, titleOf, type ExtractedFrontMatter } from './frontmatter.js';
import { moveCover } from './passes/tree-cover.js';
import { removeTreeFurniture } from './passes/tree-furniture.js';
import { levelsFromNumbering, nestIntroducedHeadings } from './passes/tree-levels.js';
import { formatMarkdown } from '../fmt/format.js';
import { importMessages } from '../i18n/import.js';

export interface ImportOptions {
  kommune?: string;
  from?: SourceFormat;
  /** A .docx's tracked changes and comments as CriticMarkup, instead of accepted and removed. */
  keepChanges?: boolean;
  /** A .docx's pictures are linked as `imageFolder/n.ext` and returned in `images`, for the caller to write; without it they are only reported. */
  imageFolder?: string;
}

export interface ImportResult {
  format: SourceFormat;
  markdown: string;
  frontMatter: ExtractedFrontMatter;
  removed: Removal[];
  /** Every `{>>kvs: …<<}` comment the importer wrote into the body. */
  added: Added[];
  /** Headings split off the text they ran into. */
  split: Split[];
  /** Set when the source was not UTF-8 and was converted. */
  converted?: { from: string };
  /** The input already was a standard in the format and is returned as it was. */
  unchanged: boolean;
  /** Pictures the Markdown links (with `imageFolder` only), to be written beside it. */
  images?: ExtractedImage[];
  /** Choices the report lists: a table's first row made its header, cells spanning columns. */
  notes?: ImportNote[];
}

export { ImportError };

export function importDocument(bytes: Uint8Array, name: string, options: ImportOptions = {}): ImportResult {
  if (bytes.length === 0) {
    throw new ImportError(importMessages.empty);
  }
  const format = options.from ?? detectFormat(bytes, undefined, name);
  if (format === 'docx') return importDocx(bytes, options);

  const decoded = decode(bytes);
  if (!decoded.ok) throw new ImportError(decoded.reason);
  const text = decoded.text;
  const converted = decoded.encoding === 'utf-8' ? undefined : { from: decoded.encoding };
  const detected = options.from ?? detectFormat(bytes, text, name);

  if (detected === 'markdown' && isAlreadyStandard(text)) {
    return { format: detected, markdown: text, frontMatter: {}, removed: [], added: [], split: [], unchanged: true, ...(converted ? { converted } : {}) };
  }

  const removed: Removal[] = [];
  const split: Split[] = [];
  const tree = readText(text, detected, removed, split);
  return finish(tree, text, detected, removed, options, converted, split);
}

function importDocx(bytes: Uint8Array, options: ImportOptions): ImportResult {
  let read: ReturnType<typeof readDocx>;
  try {
    read = readDocx(bytes, { keepChanges: options.keepChanges === true, ...(options.imageFolder !== undefined ? { imageFolder: options.imageFolder } : {}) });
  } catch (error) {
    if (error instanceof DocxError) throw new ImportError(error.localized);
    throw error;
  }
  const images = { ...(read.images ? { images: read.images } : {}), ...(read.notes ? { notes: read.notes } : {}) };
  if (read.exported) return { ...finishExported(read.tree, read.frontMatter, [...read.removed], options), ...images };
  const text = mdastToMarkdown(read.tree);
  // Headings of a .docx come from its heading styles and outline levels; a bold line is one only in a file without styles.
  return { ...finish(read.tree, text, 'docx', [...read.removed], { ...options, boldHeadings: read.styled !== true }), ...images };
}

/**
 * A file `kvs export --docx` wrote: its tree is the standard as written, so no
 * cleaning pass applies, and its front-matter comes back verbatim.
 */
function finishExported(tree: Root, yaml: string | undefined, removed: Removal[], options: ImportOptions): ImportResult {
  if (yaml === undefined) return finish(tree, '', 'docx', removed, { ...options, cleaned: true });
  const body = mdastToMarkdown(tree);
  const frontMatter = yamlObject(yaml) as ExtractedFrontMatter;
  return { format: 'docx', markdown: `---\n${yaml}---\n\n${body}`, frontMatter, removed: sortRemovals(removed), added: [], split: [], unchanged: false };
}

/** Text formats become Markdown lines first, so one parser builds every tree. */
function readText(text: string, format: SourceFormat, removed: Removal[], split: Split[]): Root {
  if (format === 'html') return htmlToMdast(text, false);
  let lines: Line[] = toLines(text);
  lines = removeReviewerComments(lines, removed);
  lines = removePageFurniture(lines, removed);
  lines = joinLineEndHyphenation(lines);
  lines = markBullets(lines);
  if (format === 'pdf-text') {
    const pages = splitTranscriptPages(lines, removed, split);
    lines = plainToMarkdown(pages, removed, new Set(split.map((s) => s.heading)));
  }
  else if (format === 'word-table' || lines.some((l) => isRowLine(l.text))) {
    lines = rowsToMarkdown(lines, { stopAtMarkdown: format === 'markdown', depth: 2 });
  }
  const tree = parseMarkdown(fromLines(lines));
  // Positions in the tree are lines of the rewritten text; move them back to the source.
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line = lines[node.position.start.line - 1]?.line ?? node.position.start.line;
    node.position.end.line = lines[node.position.end.line - 1]?.line ?? node.position.end.line;
  });
  return tree;
}

function finish(
  tree: Root,
  source: string,
  format: SourceFormat,
  removed: Removal[],
  options: ImportOptions & { cleaned?: boolean; boldHeadings?: boolean },
  converted?: { from: string },
  split: Split[] = [],
): ImportResult {
  const added: Added[] = [];
  if (!options.cleaned) {
    // Text formats lost their furniture line by line already; a tree keeps it as blocks.
    if (format === 'html' || format === 'docx') removeTreeFurniture(tree, removed);
    acceptTrackedChanges(tree, removed);
    unwrapEmptyLinks(tree);
    if (options.boldHeadings !== false) promoteBoldLines(tree);
    if (format === 'word-table') promoteShortParagraphs(tree);
    levelsFromNumbering(tree);
    // Plain text marks no levels at all; the other formats' unnumbered levels are the writer's.
    if (format === 'pdf-text') nestIntroducedHeadings(tree);
    resolveDuplicates(tree, removed, added);
  }
  tree.children = tree.children.filter((node) => node.type !== 'yaml');

  // Kept changes are CriticMarkup in the text; the facts come from its accepted view, as `kvs check` reads it.
  const frontMatter = extractFrontMatter(options.keepChanges ? parseMarkdown(resolveCriticMarkup(mdastToMarkdown(tree)).text) : tree, options.kommune, removed.filter((r) => r.reason === 'logo').map((r) => r.text), viewerTitles(removed));
  // The cover's facts are in the front-matter now; its lines leave the body.
  if (!options.cleaned) moveCover(tree, titleOf(tree), removed);
  const body = mdastToMarkdown(tree);
  const yaml = Object.keys(frontMatter).length > 0 ? stringifyYaml(frontMatter, { lineWidth: 0 }) : '';
  // The same canonical style as `kvs fmt` writes.
  const markdown = formatMarkdown(`---\n${yaml}---\n\n${body}`).text;
  return { format, markdown, frontMatter, removed: sortRemovals(removed), added: added.sort((a, b) => a.line - b.line), split, unchanged: false, ...(converted ? { converted } : {}) };
}

/**
 * The document names an online viewer's download button quotes
 * ('Download "… Tiltrådt af Byrådet 2014 …"'): the viewer read them off the
 * cover, digits and all, where its transcript lost them.
 */
function viewerTitles(removed: Removal[]): string[] {
  return removed.filter((r) => r.reason === 'pdf-viewer').flatMap((r) => /^(?:download|hent)\s+"([^"]+)"/iu.exec(r.text.trim())?.[1] ?? []);
}

/** The front-matter's data for naming the file; broken YAML stays in the text for `kvs check` to explain. */
function yamlObject(yaml: string): object {
  try {
    const data = parseYaml(yaml) as unknown;
    return typeof data === 'object' && data !== null ? data : {};
  } catch {
    return {};
  }
}

function sortRemovals(removed: Removal[]): Removal[] {
  for (const removal of removed) removal.text = removal.text.trim();
  return removed.sort((a, b) => a.line - b.line);
}

function isAlreadyStandard(text: string): boolean {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return false;
  try {
    const data = parseYaml(match[1]!) as unknown;
    return typeof data === 'object' && data !== null && 'kommune' in data;
  } catch {
    return false;
  }
}
