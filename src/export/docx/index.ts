/**
 * `kvs export --docx`: a standard as a Word document.
 *
 *   source → front-matter (table + properties) and body
 *          → accepted view, or CriticMarkup as delimiter characters (source.ts)
 *          → mdast → Word paragraphs and runs (blocks.ts, inline.ts)
 *          → docx package → locked front-matter, reproducible bytes (package.ts)
 *
 * Without `changes` the document is the accepted view (what the model
 * checks). With it, every CriticMarkup mark is a Word revision or comment by
 * `author` at `date`, and Word opens with change tracking on, so what the
 * reviewer does comes back with `kvs import --keep-changes`.
 */
import { Document, Packer, Paragraph, TextRun, type IPropertiesOptions } from './library.js';
import { toString } from 'mdast-util-to-string';
import type { Heading } from 'mdast';
import { parseMarkdown } from '../../model/parse.js';
import { resolveCriticMarkup } from '../../model/critic.js';
import { acceptHtmlReview } from '../../model/review.js';
import { acceptVisible } from '../../model/visible.js';
import { toolVersion } from '../../meta.js';
import { frontMatterStyle, markdownStyle, property, shownStyle, softBreakStyle, styleNames } from './contract.js';
import { hiddenSource, markCriticMarkup, splitFrontMatter, stripMarks, type MarkedBody } from './source.js';
import { continueStyles, convertBody, looseListParagraphStyles } from './blocks.js';
import { frontMatterInfo } from './frontmatter.js';
import { finishPackage, isoSeconds } from './package.js';

export interface DocxExportOptions {
  /** CriticMarkup as Word tracked changes and comments; without it the accepted view. */
  changes?: boolean;
  /** Author of the revisions and comments; "kvs" when not given. */
  author?: string;
  /** Date of the revisions, comments and the document; now when not given. */
  date?: Date;
}

export interface DocxExport {
  bytes: Uint8Array;
  /** What was written as revisions and comments (all zero without `changes`). */
  counts: MarkedBody['counts'];
}

export const defaultAuthor = 'kvs';

export async function exportDocx(source: string, options: DocxExportOptions = {}): Promise<DocxExport> {
  const author = options.author ?? defaultAuthor;
  const date = options.date ?? new Date();
  const stamp = { author, date: isoSeconds(date) };
  const { yaml, body } = splitFrontMatter(source);

  const marked: MarkedBody = options.changes
    ? markCriticMarkup(body)
    : { text: resolveCriticMarkup(body).text, comments: [], counts: { insertions: 0, deletions: 0, substitutions: 0, comments: 0, highlights: 0 } };
  const tree = parseMarkdown(marked.text);
  // The accepted view drops `<del>`/strikethrough as the model does; with changes they become revisions.
  if (!options.changes) acceptHtmlReview(tree);
  // What the leaflet does not show, Word does not show either; it stays as hidden source so an import gives it back.
  acceptVisible(tree, { convertBlocks: false, hidden: (node) => hiddenSource(node, marked.text) });

  const converted = convertBody(tree, stamp, marked.comments.length);
  const frontMatter = frontMatterInfo(yaml);
  const title = stringField(frontMatter.data, 'titel') ?? firstHeading(tree.children.filter((n): n is Heading => n.type === 'heading'));

  const document = new Document({
    creator: author,
    lastModifiedBy: author,
    description: `kvs ${toolVersion}`,
    ...(title ? { title } : {}),
    ...optional('subject', stringField(frontMatter.data, 'omraade')),
    ...optional('keywords', stringField(frontMatter.data, 'kommune')),
    customProperties: [
      { name: property.version, value: toolVersion },
      { name: property.author, value: author },
      { name: property.date, value: stamp.date },
      ...frontMatter.properties,
    ],
    features: { trackRevisions: options.changes === true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'da-DK' } } }, ...headingStyles },
      paragraphStyles: [
        ...continueStyles,
        ...looseListParagraphStyles,
        { id: frontMatterStyle, name: styleNames[frontMatterStyle]!, basedOn: 'Normal', quickFormat: false, run: {} },
      ],
      characterStyles: [
        { id: markdownStyle, name: styleNames[markdownStyle]!, basedOn: 'DefaultParagraphFont', run: { vanish: true } },
        { id: softBreakStyle, name: styleNames[softBreakStyle]!, basedOn: 'DefaultParagraphFont', run: {} },
        { id: shownStyle, name: styleNames[shownStyle]!, basedOn: 'DefaultParagraphFont', run: {} },
      ],
    },
    numbering: { config: converted.numbering },
    comments: { children: marked.comments.map((text, id) => comment(id, text, author, date)) },
    footnotes: converted.footnotes,
    sections: [{ children: [...frontMatter.blocks, ...converted.children] }],
  });
  const packed = new Uint8Array(await Packer.toBuffer(document));
  return { bytes: finishPackage(packed, { wrapFrontMatter: frontMatter.blocks.length > 0, date }), counts: marked.counts };
}

/**
 * A comment that starts with a name and a colon ("Mette: …") is by that
 * person; any other is by the exporting author. The importer writes the
 * name back in front of the text, except for the exporting author's own
 * comments of this export (recognised by author and date), so both kinds come
 * back as they were written.
 */
function comment(id: number, raw: string, author: string, date: Date): NonNullable<IPropertiesOptions['comments']>['children'][number] {
  const named = /^(\p{L}[\p{L}\p{M} .'’-]{0,59}): (\S[\s\S]*)$/u.exec(raw.trim());
  const by = named && named[1]!.trim() !== author ? named[1]!.trim() : author;
  const text = named && by !== author ? named[2]! : raw.trim();
  return {
    id,
    author: by,
    initials: initials(by),
    date,
    children: text.split(/\n+/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
  };
}

/**
 * Heading 1–6 with their outline level, which is what makes LibreOffice (and
 * Word's navigation pane without its built-in names) treat them as headings,
 * and kept with the next paragraph and on one page, so no heading is left at
 * the foot of a page. Only the paragraph properties are given: the look stays docx's.
 */
const headingStyles = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((depth) => [`heading${depth}`, { paragraph: { outlineLevel: depth - 1, keepNext: true, keepLines: true } }]),
);

function initials(name: string): string {
  return (name.match(/\p{L}+/gu) ?? []).map((word) => word[0]!.toUpperCase()).join('').slice(0, 4) || 'K';
}

function stringField(data: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = data?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function firstHeading(headings: Heading[]): string | undefined {
  const heading = headings.find((h) => h.depth === 1) ?? headings[0];
  return heading ? stripMarks(toString(heading)).trim() || undefined : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
