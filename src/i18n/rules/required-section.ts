import type { Requirement } from '../../types.js';
import { messages } from '../index.js';
import { helpAndExample } from './shared.js';

const headings = (r: Requirement, or: string) =>
  r.headings
    .slice(0, 3)
    .map((h) => `"${h}"`)
    .join(or);

const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(', ');

interface Probable {
  requirement: Requirement;
  heading: string;
  words: string[];
}

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
  probable: {
    da: ({ requirement: r, heading, words }: Probable) =>
      `Afsnittet "${heading}" ser ud til at handle om ${r.title.da.toLowerCase()} (${r.key}) (${quoted(words)}), men ingen overskrift siger det.`,
    en: ({ requirement: r, heading, words }) =>
      `The section "${heading}" seems to be about ${r.title.en.toLowerCase()} (${r.key}) (${quoted(words)}), but no heading says so.`,
  },
  nameIt: {
    da: ({ requirement: r }: Probable) =>
      `Giv afsnittet overskriften "${r.headings[0] ?? r.title.da}", eller marker det med <!-- kvs-krav: ${r.key} -->. Handler det ikke om ${r.title.da.toLowerCase()}, mangler emnet.`,
    en: ({ requirement: r }) =>
      `Give the section the heading "${r.headings[0] ?? r.title.da}", or mark it with <!-- kvs-krav: ${r.key} -->. If it is not about ${r.title.en.toLowerCase()}, the topic is missing.`,
  },
  didYouMean: {
    da: ({ suggestion }: { suggestion: string; requirement: Requirement }) => `Mente du "${suggestion}"?`,
    en: ({ suggestion }) => `Did you mean "${suggestion}"?`,
  },
  rename: {
    da: ({ suggestion, requirement: r }: { suggestion: string; requirement: Requirement }) =>
      `Overskriften ligner "${suggestion}" (${r.key}); stav den sådan, så tæller afsnittet for emnet (kvs fix retter den).`,
    en: ({ suggestion, requirement: r }) =>
      `The heading looks like "${suggestion}" (${r.key}); spell it that way and the section counts for the topic (kvs fix renames it).`,
  },
  markTooShort: {
    da: ({ heading, count, words }: { heading: string; count: number; words: number }) =>
      `Afsnittet "${heading}" er markeret som ${count} emner, men har kun ${words} ord.`,
    en: ({ heading, count, words }) => `The section "${heading}" is marked as ${count} topics but has only ${words} words.`,
  },
  oneMarkEach: {
    da: () => 'En kvs-krav-markering gælder kun for sit eget afsnit: skriv hvert emne i sit eget afsnit, og marker kun det, afsnittet beskriver.',
    en: () => 'A kvs-krav mark claims topics for its own section only: write each topic in its own section and mark only what the section describes.',
  },
});
