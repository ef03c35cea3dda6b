/**
 * The one rule for the standard's title in every rendering: the heading that
 * carries the document's title, and a heading at the top that repeats it,
 * give way to the page's own title (the leaflet's h1, the booklet's cover);
 * their text stays, as the introduction. An empty heading at the top that only
 * names the kommune goes. The leaflet (html/outline.ts) and the booklet
 * (pdf/index.ts) both ask here, so neither shows the title twice.
 */
import type { RootContent } from 'mdast';
import type { Section, Standard } from '../types.js';

export interface TitleHeadings {
  /** The section whose heading is the document's title, if the title is a heading. */
  title?: Section;
  /** Sections whose heading is not shown (the title section, repeats of the title, empty kommune names). */
  hidden: Set<number>;
  /** Top-level sections as shown, in document order. */
  roots: Section[];
  /** What comes before the first heading and the text of the hidden headings, in order. */
  intro: RootContent[];
  /** The title section's heading when it differs from the page title (e.g. a department's name). */
  subtitle?: string;
}

export function titleHeadings(standard: Standard, pageTitle: string, kommuner: string[] = []): TitleHeadings {
  const title = titleSection(standard);
  const titles = new Set([normalize(pageTitle), normalize(standard.title.text)]);
  const names = new Set(kommuner.map(normalize));
  const firstHeading = standard.tree.children.findIndex((node) => node.type === 'heading');
  const preamble = standard.tree.children.slice(0, firstHeading === -1 ? undefined : firstHeading);
  const intro = [...preamble, ...(title?.content.children ?? [])];
  const hidden = new Set<number>(title ? [title.index] : []);
  const queue = standard.sections.filter((s) => s !== title && (s.parent === undefined || s.parent === title?.index));
  const roots: Section[] = [];
  while (queue.length > 0) {
    const section = queue.shift() as Section;
    // Still at the top: nothing but what came before the title heading has been kept.
    const atTop = roots.every((root) => title !== undefined && root.index < title.index);
    if (atTop && titles.has(normalize(section.heading))) {
      hidden.add(section.index);
      intro.push(...section.content.children);
      queue.unshift(...childrenOf(standard, section));
    } else if (atTop && names.has(normalize(section.heading)) && section.content.children.length === 0 && section.children.length === 0) {
      hidden.add(section.index);
    } else {
      roots.push(section);
    }
  }
  const result: TitleHeadings = { hidden, roots, intro };
  if (title) result.title = title;
  if (title && title.heading.trim() !== '' && normalize(title.heading) !== normalize(pageTitle)) result.subtitle = title.heading;
  return result;
}

export function childrenOf(standard: Standard, section: Section): Section[] {
  return section.children.flatMap((index) => standard.sections[index] ?? []);
}

/** The section whose heading is the document's title, if the title is a heading. */
export function titleSection(standard: Standard): Section | undefined {
  const start = standard.title.position.start;
  return standard.sections.find((s) => s.position.start.line === start.line && s.position.start.column === start.column);
}

const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('da');
