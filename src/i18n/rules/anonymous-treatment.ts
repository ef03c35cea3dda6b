import { messages } from '../index.js';

const contactText = {
  da: 'hvordan borgeren kan henvende sig anonymt (et telefonnummer eller en hjemmeside)',
  en: 'how to get in touch anonymously (a phone number or a website)',
};
const outsideText = {
  da: 'et behandlingssted uden for kommunen (loven kræver mindst to tilbud, hvoraf ét ligger uden for kommunen)',
  en: 'a provider outside the kommune (the law requires at least two providers, one of them outside the kommune)',
};

type Offer = { contact: boolean; outside: boolean };

export const anonymousTreatmentMessages = messages({
  incomplete: {
    da: ({ contact, outside }: Offer) =>
      `Standarden tilbyder anonym behandling (serviceloven § 101 a), men nævner ${
        !contact && !outside ? `hverken ${contactText.da} eller ${outsideText.da}` : `ikke ${contact ? outsideText.da : contactText.da}`
      }.`,
    en: ({ contact, outside }) =>
      `The standard offers anonymous treatment (Social Services Act § 101 a) but does not state ${
        !contact && !outside ? `${contactText.en}, nor ${outsideText.en}` : contact ? outsideText.en : contactText.en
      }.`,
  },
  howToOffer: {
    da: 'Skriv i afsnittet om anonym behandling, hvilket telefonnummer eller hvilken hjemmeside borgeren kan bruge uden at oplyse navn, og nævn mindst to behandlingssteder, hvoraf ét ligger i en anden kommune, fx "Du kan også få anonym behandling i Nabo Kommune."',
    en: 'In the section on anonymous treatment, give the phone number or website a person can use without giving their name, and name at least two providers, one of them in another kommune.',
  },
});
