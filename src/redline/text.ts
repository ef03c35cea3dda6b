/** Words on the redline page (`kvs build --review`), Danish first. */
import type { Lang } from '../types.js';

export const redlineText = {
  da: {
    review: 'Skriv også review.html: standarden med ændringsmarkeringer (indsat, slettet, kommentarer i margenen) til gennemsyn',
    title: (title: string) => `Til gennemsyn: ${title}`,
    banner: (kommune?: string) =>
      `Udkast til gennemsyn${kommune ? ` (${kommune})` : ''} — ikke til offentliggørelse. Grøn understreget tekst er indsat, rød overstreget er slettet; kommentarer står i margenen.`,
    comment: 'Kommentar',
  },
  en: {
    review: 'Also write review.html: the standard with its review marks (inserted, deleted, comments in the margin) for review',
    title: (title: string) => `For review: ${title}`,
    banner: (kommune?: string) =>
      `Draft for review${kommune ? ` (${kommune})` : ''} — not for publication. Green underlined text is inserted, red struck-through text is deleted; comments are in the margin.`,
    comment: 'Comment',
  },
} satisfies Record<Lang, unknown>;
