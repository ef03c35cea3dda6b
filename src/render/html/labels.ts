/** The fixed UI text of the HTML outputs, Danish first. Templates see it as `t`. */
import type { Lang } from '../../types.js';

const da = {
  skipLink: 'Spring til indhold',
  practicalTitle: 'Det skal du vide',
  visitation: 'Sådan søger du',
  behandlingsgaranti: 'Behandlingsgaranti',
  klageadgang: 'Sådan klager du',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-mail',
  web: 'Web',
  address: 'Adresse',
  toc: 'Indhold',
  approved: 'Godkendt',
  nextRevision: 'Næste revision',
  notGiven: 'ikke angivet',
  draft: 'Udkast – endnu ikke godkendt',
  standardKind: 'Kvalitetsstandard efter serviceloven § 101',
  footnotes: 'Noter',
  footnoteBack: 'Tilbage til teksten',
  // Overview
  overviewTitle: 'Kvalitetsstandarder for stofmisbrugsbehandling',
  overviewIntro:
    'Oversigt over kommunernes kvalitetsstandarder for social behandling af stofmisbrug (serviceloven § 101): godkendelse, revision, tjek mod loven og læsbarhed.',
  generated: 'Genereret',
  tableCaption: 'Kvalitetsstandarder',
  kommune: 'Kommune',
  title: 'Titel',
  revisionDue: 'Revision senest',
  overdue: 'Overskredet',
  compliance: 'Tjek mod loven',
  compliant: 'Ingen fejl',
  errors: 'fejl',
  warnings: 'advarsler',
  warning: 'advarsel',
  missing: 'Mangler',
  lix: 'LIX',
  lixHelp:
    'LIX måler, hvor svær en tekst er at læse: ord pr. sætning plus andelen af lange ord (over 6 bogstaver). Til og med 24 er meget let, 25–34 let, 35–44 middel, 45–54 svær og 55 eller mere meget svær.',
  outputs: 'Udgivelser',
  leaflet: 'Folder',
  pdf: 'Pjece (PDF)',
  notBuilt: 'Ikke bygget',
  sortHint: 'Klik på en kolonneoverskrift for at sortere.',
  standardsCount: 'standarder',
};

export type Labels = typeof da;

const en: Labels = {
  skipLink: 'Skip to content',
  practicalTitle: 'What you need to know',
  visitation: 'How to apply',
  behandlingsgaranti: 'Treatment guarantee',
  klageadgang: 'How to complain',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',
  web: 'Web',
  address: 'Address',
  toc: 'Contents',
  approved: 'Approved',
  nextRevision: 'Next revision',
  notGiven: 'not stated',
  draft: 'Draft – not yet approved',
  standardKind: 'Quality standard under the Social Services Act § 101',
  footnotes: 'Notes',
  footnoteBack: 'Back to the text',
  overviewTitle: 'Quality standards for drug-abuse treatment',
  overviewIntro:
    "An overview of the municipalities' quality standards for social drug-abuse treatment (Social Services Act § 101): approval, revision, check against the law and readability.",
  generated: 'Generated',
  tableCaption: 'Quality standards',
  kommune: 'Municipality',
  title: 'Title',
  revisionDue: 'Revision due',
  overdue: 'Overdue',
  compliance: 'Check against the law',
  compliant: 'No errors',
  errors: 'errors',
  warnings: 'warnings',
  warning: 'warning',
  missing: 'Missing',
  lix: 'LIX',
  lixHelp:
    'LIX measures how hard a text is to read: words per sentence plus the share of long words (more than 6 letters). Up to 24 is very easy, 25–34 easy, 35–44 medium, 45–54 difficult and 55 or more very difficult.',
  outputs: 'Publications',
  leaflet: 'Leaflet',
  pdf: 'Booklet (PDF)',
  notBuilt: 'Not built',
  sortHint: 'Select a column heading to sort.',
  standardsCount: 'standards',
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : da;
}
