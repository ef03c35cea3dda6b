/**
 * The standard's sections as the page shows them: in document order, nested
 * as in the source, with heading levels that never skip (the page title is the
 * only h1, top sections are h2, each nesting adds one, at most h6) and stable
 * `kvs-` ids. The section that carries the document's title gives up its
 * heading to the page title; its text (and any text before the first heading)
 * becomes the introduction and its sub-sections move up.
 */
import { visit } from 'unist-util-visit';
import type { Nodes, Paragraph } from 'mdast';
import type { Lang, Section, Standard } from '../../types.js';
import { definitionsOf, proseToHtml, type SanitizedHtml } from './markdown.js';
import { childrenOf, titleHeadings } from '../title-headings.js';
import { keepTogether } from './keep-together.js';

export interface SectionView {
  /** Index in `Standard.sections`. */
  index: number;
  id: string;
  /** 2–6. */
  level: number;
  heading: string;
  requirements: string[];
  html: SanitizedHtml;
  children: SectionView[];
}

export interface Outline {
  /** The heading of the title section when it differs from the page title (e.g. a department's name). */
  subtitle?: string;
  intro: SanitizedHtml;
  sections: SectionView[];
  /** Every section view in document order. */
  flat: SectionView[];
}

/** Ids the templates use themselves. */
export const reservedIds = ['kvs-title', 'kvs-practical', 'kvs-toc', 'kvs-footer', 'kvs-standard'];

export function outline(standard: Standard, pageTitle: string, lang: Lang, kommuner: string[] = []): Outline {
  const definitions = definitionsOf(standard.tree);
  const ids = new Set(reservedIds);
  const flat: SectionView[] = [];

  const view = (section: Section, level: number): SectionView => {
    const id = uniqueId(section.heading, section.index, ids);
    const entry: SectionView = {
      index: section.index,
      id,
      level,
      heading: keepTogether(section.heading),
      requirements: section.requirements,
      html: proseToHtml(section.content, { level, idPrefix: `kvs-n${section.index}-`, lang, definitions }),
      children: [],
    };
    flat.push(entry);
    entry.children = childrenOf(standard, section).map((child) => view(child, Math.min(6, level + 1)));
    return entry;
  };

  const { roots, intro, subtitle } = titleHeadings(standard, pageTitle, kommuner);
  const sections = roots.map((section) => view(section, 2));
  flat.sort((a, b) => a.index - b.index);

  const result: Outline = {
    intro: proseToHtml(intro, { level: 1, idPrefix: 'kvs-intro-', lang, definitions }),
    sections,
    flat,
  };
  if (subtitle) result.subtitle = keepTogether(subtitle);
  return result;
}

export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
}

function uniqueId(heading: string, index: number, used: Set<string>): string {
  const base = `kvs-${slugify(heading) || `afsnit-${index + 1}`}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export interface PracticalItem {
  key: string;
  section: SectionView;
  /** The first paragraph of the section (or of its first sub-section that has one). */
  lead?: SanitizedHtml;
  /** The lines of the source the lead spans. */
  leadLines?: { start: number; end: number };
}

/** For each key, the first section that covers it, with its first paragraph as a lead. */
export function practicalItems(standard: Standard, view: Outline, keys: string[], lang: Lang): PracticalItem[] {
  const definitions = definitionsOf(standard.tree);
  return keys.flatMap((key) => {
    const candidates = view.flat.filter((v) => v.requirements.includes(key));
    const first = candidates[0];
    if (!first) return [];
    // A section's own text first (so "Klageadgang" wins over its parent "Sagsbehandling og klageadgang"), then its sub-sections'.
    for (const deep of [false, true]) {
      for (const candidate of candidates) {
        const paragraph = firstParagraph(standard, standard.sections[candidate.index], deep);
        if (!paragraph) continue;
        const lead = proseToHtml([paragraph], {
          level: candidate.level,
          idPrefix: `kvs-lead-${key}-`,
          lang,
          definitions,
          withoutFootnotes: true,
        });
        const lines = paragraph.position ? { start: paragraph.position.start.line, end: paragraph.position.end.line } : undefined;
        return [{ key, section: candidate, lead, ...(lines ? { leadLines: lines } : {}) }];
      }
    }
    return [{ key, section: first }];
  });
}

function firstParagraph(standard: Standard, section: Section | undefined, deep: boolean): Paragraph | undefined {
  if (!section) return undefined;
  let found: Paragraph | undefined;
  visit(section.content, (node: Nodes) => {
    if (found) return false;
    if (node.type === 'paragraph' && hasWords(node)) {
      found = node;
      return false;
    }
    return undefined;
  });
  if (found || !deep) return found;
  for (const child of childrenOf(standard, section)) {
    found = firstParagraph(standard, child, true);
    if (found) return found;
  }
  return undefined;
}

function hasWords(paragraph: Paragraph): boolean {
  let words = false;
  visit(paragraph, 'text', (node) => {
    if (/[\p{L}\p{N}]/u.test(node.value)) words = true;
  });
  return words;
}
