import type { Requirement } from '../../types.js';
import { messages } from '../index.js';
import { helpAndExample } from './shared.js';

export const emptySectionMessages = messages({
  requirementEmpty: {
    da: ({ heading, requirement: r }: { heading: string; requirement: Requirement }) =>
      `Afsnittet "${heading}" om ${r.title.da.toLowerCase()} (${r.key}) er tomt. ${r.law.da} kræver, at emnet beskrives.`,
    en: ({ heading, requirement: r }) =>
      `The section "${heading}" on ${r.title.en.toLowerCase()} (${r.key}) is empty. ${r.law.en} requires the topic to be described.`,
  },
  describe: {
    da: ({ requirement }: { requirement: Requirement }) => helpAndExample.da(requirement),
    en: ({ requirement }) => helpAndExample.en(requirement),
  },
  empty: {
    da: ({ heading }: { heading: string }) => `Afsnittet "${heading}" er tomt. Skriv teksten, eller fjern overskriften.`,
    en: ({ heading }) => `The section "${heading}" is empty. Write the text or remove the heading.`,
  },
});
