import type { Requirement } from '../../types.js';
import { messages } from '../index.js';
import { helpAndExample } from './shared.js';

const headings = (r: Requirement, or: string) =>
  r.headings
    .slice(0, 3)
    .map((h) => `"${h}"`)
    .join(or);

export const requiredSectionMessages = messages({
  missing: {
    da: ({ requirement: r }: { requirement: Requirement }) =>
      `Afsnittet om ${r.title.da.toLowerCase()} (${r.key}) mangler. Det kræves af ${r.law.da}.`,
    en: ({ requirement: r }) => `The section on ${r.title.en.toLowerCase()} (${r.key}) is missing. It is required by ${r.law.en}.`,
  },
  addHeading: {
    da: ({ requirement: r }: { requirement: Requirement }) => `Tilføj fx en overskrift ${headings(r, ' eller ')}. ${helpAndExample.da(r)}`,
    en: ({ requirement: r }) => `Add a heading such as ${headings(r, ' or ')}. ${helpAndExample.en(r)}`,
  },
});
