import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { anonymousTreatmentMessages as messages } from '../i18n/rules/anonymous-treatment.js';

export const anonymousTreatment: Rule<typeof messages> = {
  meta: {
    id: 'anonymous-treatment',
    description: {
      da: 'Tilbuddet om anonym behandling (serviceloven § 101 a) skal nævne, hvordan borgeren henvender sig anonymt (telefon eller hjemmeside), og mindst to behandlingssteder, hvoraf ét ligger uden for kommunen.',
      en: 'The offer of anonymous treatment (Social Services Act § 101 a) must say how to get in touch anonymously (phone or website) and name at least two providers, one outside the kommune.',
    },
    law: {
      da: 'Serviceloven § 101 a (anonym, ambulant behandling; henvendelse via hjemmeside eller telefon; mindst to tilbud, heraf ét uden for kommunen)',
      en: 'Social Services Act § 101 a (anonymous outpatient treatment; contact by website or phone; at least two providers, one outside the kommune)',
    },
    severity: 'warning',
    docs: docsUrl('anonymous-treatment'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { standard } = context;
    const offers = standard.facts.anonymous;
    const first = offers[0];
    if (!first) return;
    const contact = offers.some((offer) => offer.value.phone || offer.value.web);
    const outside = offers.some((offer) => offer.value.outsideKommune);
    if (contact && outside) return;
    context.report({
      position: first.position,
      law: anonymousTreatment.meta.law,
      messageId: 'incomplete',
      hintId: 'howToOffer',
      data: { contact, outside },
    });
  },
};
