import { messages } from '../index.js';
import { shared } from '../shared.js';

/** What drives a LIX above the limit, counted by the rule. */
type Lix = {
  score: number;
  band: keyof (typeof shared)['da']['lixBands'];
  threshold: number;
  /** Average words per sentence, and the share of words over 6 letters (%). */
  perSentence: number;
  longShare: number;
  /** Which advice applies: shorter sentences, shorter words (or both). */
  sentences: boolean;
  words: boolean;
  /** The sentence length the advice aims below. */
  longSentence: number;
};

const advice = {
  da: (lix: Lix) => {
    const tips = [
      lix.sentences ? `Del de lange sætninger op, så hver sætning har ét budskab og gerne under ${lix.longSentence} ord.` : '',
      lix.words ? 'Brug korte, almindelige ord i stedet for lange fagord, fx "hjælp" for "behandlingsindsats" og "plan" for "handleplansudarbejdelse".' : '',
    ];
    return `har LIX ${lix.score} (${shared.da.lixBands[lix.band]}); grænsen er ${lix.threshold}. Sætningerne er i gennemsnit ${lix.perSentence} ord lange, og ${lix.longShare} % af ordene har mere end 6 bogstaver. ${tips.filter(Boolean).join(' ')}`;
  },
  en: (lix: Lix) => {
    const tips = [
      lix.sentences ? `Split the long sentences so that each makes one point, preferably in under ${lix.longSentence} words.` : '',
      lix.words ? 'Use short, everyday words instead of long technical ones, e.g. "hjælp" for "behandlingsindsats" and "plan" for "handleplansudarbejdelse".' : '',
    ];
    return `has a LIX of ${lix.score} (${shared.en.lixBands[lix.band]}); the limit is ${lix.threshold}. Sentences average ${lix.perSentence} words, and ${lix.longShare} % of the words have more than 6 letters. ${tips.filter(Boolean).join(' ')}`;
  },
};

export const readabilityMessages = messages({
  whole: {
    da: ({ lix }: { lix: Lix }) => `Standarden som helhed ${advice.da(lix)}`,
    en: ({ lix }) => `The standard as a whole ${advice.en(lix)}`,
  },
  section: {
    da: ({ heading, lix }: { heading: string; lix: Lix }) => `Afsnittet "${heading}" ${advice.da(lix)}`,
    en: ({ heading, lix }) => `The section "${heading}" ${advice.en(lix)}`,
  },
});
