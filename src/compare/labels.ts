/** The fixed words of `kvs compare`, Danish first. */
import type { Lang } from '../types.js';

const da = {
  // Column headers of the data table (CSV, JSON `columns`, the Markdown table's first column).
  kommune: 'Kommune',
  title: 'Titel',
  file: 'Fil',
  coveragePercent: 'Påkrævede krav dækket (%)',
  guaranteeDays: 'Behandlingsgaranti (dage)',
  followUpMonths: 'Opfølgning efter afsluttet behandling (måneder)',
  complaintDays: 'Klagefrist (dage)',
  ageGroups: 'Aldersgrupper',
  freeChoice: 'Frit valg beskrevet',
  approved: 'Godkendt',
  revisionDue: 'Revision senest',
  revisionOverdue: 'Revision overskredet',
  lix: 'LIX',
  // Cell values.
  status: { covered: 'dækket', partial: 'delvist', missing: 'mangler' },
  notStated: 'ikke angivet',
  yes: 'ja',
  no: 'nej',
  ageFrom: (min: number) => `fra ${min} år`,
  ageUnder: (limit: number) => `under ${limit} år`,
  ageRange: (min: number, max: number) => `${min}–${max} år`,
  // Pages.
  heading: 'Sammenligning af kvalitetsstandarder',
  intro:
    'Kommunernes kvalitetsstandarder for social behandling af stofmisbrug (serviceloven § 101) side om side: hvilke af lovens krav hver standard dækker, og hvad den lover borgeren.',
  asOf: 'Pr.',
  ruleSet: 'Regelsæt',
  inForce: 'gælder fra',
  standardsCount: 'standarder',
  skipLink: 'Spring til indhold',
  chartHeading: 'Dækning af de påkrævede krav',
  chartTitle: 'Andel af lovens påkrævede krav, som hver kommunes standard dækker',
  chartLine: (kommune: string, covered: number, required: number, percent: number, partial: number) =>
    `${kommune}: ${covered} af ${required} påkrævede krav dækket (${percent} %)${partial > 0 ? `, ${partial} kun delvist` : ''}.`,
  chartValue: (covered: number, required: number, percent: number) => `${covered} af ${required} · ${percent} %`,
  chartLegendCovered: 'dækket',
  chartLegendPartial: 'kun delvist',
  chartLegendMissing: 'mangler',
  requirementsHeading: 'Lovens krav kommune for kommune',
  requirementsCaption: 'Lovens krav (rækker) og om hver kommunes standard dækker dem (kolonner)',
  requirement: 'Krav',
  coveredIn: 'Dækket i',
  coveredInValue: (covered: number, total: number) => `${covered} af ${total}`,
  recommended: 'anbefalet',
  totalRow: 'Påkrævede krav dækket',
  partialEmpty: 'tomt afsnit',
  partialShort: (words: number) => `kun ${words} ord`,
  factsHeading: 'Nøgletal kommune for kommune',
  factsCaption: 'Hvad standarderne lover borgeren, hvornår de skal revideres, og hvor lette de er at læse',
  coverage: 'Påkrævede krav dækket',
  /** Shorter headers for the HTML facts table, where the caption and legend give the context. */
  short: {
    coverage: 'Krav dækket',
    guaranteeDays: 'Garanti (dage)',
    followUpMonths: 'Opfølgning (mdr.)',
    complaintDays: 'Klagefrist (dage)',
    ageGroups: 'Aldersgrupper',
    freeChoice: 'Frit valg',
  },
  coverageValue: (covered: number, required: number, percent: number) => `${covered} af ${required} (${percent} %)`,
  overdue: 'Overskredet',
  sortHint: 'Klik på en kolonneoverskrift for at sortere.',
  legendHeading: 'Sådan læses sammenligningen',
  legendCovered: 'Standarden har et afsnit om kravet med tekst i.',
  legendPartial: (words: number) =>
    `Kravet har kun et tomt afsnit, eller det er kun nævnt med en markering eller i et underafsnit under et andet krav med under ${words} ord.`,
  legendMissing: 'Standarden har intet afsnit om kravet.',
  legendNotStated: 'Standarden angiver det ikke (eller værktøjet fandt det ikke i teksten).',
  legendRequired:
    'Påkrævede krav er dem, regelsættet kræver; anbefalede krav tæller ikke med i procenten. Flere forskellige værdier i en celle (adskilt af /) betyder, at standarden siger to ting.',
  legendRevision:
    'Revision senest er revisionsdatoen i standardens oplysninger, ellers godkendelsesdatoen plus 2 år (eller et kortere interval, hvis standarden angiver det). Overskredet betyder, at datoen ligger før sammenligningens dato.',
  lixHelp:
    'LIX måler, hvor svær en tekst er at læse: ord pr. sætning plus andelen af lange ord (over 6 bogstaver). Til og med 24 er meget let, 25–34 let, 35–44 middel, 45–54 svær og 55 eller mere meget svær.',
  // CLI.
  badFormat: (value: string) => `Ukendt format "${value}". Vælg et af: html, csv, json, md.`,
  cannotWrite: (path: string, reason: string) => `Kan ikke skrive --out ${path} (${reason}). Angiv en fil i en mappe, du kan skrive i.`,
  unreadable: (path: string, reason: string) => `${path} er udeladt: ${reason}`,
  wrote: (path: string, count: number) => `Skrev ${path} (${count} standarder).`,
};

