import { messages } from '../index.js';

export const invalidDirectiveMessages = messages({
  unknown: {
    da: ({ name, guess }: { name: string; guess: string }) => `"${name}" er ukendt. Mente du "${guess}"?`,
    en: ({ name, guess }) => `"${name}" is unknown. Did you mean "${guess}"?`,
  },
  markerWithoutKey: {
    da: 'kvs-krav skal nævne mindst ét emne, fx <!-- kvs-krav: klageadgang -->.',
    en: 'kvs-krav must name at least one requirement, e.g. <!-- kvs-krav: klageadgang -->.',
  },
  disableWithoutRule: {
    da: 'Kommentaren skal nævne de regler, den slår fra, fx <!-- kvs-disable-next-line duplicate-paragraph -->.',
    en: 'The comment must name the rules it switches off, e.g. <!-- kvs-disable-next-line duplicate-paragraph -->.',
  },
});
