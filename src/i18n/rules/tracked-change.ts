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

/** What to do with each kind of mark: a comment or a highlight is no change to accept or reject. */
const action = {
  da: (kind: ReviewMark['kind']) =>
    kind === 'comment'
      ? 'Læs kommentaren, og slet den, når den er taget stilling til (kvs accept fjerner alle kommentarer), så teksten er ren.'
      : kind === 'highlight'
        ? 'Fjern markeringen, så teksten er ren.'
        : 'Godkend eller afvis ændringen, så teksten er ren.',
  en: (kind: ReviewMark['kind']) =>
    kind === 'comment'
      ? 'Read the comment and delete it once it is dealt with (kvs accept removes all comments) so the text is clean.'
      : kind === 'highlight'
        ? 'Remove the highlight so the text is clean.'
        : 'Accept or reject the change so the text is clean.',
};

export const trackedChangeMessages = messages({
  adopted: {
    da: ({ kind, removed }: Mark) =>
      `Standarden er vedtaget, men har stadig en ${kindNames[kind].da} fra gennemsyn${removed ? ` ("${removed}")` : ''}. ${action.da(kind)}`,
    en: ({ kind, removed }) =>
      `The standard is adopted but still has a review ${kindNames[kind].en}${removed ? ` ("${removed}")` : ''}. ${action.en(kind)}`,
  },
  acceptedText: {
    da: 'Kontrollen og de udgivne versioner bruger allerede den godkendte tekst (sletninger fjernet, indsættelser beholdt).',
    en: 'The check and the published outputs already use the accepted text (deletions removed, insertions kept).',
  },
});
