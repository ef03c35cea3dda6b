/** The fixed words of the HTML outputs (the leaflet, the overview). Templates see them as `t`. */
import type { Localized } from '../types.js';
import { bilingual, words } from './index.js';
import { shared } from './shared.js';

export const renderWords = words({
  skipLink: { da: 'Spring til indhold', en: 'Skip to content' },
  practicalTitle: { da: 'Det skal du vide', en: 'What you need to know' },
  visitation: { da: 'Sådan søger du', en: 'How to apply' },
  behandlingsgaranti: { da: 'Behandlingsgaranti', en: 'Treatment guarantee' },
  klageadgang: { da: 'Sådan klager du', en: 'How to complain' },
  opfoelgning: { da: 'Efter behandlingen', en: 'After treatment' },
  guaranteeLine: {
    da: (days: number) => `Behandlingen begynder senest ${shared.da.days(days)} efter, at du har henvendt dig.`,
    en: (days) => `Treatment starts no later than ${shared.en.days(days)} after you contacted us.`,
  },
  followUpLine: {
    da: (months: readonly number[]) => `Når behandlingen er slut, følger vi op efter ${shared.da.months(months)}.`,
    en: (months) => `When treatment has ended, we follow up after ${shared.en.months(months)}.`,
  },
  complaintLine: {
    da: (days: number) => `Du kan klage senest ${shared.da.period(days)} efter, at du har fået afgørelsen.`,
    en: (days) => `You can complain up to ${shared.en.period(days)} after you received the decision.`,
  },
  appealLine: {
    da: (body: string) => `Får du ikke medhold, sender kommunen klagen videre til ${body}.`,
    en: (body) => `If the decision stands, the kommune sends your complaint on to ${body}.`,
  },
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
  switchedOff: { da: 'fund ikke talt (kvs check viser hvilke og hvorfor)', en: 'findings not counted (kvs check shows which and why)' },
  pinnedRuleSet: {
    da: 'tjekket mod et andet regelsæt end det gældende, låst i kvs.config.json:',
    en: 'checked against another rule set than the one in force, pinned in kvs.config.json:',
  },
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

/** Why a logo from kvs.config.json cannot be used (src/render/logo.ts). */
export const logoMessages = bilingual({
  refused: {
    da: (path: string, why: Localized) => `Logoet ${path} kan ikke bruges: ${why.da} Et logo må kun være et billede; ret filen eller brug en PNG.`,
    en: (path, why) => `The logo ${path} cannot be used: ${why.en} A logo may only be a picture; fix the file or use a PNG.`,
  },
  notPng: { da: 'filen er ikke en PNG-fil.', en: 'the file is not a PNG file.' },
  notPicture: { da: 'et logo skal være en .svg- eller .png-fil.', en: 'a logo must be an .svg or .png file.' },
  entities: { da: 'den definerer XML-entiteter (<!ENTITY>).', en: 'it defines XML entities (<!ENTITY>).' },
  stylesheet: { da: 'den henter et eksternt stylesheet (<?xml-stylesheet?>).', en: 'it loads an external style sheet (<?xml-stylesheet?>).' },
  notSvg: { da: 'filen er ikke en gyldig SVG-fil.', en: 'the file is not a valid SVG file (not an SVG).' },
  element: {
    da: (element: string) => `den indeholder et <${element}>-element.`,
    en: (element) => `it contains a <${element}> element.`,
  },
  eventHandler: { da: (name: string) => `den har en hændelses-attribut (${name}).`, en: (name) => `it has an event handler attribute (${name}).` },
  scriptLink: { da: (name: string) => `attributten ${name} indeholder et script-link.`, en: (name) => `the attribute ${name} holds a script link.` },
  linksOut: {
    da: (name: string, target: string) => `den linker til noget uden for filen (${name}="${target}").`,
    en: (name, target) => `it links to something outside the file (${name}="${target}").`,
  },
  animation: { da: (attribute: string) => `en animation ændrer ${attribute}.`, en: (attribute) => `an animation changes ${attribute}.` },
  cssImport: { da: 'dens stylesheet bruger @import.', en: 'its style sheet uses @import.' },
  cssUrl: { da: (target: string) => `dens stylesheet henter url(${target}).`, en: (target) => `its style sheet loads url(${target}).` },
  cssCode: { da: 'dens stylesheet indeholder kode.', en: 'its style sheet contains code.' },
});
