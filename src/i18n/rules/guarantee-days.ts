import type { Localized } from '../../types.js';
import { messages } from '../index.js';
import { shared } from '../shared.js';
import { quoteWithValue } from './shared.js';

type Stated = { phrase: string; days: number };

/** The paragraph in force: stk. 2 before 2020, stk. 4 since. */
export const guaranteeDaysLaw = (stk: number): Localized => ({
  da: `Serviceloven § 101, stk. ${stk}`,
  en: `Social Services Act § 101(${stk})`,
});

export const guaranteeDaysMessages = messages({
  notFourteen: {
    da: ({ phrase, days }: Stated) =>
      `Behandlingsgarantien er angivet som ${quoteWithValue(phrase, shared.da.days(days))}. Loven siger 14 dage: behandlingen skal begynde senest 14 dage efter, at borgeren har henvendt sig til kommunen.`,
    en: ({ phrase, days }) =>
      `The treatment guarantee is given as ${quoteWithValue(phrase, shared.en.days(days))}. The law says 14 days: treatment must start at the latest 14 days after the person contacted the kommune.`,
  },
  betterThanLaw: {
    da: ({ phrase, days }: Stated) =>
      `Behandlingsgarantien er angivet som ${quoteWithValue(phrase, shared.da.days(days))}: bedre end loven, som siger senest 14 dage. Det må kommunen gerne love, men den skal så også holde det.`,
    en: ({ phrase, days }) =>
      `The treatment guarantee is given as ${quoteWithValue(phrase, shared.en.days(days))}: better than the law, which says at the latest 14 days. The kommune may promise that, but must then keep it.`,
  },
  writeFourteen: {
    da: 'Skriv fx: "Du kommer i behandling senest 14 dage efter, at du har henvendt dig til kommunen."',
    en: 'Write e.g. "Du kommer i behandling senest 14 dage efter, at du har henvendt dig til kommunen." (treatment starts at the latest 14 days after you contacted the kommune).',
  },
});