export type CompareLabels = typeof da;

const en: CompareLabels = {
  kommune: 'Municipality',
  title: 'Title',
  file: 'File',
  coveragePercent: 'Required items covered (%)',
  guaranteeDays: 'Treatment guarantee (days)',
  followUpMonths: 'Follow-up after treatment ends (months)',
  complaintDays: 'Complaint deadline (days)',
  ageGroups: 'Age groups',
  freeChoice: 'Free choice described',
  approved: 'Approved',
  revisionDue: 'Revision due',
  revisionOverdue: 'Revision overdue',
  lix: 'LIX',
  status: { covered: 'covered', partial: 'only partly', missing: 'missing' },
  notStated: 'not stated',
  yes: 'yes',
  no: 'no',
  ageFrom: (min: number) => `from ${min}`,
  ageUnder: (limit: number) => `under ${limit}`,
  ageRange: (min: number, max: number) => `${min}–${max}`,
  heading: 'Quality standards compared',
  intro:
    "The municipalities' quality standards for social drug-abuse treatment (Social Services Act § 101) side by side: which of the law's items each standard covers, and what it promises the citizen.",
  asOf: 'As of',
  ruleSet: 'Rule set',
  inForce: 'in force from',
  standardsCount: 'standards',
  skipLink: 'Skip to content',
  chartHeading: 'Coverage of the required items',
  chartTitle: "Share of the law's required items that each municipality's standard covers",
  chartLine: (kommune: string, covered: number, required: number, percent: number, partial: number) =>
    `${kommune}: ${covered} of ${required} required items covered (${percent} %)${partial > 0 ? `, ${partial} only partly` : ''}.`,
  chartValue: (covered: number, required: number, percent: number) => `${covered} of ${required} · ${percent} %`,
  chartLegendCovered: 'covered',
  chartLegendPartial: 'only partly',
  chartLegendMissing: 'missing',
  requirementsHeading: "The law's items, municipality by municipality",
  requirementsCaption: "The law's items (rows) and whether each municipality's standard covers them (columns)",
  requirement: 'Item',
  coveredIn: 'Covered in',
  coveredInValue: (covered: number, total: number) => `${covered} of ${total}`,
  recommended: 'recommended',
  totalRow: 'Required items covered',
  partialEmpty: 'empty section',
  partialShort: (words: number) => `only ${words} words`,
  factsHeading: 'Key facts, municipality by municipality',
  factsCaption: 'What the standards promise the citizen, when they are due for revision, and how easy they are to read',
  coverage: 'Required items covered',
  short: {
    coverage: 'Items covered',
    guaranteeDays: 'Guarantee (days)',
    followUpMonths: 'Follow-up (months)',
    complaintDays: 'Complaint deadline (days)',
    ageGroups: 'Age groups',
    freeChoice: 'Free choice',
  },
  coverageValue: (covered: number, required: number, percent: number) => `${covered} of ${required} (${percent} %)`,
  overdue: 'Overdue',
  sortHint: 'Select a column heading to sort.',
  legendHeading: 'How to read the comparison',
  legendCovered: 'The standard has a section on the item with text in it.',
  legendPartial: (words: number) =>
    `The item has only an empty section, or it is only named by a marker or in a sub-section under another item with fewer than ${words} words.`,
  legendMissing: 'The standard has no section on the item.',
  legendNotStated: 'The standard does not state it (or the tool did not find it in the text).',
  legendRequired:
    'Required items are those the rule set demands; recommended items do not count towards the percentage. Several different values in one cell (separated by /) mean the standard says two things.',
  legendRevision:
    "Revision due is the revision date in the standard's front-matter, else the approval date plus 2 years (or a shorter interval if the standard states one). Overdue means the date lies before the comparison's date.",
  lixHelp:
    'LIX measures how hard a text is to read: words per sentence plus the share of long words (more than 6 letters). Up to 24 is very easy, 25–34 easy, 35–44 medium, 45–54 difficult and 55 or more very difficult.',
  badFormat: (value: string) => `Unknown format "${value}". Choose one of: html, csv, json, md.`,
  cannotWrite: (path: string, reason: string) => `Cannot write --out ${path} (${reason}). Give a file in a folder you can write to.`,
  unreadable: (path: string, reason: string) => `${path} is left out: ${reason}`,
  wrote: (path: string, count: number) => `Wrote ${path} (${count} standards).`,
};

export function compareLabels(lang: Lang): CompareLabels {
  return lang === 'en' ? en : da;
}
