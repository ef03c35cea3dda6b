/**
 * readability: LIX of each citizen-facing section and of the whole text.
 *
 * A section counts as citizen-facing when its own prose (up to its first
 * sub-heading) has at least MIN_SECTION_WORDS words; shorter sections (an
 * address, a heading with one line) say too little for a LIX. The whole text
 * is judged as well. Above the threshold (default 45, the start of "svær")
 * the rule warns once per standard, at the title: it names the sections above
 * the limit with their LIX and gives the advice once (long sentences or long
 * words). Each section's numbers are related places marked as details (JSON,
 * SARIF, `kvs check --verbose`).
 *
 * LIX is computed as in src/model/lix.ts (the same numbers as the build
 * overview and `kvs compare`).
 *
 * Law: good administrative practice (plain language); BEK nr. 1477 af 17/12/2019 § 4 (a clear description for the citizens).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Sådan får du hjælp
 *
 *   Du kan få hjælp, hvis du tager stoffer. Du ringer til os. Vi tager en snak med dig. Vi lægger en plan sammen. Du får en fast person at tale med. Det er gratis. Du kan tage din mor eller en ven med. Vi har tavshedspligt. Du kan altid ringe igen.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Indsats
 *
 *   Behandlingsindsatsen tilrettelægges helhedsorienteret og individualiseret med udgangspunkt i borgerens samlede livssituation, ressourcer og udfordringer, hvorefter koordineringen mellem de involverede samarbejdspartnere, herunder jobcenter, socialpsykiatri, distriktspsykiatri og kriminalforsorgen, varetages af den kommunale myndighedsrådgiver i overensstemmelse med gældende lovgivning og retningslinjer. Opfølgningen dokumenteres systematisk i kommunens fagsystem.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { readabilityMessages as messages } from '../i18n/rules/readability.js';
import type { RootContent } from 'mdast';
import { addCounts, lixBand, lixCountsOfTree, lixOfCounts, type LixCounts } from '../model/lix.js';

/** Warn above this LIX unless kvs.config.json sets `ruleOptions.readability.threshold`. */
export const DEFAULT_LIX_THRESHOLD = 45;

/** A section's own prose must have at least this many words to be judged. */
export const MIN_SECTION_WORDS = 40;

/** Words, sentences and long words of a tree's prose, as `lixOfStandard` counts them. */
export const lixCountsOf = lixCountsOfTree;

/**
 * Counts of top-level nodes, each counted once. A section's content is a run
 * of the tree's own top-level nodes, and every paragraph and table cell ends
 * its sentences, so the whole text's counts are the sum of its top-level
 * nodes' counts, exactly as `lixCountsOf(standard.tree)` gives them; counting
 * each node once keeps the rule from reading every section twice.
 */
function blockCounter(): (nodes: RootContent[]) => LixCounts {
  const known = new Map<RootContent, LixCounts>();
  return (nodes) => {
    const total: LixCounts = { words: 0, sentences: 0, longWords: 0 };
    for (const node of nodes) {
      let counts = known.get(node);
      if (!counts) {
        counts = lixCountsOf(node);
        known.set(node, counts);
      }
      addCounts(total, counts);
    }
    return total;
  };
}

/** Above this average sentence length (words), the advice is to split sentences. */
const LONG_SENTENCE = 15;
/** Above this share of long words (%), the advice is to use shorter words. */
const LONG_WORD_SHARE = 30;

/** What the message says about a LIX above the limit: the numbers, and which advice applies. */
function advice(counts: LixCounts, score: number, threshold: number) {
  const perSentence = Math.round(counts.words / Math.max(1, counts.sentences));
  const longShare = Math.round((100 * counts.longWords) / Math.max(1, counts.words));
  // LIX = words per sentence + % long words, so above 45 at least one of the two is high.
  const sentences = perSentence > LONG_SENTENCE || longShare <= LONG_WORD_SHARE;
  const words = longShare > LONG_WORD_SHARE || perSentence <= LONG_SENTENCE;
  return { score, band: lixBand(score), threshold, perSentence, longShare, sentences, words, longSentence: LONG_SENTENCE };
}

/** The rule with another threshold, for when the config can set it. */
export function createReadability(threshold = DEFAULT_LIX_THRESHOLD): Rule<typeof messages> {
  return {
    meta: {
      id: 'readability',
      description: {
        da: `Teksten skal kunne læses af borgerne. Reglen advarer, når LIX for et afsnit (med mindst ${MIN_SECTION_WORDS} ord) eller for hele teksten er over ${threshold}. LIX: til og med 24 meget let, 25-34 let, 35-44 middel, 45-54 svær, 55 og derover meget svær.`,
        en: `Citizens must be able to read the text. The rule warns when the LIX of a section (with at least ${MIN_SECTION_WORDS} words) or of the whole text is above ${threshold}. LIX: up to 24 very easy, 25-34 easy, 35-44 medium, 45-54 difficult, 55 and above very difficult.`,
      },
      law: {
        da: 'God forvaltningsskik (klarsprog); BEK nr. 1477 af 17/12/2019 § 4 (standarden skal give borgerne en klar beskrivelse af serviceniveauet)',
        en: 'Good administrative practice (plain language); executive order no. 1477 of 17/12/2019 § 4 (the standard must give citizens a clear description of the service level)',
      },
      severity: 'warning',
      docs: docsUrl('readability'),
      messages,
    },
    check(context) {
      const { standard } = context;
      // kvs.config.json: "ruleOptions": { "readability": { "threshold": 50 } }
      const configured = context.options?.['threshold'];
      const limit = typeof configured === 'number' ? configured : threshold;
      const countsOf = blockCounter();
      const whole = countsOf(standard.tree.children);
      const wholeScore = lixOfCounts(whole);
      const wholeOver = whole.words >= MIN_SECTION_WORDS && wholeScore > limit;
      const over = standard.sections.flatMap((section) => {
        const counts = countsOf(section.content.children);
        if (counts.words < MIN_SECTION_WORDS) return [];
        const score = lixOfCounts(counts);
        return score > limit ? [{ section, counts, score }] : [];
      });
      if (!wholeOver && over.length === 0) return;
      // One finding per standard (64 lines of the same advice helped nobody): the sections by name,
      // the advice once for what they have together, and each section's numbers as a detail at its heading.
      const together: LixCounts = { words: 0, sentences: 0, longWords: 0 };
      for (const item of over) addCounts(together, item.counts);
      const basis = over.length > 0 ? together : whole;
      const data = {
        threshold: limit,
        sections: over.map((item) => ({ heading: item.section.heading, score: item.score })),
        ...(wholeOver ? { whole: { heading: standard.title.text, score: wholeScore } } : {}),
        lix: advice(basis, lixOfCounts(basis), limit),
      };
      context.report({
        position: standard.title.position,
        messageId: 'summary',
        hintId: 'summaryHint',
        data,
        related: [
          ...(wholeOver ? [{ messageId: 'whole' as const, position: standard.title.position, data: { lix: advice(whole, wholeScore, limit) }, detail: true }] : []),
          ...over.map((item) => ({
            messageId: 'section' as const,
            position: item.section.position,
            data: { heading: item.section.heading, lix: advice(item.counts, item.score, limit) },
            detail: true,
          })),
        ],
      });
    },
  };
}

export const readability: Rule<typeof messages> = createReadability();
