/**
 * Markdown blocks to Word paragraphs: headings in Word's built-in heading
 * styles (Danish Word shows them as Overskrift 1–6), lists as numbered
 * paragraphs with a numbering definition of their own, GFM tables as tables
 * with a repeated header row, footnotes as Word footnotes.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ILevelsOptions,
  type IParagraphStyleOptions,
  type INumberingOptions,
} from './library.js';
import type { BlockContent, Definition, DefinitionContent, FootnoteDefinition, List, Root, RootContent, Table as MdTable } from 'mdast';
import { InlineWriter, type RevisionStamp } from './inline.js';
import { looseItemLooseListStyle, looseItemStyle, looseListStyle, shownStyle, styleNames } from './contract.js';
import { isHiddenSource, stripMarks } from './source.js';
import { visibleText } from '../../model/visible.js';

type NumberingConfig = INumberingOptions['config'][number];

export interface ConvertedBody {
  children: FileChild[];
  numbering: NumberingConfig[];
  footnotes: Record<number, { children: Paragraph[] }>;
  revisions: number;
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's list indent: each level half an inch further in, the marker hanging a quarter inch. */
const indentStep = 720;
const bullets = ['•', '◦', '▪'];

export function convertBody(tree: Root, stamp: RevisionStamp, firstRevisionId: number): ConvertedBody {
  const definitions = new Map<string, Definition>();
  const notes: FootnoteDefinition[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if (node.type === 'footnoteDefinition') notes.push(node);
  }
  const footnoteIds = new Map(notes.map((note, index) => [note.identifier.toLowerCase(), index + 1]));
  const inline = new InlineWriter({ stamp, definitions, footnotes: footnoteIds, firstRevisionId });
  const converter = new BlockConverter(inline);
  const children = tree.children.flatMap((node) => converter.block(node, 0));
  const footnotes: ConvertedBody['footnotes'] = {};
  notes.forEach((note, index) => {
    const paragraphs = note.children.flatMap((child) => converter.block(child, 0)).filter((c): c is Paragraph => c instanceof Paragraph);
    footnotes[index + 1] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})] };
  });
  return { children, numbering: converter.numbering, footnotes, revisions: inline.revisions };
}

class BlockConverter {
  readonly numbering: NumberingConfig[] = [];

  constructor(private readonly inline: InlineWriter) {}

  block(node: RootContent | BlockContent | DefinitionContent, indent: number): FileChild[] {
    const indented = indent > 0 ? { indent: { left: indent * indentStep } } : {};
    switch (node.type) {
      case 'heading':
        return [new Paragraph({ heading: headingLevels[node.depth - 1], children: this.inline.runs(node.children, { softBreaks: false }) })];
      case 'paragraph':
        return [new Paragraph({ ...indented, children: this.inline.runs(node.children) })];
      case 'list':
        return this.list(node, indent);
      case 'table':
        return [this.table(node)];
      case 'blockquote':
        return node.children.flatMap((child) => this.block(child, indent + 1));
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ ...indented, children: this.inline.text(line, { code: true }) }));
      case 'html': {
        // The HTML itself travels hidden; what the leaflet shows of it is shown beside it (and skipped on import).
        const raw = this.inline.text(node.value, {}, true);
        const shown = isHiddenSource(node) ? '' : visibleText({ ...node, value: stripMarks(node.value) });
        return [new Paragraph({ ...indented, children: shown === '' ? raw : [...raw, new TextRun({ text: shown, style: shownStyle })] })];
      }
      case 'thematicBreak':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })];
      default:
        // yaml (cut off before parsing), definitions and footnote definitions (used where referenced).
        return [];
    }
  }

  /** A list gets a numbering definition of its own, so an ordered list starts at its own number. */
  private list(node: List, depth: number): FileChild[] {
    const reference = `kvs-list-${this.numbering.length + 1}`;
    this.numbering.push({ reference, levels: levels(node.ordered === true, node.start ?? 1) });
    const out: FileChild[] = [];
    for (const item of node.children) {
      let numbered = false;
      for (const child of item.children) {
        if (child.type === 'paragraph' && !numbered) {
          const loose = looseStyle(node.spread === true, item.spread === true);
          out.push(new Paragraph({ ...loose, numbering: { reference, level: Math.min(depth, 8) }, children: this.inline.runs(child.children) }));
          numbered = true;
        } else if (child.type === 'paragraph') {
          // Word's "List Continue" styles: a further paragraph of the item, which the importer puts back into it.
          out.push(new Paragraph({ style: continueStyle(depth).id, children: this.inline.runs(child.children) }));
        } else if (child.type === 'list') {
          out.push(...this.list(child, depth + 1));
        } else {
          out.push(...this.block(child, depth + 1));
        }
      }
      if (!numbered && item.children.length === 0) out.push(new Paragraph({ numbering: { reference, level: Math.min(depth, 8) } }));
    }
    return out;
  }

  private table(node: MdTable): Table {
    const width = Math.max(...node.children.map((row) => row.children.length), 1);
    const rows = node.children.map((row, index) => {
      const cells = row.children.map(
        (cell) =>
          new TableCell({
            children: [new Paragraph({ children: this.inline.runs(cell.children, { softBreaks: false }) })],
            ...(index === 0 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } } : {}),
          }),
      );
      // Word needs every row as wide as the grid; Markdown allows short rows.
      while (cells.length < width) cells.push(new TableCell({ children: [new Paragraph({})] }));
      return new TableRow({ tableHeader: index === 0, children: cells });
    });
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }
}

/** Word's built-in "List Continue" … "List Continue 5" (Danish Word: "Liste - fortsat"). */
export const continueStyles: IParagraphStyleOptions[] = Array.from({ length: 5 }, (_, level) => ({
  id: level === 0 ? 'ListContinue' : `ListContinue${level + 1}`,
  name: level === 0 ? 'List Continue' : `List Continue ${level + 1}`,
  basedOn: 'Normal',
  quickFormat: false,
  paragraph: { indent: { left: indentStep * (level + 1) }, spacing: { after: 120 } },
}));

export const looseListParagraphStyles: IParagraphStyleOptions[] = [
  { id: looseListStyle, name: styleNames[looseListStyle]!, basedOn: 'ListParagraph', quickFormat: false, paragraph: { spacing: { after: 120 } } },
  ...[looseItemStyle, looseItemLooseListStyle].map((id) => ({ id, name: styleNames[id]!, basedOn: looseListStyle, quickFormat: false })),
];

/** The style that keeps a list's looseness (blank lines between items) and its item's (blank lines inside it) apart. */
function looseStyle(list: boolean, item: boolean): { style?: string } {
  if (item) return { style: list ? looseItemLooseListStyle : looseItemStyle };
  return list ? { style: looseListStyle } : {};
}

function continueStyle(depth: number): IParagraphStyleOptions {
  return continueStyles[Math.min(depth, continueStyles.length - 1)]!;
}

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % bullets.length]!,
    start: ordered ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indentStep * (level + 1), hanging: indentStep / 2 } } },
  }));
}
