import type { Localized } from '../../types.js';
import { messages } from '../index.js';

export const frontmatterSchemaMessages = messages({
  missing: {
    da: 'Filen har ingen front-matter. Standardens oplysninger (kommune, titel, godkendelse, status …) skal stå øverst mellem to linjer med ---.',
    en: 'The file has no front-matter. The standard’s details (kommune, title, approval, status …) must be at the top between two lines of ---.',
  },
  seeFormat: {
    da: 'Se docs/format.md, eller lav en ny standard med `kvs new`.',
    en: 'See docs/format.md, or create a new standard with `kvs new`.',
  },
  /** A problem the model found in the YAML, already in both languages (src/model/frontmatter.ts). */
  problem: {
    da: ({ problem }: { problem: Localized }) => problem.da,
    en: ({ problem }) => problem.en,
  },
});
