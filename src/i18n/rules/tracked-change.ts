import type { ReviewMark } from '../../types.js';
import { messages } from '../index.js';

const kindNames = {
  insertion: { da: 'indsættelse', en: 'insertion' },
  deletion: { da: 'sletning', en: 'deletion' },
  substitution: { da: 'erstatning', en: 'substitution' },
  comment: { da: 'kommentar', en: 'comment' },
  highlight: { da: 'markering', en: 'highlight' },
} satisfies Record<ReviewMark['kind'], { da: string; en: string }>;

type Mark = { kind: ReviewMark['kind']; removed: string };

export const trackedChangeMessages = messages({
  adopted: {
    da: ({ kind, removed }: Mark) =>
      `Standarden er vedtaget, men har stadig en ${kindNames[kind].da} fra gennemsyn${removed ? ` ("${removed}")` : ''}. Godkend eller afvis ændringen, så teksten er ren.`,
    en: ({ kind, removed }) =>
      `The standard is adopted but still has a review ${kindNames[kind].en}${removed ? ` ("${removed}")` : ''}. Accept or reject the change so the text is clean.`,
  },
  acceptedText: {
    da: 'Kontrollen og de udgivne versioner bruger allerede den godkendte tekst (sletninger fjernet, indsættelser beholdt).',
    en: 'The check and the published outputs already use the accepted text (deletions removed, insertions kept).',
  },
});
