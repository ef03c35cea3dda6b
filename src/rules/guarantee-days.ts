import type { Rule } from './rule.js';
import type { Fact, Lang, Standard } from '../types.js';
import { docsUrl } from '../meta.js';

/** The words that state a fact, as written in the file ("21 dage", "fire uger"). */
export function phraseOf(standard: Pick<Standard, 'source'>, fact: Fact<unknown>): string {
  const start = fact.position.start.offset;
  const end = fact.position.end.offset;
  const phrase = start !== undefined && end !== undefined ? standard.source.slice(start, end) : '';
  return phrase.replace(/\s+/gu, ' ').trim() || fact.text;
}

/** "14 dage" / "14 days" */
export function formatDays(days: number, lang: Lang): string {
  return lang === 'da' ? `${days} ${days === 1 ? 'dag' : 'dage'}` : `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The phrase as written, with the value it means when the wording differs: "fire uger" (28 dage). */
export function quoteWithValue(phrase: string, shown: string): string {
  return phrase.toLowerCase() === shown.toLowerCase() ? `"${phrase}"` : `"${phrase}" (${shown})`;
}

export const guaranteeDays: Rule = {
  meta: {
    id: 'guarantee-days',
    description: {
      da: 'Behandlingsgarantien er 14 dage: behandlingen skal begynde senest 14 dage efter, at borgeren har henvendt sig til kommunen.',
      en: 'The treatment guarantee is 14 days: treatment must start at the latest 14 days after the person contacted the kommune.',
    },
    law: {
      da: 'Serviceloven § 101, stk. 4 (før 2020: stk. 2)',
      en: 'Social Services Act § 101(4) (before 2020: § 101(2))',
    },
    severity: 'error',
    docs: docsUrl('guarantee-days'),
    dependsOnDate: true,
    appliesTo: 'sel101',
  },
  check(context) {
    const { standard, lang } = context;
    const stk = context.asOf < '2020-01-01' ? 2 : 4;
    const law = lang === 'da' ? `Serviceloven § 101, stk. ${stk}` : `Social Services Act § 101(${stk})`;
    for (const fact of standard.facts.guaranteeDays) {
      if (fact.value === 14) continue;
      const phrase = phraseOf(standard, fact);
      context.report({
        position: fact.position,
        requirement: 'behandlingsgaranti',
        law,
        message:
          lang === 'da'
            ? `Behandlingsgarantien er angivet som ${quoteWithValue(phrase, formatDays(fact.value, 'da'))}. Loven siger 14 dage: behandlingen skal begynde senest 14 dage efter, at borgeren har henvendt sig til kommunen.`
            : `The treatment guarantee is given as ${quoteWithValue(phrase, formatDays(fact.value, 'en'))}. The law says 14 days: treatment must start at the latest 14 days after the person contacted the kommune.`,
        hint:
          lang === 'da'
            ? 'Skriv fx: "Du kommer i behandling senest 14 dage efter, at du har henvendt dig til kommunen."'
            : 'Write e.g. "Du kommer i behandling senest 14 dage efter, at du har henvendt dig til kommunen." (treatment starts at the latest 14 days after you contacted the kommune).',
      });
    }
  },
};
