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

export const anonymousTreatment: Rule = {
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
  },
  check(context) {
    const { standard, lang } = context;
    const offers = standard.facts.anonymous;
    const first = offers[0];
    if (!first) return;
    const contact = offers.some((offer) => offer.value.phone || offer.value.web);
    const outside = offers.some((offer) => offer.value.outsideKommune);
    if (contact && outside) return;
    const contactText = {
      da: 'hvordan borgeren kan henvende sig anonymt (et telefonnummer eller en hjemmeside)',
      en: 'how to get in touch anonymously (a phone number or a website)',
    };
    const outsideText = {
      da: 'et behandlingssted uden for kommunen (loven kræver mindst to tilbud, hvoraf ét ligger uden for kommunen)',
      en: 'a provider outside the kommune (the law requires at least two providers, one of them outside the kommune)',
    };
    const missing = {
      da: !contact && !outside ? `hverken ${contactText.da} eller ${outsideText.da}` : `ikke ${contact ? outsideText.da : contactText.da}`,
      en: !contact && !outside ? `${contactText.en}, nor ${outsideText.en}` : contact ? outsideText.en : contactText.en,
    };
    context.report({
      position: first.position,
      law: anonymousTreatment.meta.law[lang],
      message:
        lang === 'da'
          ? `Standarden tilbyder anonym behandling (serviceloven § 101 a), men nævner ${missing.da}.`
          : `The standard offers anonymous treatment (Social Services Act § 101 a) but does not state ${missing.en}.`,
      hint:
        lang === 'da'
          ? 'Skriv i afsnittet om anonym behandling, hvilket telefonnummer eller hvilken hjemmeside borgeren kan bruge uden at oplyse navn, og nævn mindst to behandlingssteder, hvoraf ét ligger i en anden kommune, fx "Du kan også få anonym behandling i Nabo Kommune."'
          : 'In the section on anonymous treatment, give the phone number or website a person can use without giving their name, and name at least two providers, one of them in another kommune.',
    });
  },
};
