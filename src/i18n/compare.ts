/** The words of `kvs compare`: the table's columns and cells, the HTML page, and the command's messages. */
import { words } from './index.js';
import { shared } from './shared.js';

export const compareWords = words({
  // Column headers of the data table (CSV, JSON `columns`, the Markdown table's first column).
  kommune: { da: 'Kommune', en: 'Municipality' },
  title: { da: 'Titel', en: 'Title' },
  file: { da: 'Fil', en: 'File' },
  coveragePercent: { da: 'Påkrævede krav dækket (%)', en: 'Required items covered (%)' },
  guaranteeDays: { da: 'Behandlingsgaranti (dage)', en: 'Treatment guarantee (days)' },
  followUpMonths: { da: 'Opfølgning efter afsluttet behandling (måneder)', en: 'Follow-up after treatment ends (months)' },
  complaintDays: { da: 'Klagefrist (dage)', en: 'Complaint deadline (days)' },
  ageGroups: { da: 'Aldersgrupper', en: 'Age groups' },
  freeChoice: { da: 'Frit valg beskrevet', en: 'Free choice described' },
  approved: { da: 'Godkendt', en: 'Approved' },
  revisionDue: { da: 'Revision senest', en: 'Revision due' },
  revisionOverdue: { da: 'Revision overskredet', en: 'Revision overdue' },
  lix: { da: 'LIX', en: 'LIX' },
  // Cell values.
  status: {
    da: { covered: 'dækket', partial: 'delvist', missing: 'mangler' },
    en: { covered: 'covered', partial: 'only partly', missing: 'missing' },
  },
  notStated: { da: 'ikke angivet', en: 'not stated' },
  yes: { da: 'ja', en: 'yes' },
  no: { da: 'nej', en: 'no' },
  ageFrom: { da: (min: number) => `fra ${min} år`, en: (min) => `from ${min}` },
  ageUnder: { da: (limit: number) => `under ${limit} år`, en: (limit) => `under ${limit}` },
  ageRange: { da: (min: number, max: number) => `${min}–${max} år`, en: (min, max) => `${min}–${max}` },
  // Pages.
  heading: { da: 'Sammenligning af kvalitetsstandarder', en: 'Quality standards compared' },
  intro: {
    da: 'Kommunernes kvalitetsstandarder for social behandling af stofmisbrug (serviceloven § 101) side om side: hvilke af lovens krav hver standard dækker, og hvad den lover borgeren.',
    en: "The municipalities' quality standards for social drug-abuse treatment (Social Services Act § 101) side by side: which of the law's items each standard covers, and what it promises the citizen.",
  },
  asOf: { da: 'Pr.', en: 'As of' },
  ruleSet: { da: 'Regelsæt', en: 'Rule set' },
  inForce: { da: 'gælder fra', en: 'in force from' },
  standardsCount: { da: 'standarder', en: 'standards' },
  skipLink: { da: 'Spring til indhold', en: 'Skip to content' },
  chartHeading: { da: 'Dækning af de påkrævede krav', en: 'Coverage of the required items' },
  chartTitle: {
    da: 'Andel af lovens påkrævede krav, som hver kommunes standard dækker',
    en: "Share of the law's required items that each municipality's standard covers",
  },
  chartLine: {
    da: (kommune: string, covered: number, required: number, percent: number, partial: number) =>
      `${kommune}: ${covered} af ${required} påkrævede krav dækket (${percent} %)${partial > 0 ? `, ${partial} kun delvist` : ''}.`,
    en: (kommune, covered, required, percent, partial) =>
      `${kommune}: ${covered} of ${required} required items covered (${percent} %)${partial > 0 ? `, ${partial} only partly` : ''}.`,
  },
  chartValue: {
    da: (covered: number, required: number, percent: number) => `${covered} af ${required} · ${percent} %`,
    en: (covered, required, percent) => `${covered} of ${required} · ${percent} %`,
  },
  chartLegendCovered: { da: 'dækket', en: 'covered' },
  chartLegendPartial: { da: 'kun delvist', en: 'only partly' },
  chartLegendMissing: { da: 'mangler', en: 'missing' },
  requirementsHeading: { da: 'Lovens krav kommune for kommune', en: "The law's items, municipality by municipality" },
  requirementsCaption: {
    da: 'Lovens krav (rækker) og om hver kommunes standard dækker dem (kolonner)',
    en: "The law's items (rows) and whether each municipality's standard covers them (columns)",
  },
  requirement: { da: 'Krav', en: 'Item' },
  coveredIn: { da: 'Dækket i', en: 'Covered in' },
  coveredInValue: { da: (covered: number, total: number) => `${covered} af ${total}`, en: (covered, total) => `${covered} of ${total}` },
  recommended: { da: 'anbefalet', en: 'recommended' },
  totalRow: { da: 'Påkrævede krav dækket', en: 'Required items covered' },
  partialEmpty: { da: 'tomt afsnit', en: 'empty section' },
  partialShort: { da: (words: number) => `kun ${words} ord`, en: (words) => `only ${words} words` },
  factsHeading: { da: 'Nøgletal kommune for kommune', en: 'Key facts, municipality by municipality' },
  factsCaption: {
    da: 'Hvad standarderne lover borgeren, hvornår de skal revideres, og hvor lette de er at læse',
    en: 'What the standards promise the citizen, when they are due for revision, and how easy they are to read',
  },
  coverage: { da: 'Påkrævede krav dækket', en: 'Required items covered' },
  /** Shorter headers for the HTML facts table, where the caption and legend give the context. */
  short: {
    da: {
      coverage: 'Krav dækket',
      guaranteeDays: 'Garanti (dage)',
      followUpMonths: 'Opfølgning (mdr.)',
      complaintDays: 'Klagefrist (dage)',
      ageGroups: 'Aldersgrupper',
      freeChoice: 'Frit valg',
    },
    en: {
      coverage: 'Items covered',
      guaranteeDays: 'Guarantee (days)',
      followUpMonths: 'Follow-up (months)',
      complaintDays: 'Complaint deadline (days)',
      ageGroups: 'Age groups',
      freeChoice: 'Free choice',
    },
  },
  coverageValue: {
    da: (covered: number, required: number, percent: number) => `${covered} af ${required} (${percent} %)`,
    en: (covered, required, percent) => `${covered} of ${required} (${percent} %)`,
  },
  overdue: { da: 'Overskredet', en: 'Overdue' },
  sortHint: { da: 'Klik på en kolonneoverskrift for at sortere.', en: 'Select a column heading to sort.' },
  legendHeading: { da: 'Sådan læses sammenligningen', en: 'How to read the comparison' },
  legendCovered: { da: 'Standarden har et afsnit om kravet med tekst i.', en: 'The standard has a section on the item with text in it.' },
  legendPartial: {
    da: (words: number) =>
      `Kravet har kun et tomt afsnit, eller det er kun nævnt med en markering eller i et underafsnit under et andet krav med under ${words} ord.`,
    en: (words) =>
      `The item has only an empty section, or it is only named by a marker or in a sub-section under another item with fewer than ${words} words.`,
  },
  legendMissing: { da: 'Standarden har intet afsnit om kravet.', en: 'The standard has no section on the item.' },
  legendNotStated: {
    da: 'Standarden angiver det ikke (eller værktøjet fandt det ikke i teksten).',
    en: 'The standard does not state it (or the tool did not find it in the text).',
  },
  legendRequired: {
    da: 'Påkrævede krav er dem, regelsættet kræver; anbefalede krav tæller ikke med i procenten. Flere forskellige værdier i en celle (adskilt af /) betyder, at standarden siger to ting.',
    en: 'Required items are those the rule set demands; recommended items do not count towards the percentage. Several different values in one cell (separated by /) mean the standard says two things.',
  },
  legendRevision: {
    da: 'Revision senest er revisionsdatoen i standardens oplysninger, ellers godkendelsesdatoen plus 2 år (eller et kortere interval, hvis standarden angiver det). Overskredet betyder, at datoen ligger før sammenligningens dato.',
    en: "Revision due is the revision date in the standard's front-matter, else the approval date plus 2 years (or a shorter interval if the standard states one). Overdue means the date lies before the comparison's date.",
  },
  lixHelp: { da: shared.da.lixHelp, en: shared.en.lixHelp },
  // CLI.
  badFormat: {
    da: (value: string) => `Ukendt format "${value}". Vælg et af: html, csv, json, md.`,
    en: (value) => `Unknown format "${value}". Choose one of: html, csv, json, md.`,
  },
  cannotWrite: {
    da: (path: string, reason: string) => `Kan ikke skrive --out ${path} (${reason}). Angiv en fil i en mappe, du kan skrive i.`,
    en: (path, reason) => `Cannot write --out ${path} (${reason}). Give a file in a folder you can write to.`,
  },
  unreadable: {
    da: (path: string, reason: string) => `${path} er udeladt: ${reason}`,
    en: (path, reason) => `${path} is left out: ${reason}`,
  },
  wrote: {
    da: (path: string, count: number) => `Skrev ${path} (${count} standarder).`,
    en: (path, count) => `Wrote ${path} (${count} standards).`,
  },
});

export type CompareWords = (typeof compareWords)['da'];
