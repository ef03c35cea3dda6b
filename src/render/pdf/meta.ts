/**
 * What the booklet says about the standard, from the front-matter: title,
 * kommune, approval and revision in the booklet's language ("21. juni 2023"),
 * contacts, and the fixed date that makes the PDF reproducible.
 */
import { bookletWords } from '../../i18n/booklet.js';
import type { Lang } from '../../i18n/index.js';
import { shared, type DateWords } from '../../i18n/shared.js';
import type { RenderInput } from '../types.js';
import { nextRevision, readFacts } from '../html/facts.js';
import { keyFactLines, keyFacts, type KeyFactLines } from '../html/key-facts.js';

/**
 * The booklet is Danish whatever `--lang` says: it is typeset for the
 * kommune's citizens, hyphenated by Danish compounds (hyphenate.ts) and
 * tagged da-DK. `--lang` is the language kvs speaks to its user. The
 * catalogue (src/i18n/booklet.ts) has the booklet's English too.
 */
const BOOKLET_LANG: Lang = 'da';

export interface Contact {
  navn: string;
  adresse?: string;
  telefon?: string;
  email?: string;
  web?: string;
}

export interface BookletMeta {
  /** The language the booklet is written in. */
  lang: Lang;
  title: string;
  /** For the running header: the title without "… i <kommune>". */
  shortTitle: string;
  /** The title heading of the text when it differs from the title (a department's name), shown above the title as in the leaflet. */
  subtitle?: string;
  kommune: string;
  /** The kommune and its partners, e.g. "Ishøj Kommune og Vallensbæk Kommune". */
  kommuner: string;
  approvedBy?: string;
  /** "21. juni 2023", "juni 2023" or "2018". */
  approved?: string;
  /** The same with its preposition: "den 21. juni 2023", "i juni 2023", "i 2018". */
  approvedWhen?: string;
  /** The next revision in the same form, from revision.dato or approval + interval. */
  revision?: string;
  area?: string;
  legalBasis: string[];
  draft: boolean;
  contacts: Contact[];
  /** The guarantee, follow-up and complaint facts, from the computation the leaflet's box reads, worded for a table. */
  keyFacts: KeyFactLines;
  /** CreationDate and ModDate of the PDF. */
  date: Date;
}

export function bookletMeta(input: RenderInput): BookletMeta {
  const data = input.standard.frontMatter?.data ?? {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const record = (value: unknown): Record<string, unknown> =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

  const kommune = text(data.kommune) ?? '';
  const title = text(data.titel) ?? (input.standard.title.text.trim() || input.slug);
  const partners = Array.isArray(data.samarbejdskommuner) ? data.samarbejdskommuner.filter((k): k is string => typeof k === 'string') : [];
  const godkendt = record(data.godkendt);
  const approvedParts = dateParts(godkendt.dato);
  // The same date the leaflet, the overview and the comparison show (one computation).
  const revisionParts = nextRevision(readFacts(input.standard), input.standard);
  const contacts = (Array.isArray(data.kontakt) ? data.kontakt : [])
    .map(record)
    .filter((c) => text(c.navn))
    .map((c) => {
      const contact: Contact = { navn: text(c.navn)! };
      for (const key of ['adresse', 'telefon', 'email', 'web'] as const) {
        const value = text(c[key]);
        if (value) contact[key] = value;
      }
      return contact;
    });

  const lang = BOOKLET_LANG;
  const { date, when } = shared[lang];
  const meta: BookletMeta = {
    lang,
    title,
    shortTitle: shortTitle(title, kommune),
    kommune,
    kommuner: [kommune, ...partners].filter(Boolean).join(bookletWords[lang].and),
    legalBasis: Array.isArray(data.lovgrundlag) ? data.lovgrundlag.filter((l): l is string => typeof l === 'string') : [],
    draft: data.status === 'udkast',
    contacts,
    keyFacts: keyFactLines(keyFacts(input.standard), bookletWords[BOOKLET_LANG]),
    date: fixedDate(input.sourceDateEpoch, approvedParts),
  };
  const approvedBy = text(godkendt.af);
  if (approvedBy) meta.approvedBy = approvedBy;
  if (approvedParts) {
    meta.approved = date(approvedParts);
    meta.approvedWhen = when(approvedParts);
  }
  if (revisionParts) meta.revision = date(revisionParts);
  const area = text(data.omraade);
  if (area) meta.area = area;
  return meta;
}

function dateParts(value: unknown): DateWords | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'number' && Number.isInteger(value)) return { year: value };
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return undefined;
  const parts: DateWords = { year: Number(match[1]) };
  if (match[2]) parts.month = Number(match[2]);
  if (match[3]) parts.day = Number(match[3]);
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return undefined;
  return parts;
}

function fixedDate(sourceDateEpoch: number | undefined, approved: DateWords | undefined): Date {
  if (sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch)) return new Date(Math.trunc(sourceDateEpoch) * 1000);
  if (approved) return new Date(Date.UTC(approved.year, (approved.month ?? 1) - 1, approved.day ?? 1));
  return new Date(Date.UTC(2000, 0, 1));
}

function shortTitle(title: string, kommune: string): string {
  let short = title.replace(/\s+/g, ' ').trim();
  if (kommune) {
    const suffix = new RegExp(`\\s+(?:i|for)\\s+${escapeRegExp(kommune)}$`, 'i');
    short = short.replace(suffix, '');
  }
  return short;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
