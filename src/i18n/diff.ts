/** The words of `kvs diff`: Danish first, as the note goes to a Danish committee. */
import { words } from './index.js';
import { shared } from './shared.js';

export const diffWords = words({
  diff: {
    da: 'hvad er ændret mellem to udgaver af en standard: afsnit, fakta og oplysninger (til udvalget)',
    en: 'what changed between two versions of a standard: sections, facts and information (for the committee)',
  },
  diffFiles: { da: 'den gamle og den nye fil, eller én fil med --rev', en: 'the old and the new file, or one file with --rev' },
  diffFormat: { da: 'uddataformat: md eller json', en: 'output format: md or json' },
  diffRev: {
    da: 'git-revisioner af filen: A..B, eller A for revision A mod filen, som den er nu',
    en: 'git revisions of the file: A..B, or A for revision A against the file as it is now',
  },
  heading: { da: 'Ændringer siden sidste revision', en: 'Changes since the last revision' },
  compared: {
    da: (old: string, now: string) => `Sammenligning af ${old} (før) og ${now} (nu).`,
    en: (old, now) => `Comparison of ${old} (before) and ${now} (now).`,
  },
  none: {
    da: 'Ingen ændringer: den godkendte tekst, fakta og oplysningerne om standarden er de samme.',
    en: 'No changes: the accepted text, the facts and the information about the standard are the same.',
  },
  facts: { da: 'Fakta', en: 'Facts' },
  frontMatter: { da: 'Oplysninger om standarden', en: 'Information about the standard' },
  changed: { da: 'Ændrede afsnit', en: 'Changed sections' },
  added: { da: 'Nye afsnit', en: 'New sections' },
  removed: { da: 'Fjernede afsnit', en: 'Removed sections' },
  renamed: { da: (old: string) => `hed før «${old}»`, en: (old) => `formerly «${old}»` },
  words: {
    da: (old: number, now: number) => (old === now ? `${now} ord` : `${old} → ${now} ord`),
    en: (old, now) => (old === now ? `${now} words` : `${old} → ${now} words`),
  },
  wordChange: {
    da: (removed: number, added: number) =>
      [removed > 0 ? `${removed} ord fjernet` : '', added > 0 ? `${added} ord tilføjet` : ''].filter(Boolean).join(', '),
    en: (removed, added) =>
      [removed > 0 ? `${removed} words removed` : '', added > 0 ? `${added} words added` : ''].filter(Boolean).join(', '),
  },
  moreHunks: {
    da: (count: number) => `og ${count} ${count === 1 ? 'ændring' : 'ændringer'} mere`,
    en: (count) => `and ${count} more ${count === 1 ? 'change' : 'changes'}`,
  },
  notStated: { da: 'ikke angivet', en: 'not stated' },
  removedValues: { da: (values: string) => `fjernet ${values}`, en: (values) => `removed ${values}` },
  addedValues: { da: (values: string) => `tilføjet ${values}`, en: (values) => `added ${values}` },
  factNames: {
    da: {
      guaranteeDays: 'Behandlingsgaranti',
      complaintDays: 'Klagefrist',
      followUpMonths: 'Opfølgning efter endt behandling',
      revisionYears: 'Revisionsinterval',
      ageLimits: 'Aldersgrænser',
      phones: 'Telefonnumre',
      emails: 'E-mailadresser',
      urls: 'Webadresser',
      legalReferences: 'Lovhenvisninger',
    },
    en: {
      guaranteeDays: 'Treatment guarantee',
      complaintDays: 'Complaint deadline',
      followUpMonths: 'Follow-up after treatment',
      revisionYears: 'Revision interval',
      ageLimits: 'Age limits',
      phones: 'Phone numbers',
      emails: 'E-mail addresses',
      urls: 'Web addresses',
      legalReferences: 'Legal references',
    },
  },
  days: { da: shared.da.days, en: shared.en.days },
  months: { da: shared.da.months, en: shared.en.months },
  years: { da: (n: number) => `${n} år`, en: (n) => `${n} ${n === 1 ? 'year' : 'years'}` },
  ageFrom: { da: (n: number) => `fra ${n} år`, en: (n) => `from ${n}` },
  ageTo: { da: (n: number) => `til og med ${n} år`, en: (n) => `up to and including ${n}` },
  ageRange: { da: (min: number, max: number) => `${min}–${max} år`, en: (min, max) => `${min}–${max}` },
  fieldNames: {
    da: {
      kommune: 'Kommune',
      samarbejdskommuner: 'Samarbejdskommuner',
      titel: 'Titel',
      omraade: 'Område',
      lovgrundlag: 'Lovgrundlag',
      status: 'Status',
      'godkendt.af': 'Godkendt af',
      'godkendt.dato': 'Godkendt dato',
      'revision.dato': 'Næste revision',
      'revision.interval_aar': 'Revisionsinterval (år)',
      kontakt: 'Kontakt',
    } as Record<string, string>,
    en: {
      kommune: 'Kommune',
      samarbejdskommuner: 'Partner kommuner',
      titel: 'Title',
      omraade: 'Area',
      lovgrundlag: 'Legal basis',
      status: 'Status',
      'godkendt.af': 'Approved by',
      'godkendt.dato': 'Approval date',
      'revision.dato': 'Next revision',
      'revision.interval_aar': 'Revision interval (years)',
      kontakt: 'Contact',
    },
  },
  contact: { da: (index: number, field: string) => `Kontakt ${index}: ${field}`, en: (index, field) => `Contact ${index}: ${field}` },
  badFormat: {
    da: (value: string) => `Ukendt format "${value}". Vælg md eller json.`,
    en: (value) => `Unknown format "${value}". Choose md or json.`,
  },
  badRev: {
    da: (value: string) =>
      `--rev skal være to git-revisioner som "A..B" (eller "A" for revision A mod filen, som den er nu), ikke "${value}".`,
    en: (value) => `--rev must be two git revisions like "A..B" (or "A" for revision A against the file as it is now), not "${value}".`,
  },
  revNeedsOneFile: { da: 'Med --rev angives én fil: kvs diff FIL --rev A..B', en: 'With --rev give one file: kvs diff FILE --rev A..B' },
  needsTwoFiles: {
    da: 'Angiv to filer (kvs diff GAMMEL NY) eller én fil med --rev A..B.',
    en: 'Give two files (kvs diff OLD NEW) or one file with --rev A..B.',
  },
  unreadable: {
    da: (path: string, reason: string) => `${path} kan ikke læses (${reason}).`,
    en: (path, reason) => `${path} cannot be read (${reason}).`,
  },
  gitMissing: { da: 'git findes ikke på denne maskine; --rev kræver git.', en: 'git is not installed on this machine; --rev needs git.' },
  gitFailed: {
    da: (spec: string, reason: string) => `git kan ikke vise ${spec}: ${reason}`,
    en: (spec, reason) => `git cannot show ${spec}: ${reason}`,
  },
  workingCopy: { da: 'arbejdskopien', en: 'the working copy' },
});

export type DiffWords = (typeof diffWords)['da'];
