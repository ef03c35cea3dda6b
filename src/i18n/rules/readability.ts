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

/** The numbers of one section (or of the whole text) above the limit. */
type Over = { heading: string; score: number };

const quoted = (sections: Over[]) => sections.map((s) => `"${s.heading}" (${s.score})`).join(', ');

/** The numbers and the advice, once for everything the summary names. */
const tips = {
  da: (lix: Lix) =>
    `Samlet er sætningerne i gennemsnit ${lix.perSentence} ord lange, og ${lix.longShare} % af ordene har mere end 6 bogstaver. ${[
      lix.sentences ? `Del de lange sætninger op, så hver sætning har ét budskab og gerne under ${lix.longSentence} ord.` : '',
      lix.words ? 'Brug korte, almindelige ord i stedet for lange fagord, fx "hjælp" for "behandlingsindsats" og "plan" for "handleplansudarbejdelse".' : '',
    ]
      .filter(Boolean)
      .join(' ')} Tallene for hvert afsnit: kvs check --verbose.`,
  en: (lix: Lix) =>
    `Together, sentences average ${lix.perSentence} words, and ${lix.longShare} % of the words have more than 6 letters. ${[
      lix.sentences ? `Split the long sentences so that each makes one point, preferably in under ${lix.longSentence} words.` : '',
      lix.words ? 'Use short, everyday words instead of long technical ones, e.g. "hjælp" for "behandlingsindsats" and "plan" for "handleplansudarbejdelse".' : '',
    ]
      .filter(Boolean)
      .join(' ')} Each section's numbers: kvs check --verbose.`,
};

type Summary = { threshold: number; sections: Over[]; whole?: Over; lix: Lix };

export const readabilityMessages = messages({
  /** The one finding per standard: which sections are above the limit. */
  summary: {
    da: ({ threshold, sections, whole }: Summary) =>
      [
        sections.length === 0 ? '' : `LIX er over grænsen ${threshold} i ${sections.length} afsnit: ${quoted(sections)}.`,
        whole === undefined ? '' : `Standarden som helhed har LIX ${whole.score}${sections.length === 0 ? `; grænsen er ${threshold}` : ''}.`,
      ]
        .filter(Boolean)
        .join(' '),
    en: ({ threshold, sections, whole }) =>
      [
        sections.length === 0 ? '' : `The LIX is above the limit of ${threshold} in ${sections.length} ${sections.length === 1 ? 'section' : 'sections'}: ${quoted(sections)}.`,
        whole === undefined ? '' : `The standard as a whole has a LIX of ${whole.score}${sections.length === 0 ? `; the limit is ${threshold}` : ''}.`,
      ]
        .filter(Boolean)
        .join(' '),
  },
  summaryHint: {
    da: ({ lix }: Summary) => tips.da(lix),
    en: ({ lix }) => tips.en(lix),
  },
  /** The details, one place each (JSON, SARIF, --verbose). */
  whole: {
    da: ({ lix }: { lix: Lix }) => `Standarden som helhed ${advice.da(lix)}`,
    en: ({ lix }) => `The standard as a whole ${advice.en(lix)}`,
  },
  section: {
    da: ({ heading, lix }: { heading: string; lix: Lix }) => `Afsnittet "${heading}" ${advice.da(lix)}`,
    en: ({ heading, lix }) => `The section "${heading}" ${advice.en(lix)}`,
  },
});
