/**
 * Comments that steer the checker, written as HTML comments so they survive
 * every Markdown renderer and never show in a published leaflet:
 *
 *   <!-- kvs-krav: klageadgang, betaling -->          this section covers these requirements
 *   <!-- kvs-disable-file duplicate-paragraph -->     rule off for the whole file
 *   <!-- kvs-disable-section empty-section -->        rule off for the enclosing section
 *   <!-- kvs-disable-next-line tracked-change -->     rule off for the next line
 *   <!-- kvs-disable-line tracked-change -->          rule off for this line
 */
import type { Html } from 'mdast';
import type { Directive, Position } from '../types.js';

export const markerName = 'kvs-krav';

const comment = /^<!--\s*(kvs-[a-z-]+)\s*:?\s*([\s\S]*?)\s*-->$/;

export type ParsedComment =
  | { type: 'marker'; keys: string[]; position: Position }
  | { type: 'directive'; directive: Directive }
  | { type: 'unknown'; name: string; position: Position };

const kinds: Record<string, Directive['kind']> = {
  'kvs-disable-file': 'file',
  'kvs-disable-section': 'section',
  'kvs-disable-next-line': 'next-line',
  'kvs-disable-line': 'line',
};

/** Reads one HTML node; undefined when it is not a kvs comment. */
export function parseComment(node: Html): ParsedComment | undefined {
  const match = comment.exec(node.value.trim());
  if (!match) return undefined;
  const name = match[1]!;
  const list = match[2]!.split(/[\s,]+/).filter(Boolean);
  const position = node.position as Position;
  if (name === markerName) return { type: 'marker', keys: list, position };
  const kind = kinds[name];
  if (!kind) return { type: 'unknown', name, position };
  const line = position.start.line;
  const endLine = position.end.line;
  const [from, to] =
    kind === 'next-line' ? [endLine + 1, endLine + 1] : kind === 'line' ? [line, endLine] : [1, Number.MAX_SAFE_INTEGER];
  return { type: 'directive', directive: { kind, rules: list, position, from, to } };
}

export const directiveNames = [markerName, ...Object.keys(kinds)];
