/**
 * The fixed words of the booklet (PDF, src/render/pdf/): cover, contents,
 * back cover, page furniture, the links' descriptions for screen readers and
 * the document's info. The words the leaflet says the same way are its own
 * (render.ts), so the two never name one thing differently.
 */
import { inBoth, words } from './index.js';
import { renderWords } from './render.js';
import { shared } from './shared.js';

export const bookletWords = words({
  /** The document's language (the PDF's /Lang). */
  pdfLang: { da: 'da-DK', en: 'en-GB' },
  /** Between the kommune and its partners: "Ishøj Kommune og Vallensbæk Kommune". */
  and: { da: ' og ', en: ' and ' },
  // Cover
  logo: { da: (kommune: string) => `${kommune || 'Kommunens'} logo`, en: (kommune) => `${kommune || "The municipality's"} logo` },
  /** The subtitle for the area `SEL § 101`. */
  area101: { da: 'Social behandling af stofmisbrug efter serviceloven § 101', en: 'Social drug-abuse treatment under the Social Services Act § 101' },
  approved: inBoth(renderWords, (t) => t.approved),
  approvedBy: { da: (by: string) => `af ${by}`, en: (by) => `by ${by}` },
  nextRevision: inBoth(renderWords, (t) => t.nextRevision),
  // Contents and page furniture
  contents: inBoth(renderWords, (t) => t.toc),
  page: { da: (page: number, total: number) => `Side ${page} af ${total}`, en: (page, total) => `Page ${page} of ${total}` },
  // Back cover
  about: { da: 'Om kvalitetsstandarden', en: 'About the quality standard' },
  kommune: inBoth(renderWords, (t) => t.kommune),
  area: { da: 'Område', en: 'Area' },
  legalBasis: { da: 'Lovgrundlag', en: 'Legal basis' },
  approvedByLabel: { da: 'Godkendt af', en: 'Approved by' },
  guarantee: inBoth(renderWords, (t) => t.behandlingsgaranti),
  followUp: inBoth(renderWords, (t) => t.opfoelgning),
  complaint: { da: 'Klage', en: 'Complaints' },
  guaranteeLine: { da: (days: number) => `Senest ${shared.da.days(days)} efter din henvendelse`, en: (days) => `Within ${shared.en.days(days)} of contacting us` },
  followUpLine: { da: (months: readonly number[]) => `Efter ${shared.da.months(months)}`, en: (months) => `After ${shared.en.months(months)}` },
  complaintLine: {
    da: (days: number) => `Senest ${shared.da.period(days)} efter afgørelsen`,
    en: (days) => `Within ${shared.en.period(days)} of the decision`,
  },
  appealLine: { da: (body: string) => `Derefter ${body}`, en: (body) => `Then ${body}` },
  status: { da: 'Status', en: 'Status' },
  draft: { da: 'Udkast – ikke godkendt', en: 'Draft – not approved' },
  contact: inBoth(renderWords, (t) => t.contact),
  phone: inBoth(renderWords, (t) => t.phone),
  email: inBoth(renderWords, (t) => t.email),
  web: inBoth(renderWords, (t) => t.web),
  publishedBy: { da: 'Udgivet af', en: 'Published by' },
  // Links, described for screen readers
  mailLink: { da: (address: string) => `Send e-mail til ${address}`, en: (address) => `Send an e-mail to ${address}` },
  phoneLink: { da: (number: string) => `Ring til ${number}`, en: (number) => `Call ${number}` },
  webLink: { da: (address: string) => `Link til ${address}`, en: (address) => `Link to ${address}` },
  // Document info
  subject: {
    da: (area: string | undefined, kommune: string) =>
      `Kvalitetsstandard for social behandling af stofmisbrug${area ? ` (${area})` : ''}${kommune ? `, ${kommune}` : ''}`,
    en: (area, kommune) => `Quality standard for social drug-abuse treatment${area ? ` (${area})` : ''}${kommune ? `, ${kommune}` : ''}`,
  },
  keywords: {
    da: ['kvalitetsstandard', 'stofmisbrug', 'social behandling', 'serviceloven § 101'],
    en: ['quality standard', 'drug abuse', 'social treatment', 'Social Services Act § 101'],
  },
});

export type BookletWords = (typeof bookletWords)['da'];
