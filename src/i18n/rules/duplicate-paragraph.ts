import { messages } from '../index.js';

export const duplicateParagraphMessages = messages({
  duplicate: {
    da: ({ start, line }: { start: string; line: number }) => `Afsnittet "${start}…" står allerede i linje ${line}. Slet den ene kopi.`,
    en: ({ start, line }) => `The paragraph "${start}…" already appears at line ${line}. Delete one copy.`,
  },
  firstOccurrence: { da: 'Første forekomst', en: 'First occurrence' },
});
