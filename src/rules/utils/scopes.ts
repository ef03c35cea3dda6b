/**
 * Where a requirement is written: the rules that read a topic's prose
 * (follow-up-schedule, complaint-deadline) read every section marked with it,
 * sub-sections included, once.
 */
import type { Standard } from '../../types.js';

/** The sections with this requirement that are not inside another section with it, and their sub-sections. */
export function requirementScopes(standard: Pick<Standard, 'sections'>, key: string): Array<{ top: number; all: number[] }> {
  const sections = standard.sections;
  const has = (index: number | undefined) => index !== undefined && sections[index]?.requirements.includes(key) === true;
  const insideAnother = (index: number) => {
    for (let parent = sections[index]?.parent; parent !== undefined; parent = sections[parent]?.parent) if (has(parent)) return true;
    return false;
  };
  return sections
    .filter((section) => has(section.index) && !insideAnother(section.index))
    .map((section) => {
      const all: number[] = [];
      const stack = [section.index];
      while (stack.length > 0) {
        const index = stack.pop()!;
        all.push(index);
        stack.push(...(sections[index]?.children ?? []));
      }
      return { top: section.index, all };
    });
}
