/**
 * anonymous-treatment: the offer of anonymous treatment says how to get it.
 *
 * Serviceloven § 101 a gives the right to anonymous outpatient treatment,
 * reached by phone or a website, with at least two providers to choose from,
 * one of them outside the kommune. A standard that only says "du kan få anonym
 * behandling" leaves the reader without a way in. Where the offer is
 * mentioned, the rule warns once if the text names no phone number or website,
 * or no provider outside the kommune.
 *
 * Law: serviceloven § 101 a (anonymous outpatient treatment).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kommune: Eksempelby
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Anonym behandling
 *
 *   Du kan få anonym behandling uden at oplyse dit navn. Ring til Rusmiddelcenter Eksempelby på tlf. 12 34 56 78, eller få behandling i Naboby Kommune.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   ---
 *   kommune: Eksempelby
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Anonym behandling
 *
 *   Du kan få anonym behandling i Eksempelby Kommune.
 */
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
