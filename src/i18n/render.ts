/** The fixed words of the HTML outputs (the leaflet, the overview). Templates see them as `t`. */
import { words } from './index.js';
import { shared } from './shared.js';

export const renderWords = words({
  skipLink: { da: 'Spring til indhold', en: 'Skip to content' },
  practicalTitle: { da: 'Det skal du vide', en: 'What you need to know' },
  visitation: { da: 'Sådan søger du', en: 'How to apply' },
  behandlingsgaranti: { da: 'Behandlingsgaranti', en: 'Treatment guarantee' },
  klageadgang: { da: 'Sådan klager du', en: 'How to complain' },
  contact: { da: 'Kontakt', en: 'Contact' },
  phone: { da: 'Telefon', en: 'Phone' },
  email: { da: 'E-mail', en: 'Email' },
  web: { da: 'Web', en: 'Web' },
  address: { da: 'Adresse', en: 'Address' },
  toc: { da: 'Indhold', en: 'Contents' },
  approved: { da: 'Godkendt', en: 'Approved' },
  nextRevision: { da: 'Næste revision', en: 'Next revision' },
  notGiven: { da: 'ikke angivet', en: 'not stated' },
  draft: { da: 'Udkast – endnu ikke godkendt', en: 'Draft – not yet approved' },
  standardKind: { da: 'Kvalitetsstandard efter serviceloven § 101', en: 'Quality standard under the Social Services Act § 101' },
  footnotes: { da: 'Noter', en: 'Notes' },
  footnoteBack: { da: 'Tilbage til teksten', en: 'Back to the text' },
  // Overview
  overviewTitle: { da: 'Kvalitetsstandarder for stofmisbrugsbehandling', en: 'Quality standards for drug-abuse treatment' },
  compareLink: { da: 'Sammenlign kommunerne: emner og fakta side om side', en: 'Compare the kommuner: topics and facts side by side' },
  overviewIntro: {
    da: 'Oversigt over kommunernes kvalitetsstandarder for social behandling af stofmisbrug (serviceloven § 101): godkendelse, revision, tjek mod loven og læsbarhed.',
    en: "An overview of the municipalities' quality standards for social drug-abuse treatment (Social Services Act § 101): approval, revision, check against the law and readability.",
  },
  generated: { da: 'Genereret', en: 'Generated' },
  tableCaption: { da: 'Kvalitetsstandarder', en: 'Quality standards' },
  kommune: { da: 'Kommune', en: 'Municipality' },
  title: { da: 'Titel', en: 'Title' },
  revisionDue: { da: 'Revision senest', en: 'Revision due' },
  overdue: { da: 'Overskredet', en: 'Overdue' },
  compliance: { da: 'Tjek mod loven', en: 'Check against the law' },
  compliant: { da: 'Ingen fejl', en: 'No errors' },
  switchedOff: { da: 'fund slået fra (kvs-disable eller baseline)', en: 'findings switched off (kvs-disable or baseline)' },
  errors: { da: 'fejl', en: 'errors' },
  warnings: { da: 'advarsler', en: 'warnings' },
  warning: { da: 'advarsel', en: 'warning' },
  missing: { da: 'Mangler', en: 'Missing' },
  lix: { da: 'LIX', en: 'LIX' },
  lixHelp: { da: shared.da.lixHelp, en: shared.en.lixHelp },
  outputs: { da: 'Udgivelser', en: 'Publications' },
  leaflet: { da: 'Folder', en: 'Leaflet' },
  pdf: { da: 'Pjece (PDF)', en: 'Booklet (PDF)' },
  notBuilt: { da: 'Ikke bygget', en: 'Not built' },
  sortHint: { da: 'Klik på en kolonneoverskrift for at sortere.', en: 'Select a column heading to sort.' },
  standardsCount: { da: 'standarder', en: 'standards' },
  readMore: { da: (heading: string) => `Læs hele afsnittet »${heading}«`, en: (heading) => `Read the full section “${heading}”` },
  /** "Godkendt af Byrådet den 21. juni 2023" (either part may be missing). */
  approval: {
    da: (by: string | undefined, when: string | undefined) => ['Godkendt', ...(by ? [`af ${by}`] : []), ...(when ? [when] : [])].join(' '),
    en: (by, when) => ['Approved', ...(by ? [`by ${by}`] : []), ...(when ? [when] : [])].join(' '),
  },
});

export type RenderWords = (typeof renderWords)['da'];
