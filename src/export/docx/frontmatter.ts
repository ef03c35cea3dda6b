/**
 * The front-matter in the Word file: a small table at the top for the reader
 * (kept in a locked content control, since changes there would not come
 * back), and the YAML itself, verbatim, in custom document properties, which
 * is what `kvs import` reads.
 */
import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from './library.js';
import { parse as parseYaml } from 'yaml';
import { frontMatterStyle, property, toParts } from './contract.js';

export interface FrontMatterInfo {
  data: Record<string, unknown> | undefined;
  blocks: FileChild[];
  properties: Array<{ name: string; value: string }>;
}

export function frontMatterInfo(yaml: string | undefined): FrontMatterInfo {
  if (yaml === undefined) return { data: undefined, blocks: [], properties: [] };
  const data = readYaml(yaml);
  const rows: Array<[string, string[]]> = data ? flatten(data, '') : [['front-matter', yaml.replace(/\n$/, '').split('\n')]];
  const properties = toParts(yaml).map((value, index) => ({ name: `${property.frontMatter}-${index + 1}`, value }));
  return { data, blocks: rows.length > 0 ? [caption(), table(rows)] : [], properties };
}

function readYaml(yaml: string): Record<string, unknown> | undefined {
  try {
    const data = parseYaml(yaml, { maxAliasCount: 100 }) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `godkendt: {af, dato}` → rows "godkendt › af", "godkendt › dato"; a list of plain values is one row, a value a line. */
function flatten(value: unknown, path: string): Array<[string, string[]]> {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) return [[path, value.map(String)]];
    return value.flatMap((item, index) => flatten(item, `${path} ${index + 1}`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, path ? `${path} › ${key}` : key));
  }
  return [[path, [value === null || value === undefined ? '' : String(value)]]];
}

function caption(): Paragraph {
  return new Paragraph({
    style: frontMatterStyle,
    children: [new TextRun({ text: 'Oplysninger om standarden (front-matter). Rettes i Markdown-filen, ikke her.', italics: true, size: 18 })],
  });
}

function table(rows: Array<[string, string[]]>): Table {
  const cell = (lines: string[], header: boolean) =>
    new TableCell({
      children: [new Paragraph({ style: frontMatterStyle, children: lines.map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), size: 18 })) })],
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([key, lines]) => new TableRow({ children: [cell([key], true), cell(lines, false)] })),
  });
}
