/** The words of the redline page (`kvs build --review`). */
import { words } from './index.js';

export const redlineWords = words({
  review: {
    da: 'Skriv også review.html: standarden med ændringsmarkeringer (indsat, slettet, kommentarer i margenen) til gennemsyn',
    en: 'Also write review.html: the standard with its review marks (inserted, deleted, comments in the margin) for review',
  },
  title: { da: (title: string) => `Til gennemsyn: ${title}`, en: (title) => `For review: ${title}` },
  banner: {
    da: (kommune?: string) =>
      `Udkast til gennemsyn${kommune ? ` (${kommune})` : ''} — ikke til offentliggørelse. Grøn understreget tekst er indsat, rød overstreget er slettet; kommentarer står i margenen.`,
    en: (kommune) =>
      `Draft for review${kommune ? ` (${kommune})` : ''} — not for publication. Green underlined text is inserted, red struck-through text is deleted; comments are in the margin.`,
  },
  comment: { da: 'Kommentar', en: 'Comment' },
});
