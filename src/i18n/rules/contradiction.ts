import type { Lang } from '../../types.js';
import { messages } from '../index.js';
import { shared } from '../shared.js';
import { quoteWithValue } from './shared.js';

/** What the standard says about a topic in one place: a number of days, or months of follow-up. */
type Statement = { phrase: string; value: number | number[] };
type Contradiction = { requirement: 'behandlingsgaranti' | 'behandlingsplan' | 'klageadgang'; first: Statement; second: Statement; line: number };

const topicNames = {
  behandlingsgaranti: { da: 'behandlingsgarantien', en: 'the treatment guarantee' },
  behandlingsplan: { da: 'opfølgningen efter endt behandling', en: 'follow-up after treatment ends' },
  klageadgang: { da: 'klagefristen', en: 'the complaint deadline' },
};

const says = ({ phrase, value }: Statement, lang: Lang) =>
  quoteWithValue(phrase, Array.isArray(value) ? shared[lang].months(value) : shared[lang].days(value));

export const contradictionMessages = messages({
  contradiction: {
    da: ({ requirement, first, second, line }: Contradiction) =>
      `Standarden siger to forskellige ting om ${topicNames[requirement].da}: her står ${says(second, 'da')}, men linje ${line} siger ${says(first, 'da')}.`,
    en: ({ requirement, first, second, line }) =>
      `The standard states ${topicNames[requirement].en} twice with different values: this says ${says(second, 'en')}, but line ${line} says ${says(first, 'en')}.`,
  },
  chooseOne: {
    da: 'Vælg den rigtige og slet eller ret den anden, så standarden kun siger én ting.',
    en: 'Choose the right one and delete or correct the other, so the standard says one thing.',
  },
  firstSays: {
    da: ({ first, line }: Contradiction) => `Linje ${line} siger ${says(first, 'da')}`,
    en: ({ first, line }) => `Line ${line} says ${says(first, 'en')}`,
  },
});
