import { readFileSync, readdirSync } from 'node:fs';

export const fixturesUrl = new URL('../fixtures/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, fixturesUrl), 'utf8');
}

export const complete = fixture('complete.md');

/** The four real standards in standards/, whose findings were read by hand as of 2026-11-25. */
export const bundledNames = ['hjoerring', 'holbaek', 'ishoej', 'ringsted'] as const;
export type BundledName = (typeof bundledNames)[number];

export function bundled(name: BundledName): string {
  return readFileSync(new URL(`../../standards/${name}-stofmisbrug.md`, import.meta.url), 'utf8');
}

/** A small standard: an optional front-matter, a title, and the body. */
export const doc = (body: string, frontMatter = '') => `${frontMatter}# Kvalitetsstandard\n\n${body}\n`;

export function seeds(): Array<{ name: string; text: string }> {
  const dir = new URL('seeds/', fixturesUrl);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
}

/** Removes the lines from the heading at `line` (1-based) up to the next heading of any depth. */
export function removeSectionAt(text: string, line: number): string {
  const lines = text.split('\n');
  let end = line;
  while (end < lines.length && !/^#{1,6} /.test(lines[end]!)) end++;
  return [...lines.slice(0, line - 1), ...lines.slice(end)].join('\n');
}
