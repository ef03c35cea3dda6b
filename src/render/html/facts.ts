/**
 * The front-matter facts a page shows, read defensively: the data is whatever
 * the YAML held, even when it broke the schema, so every field is checked here.
 */
import type { Lang, Standard } from '../../types.js';
import { addYears, parsePartialDate, type PartialDate } from '../../model/dates.js';
import { shared } from '../../i18n/shared.js';
import { renderWords } from '../../i18n/render.js';

export interface Link {
  text: string;
  href: string;
}

export interface Contact {
  name: string;
  address?: string;
  phone?: Link;
  email?: Link;
  web?: Link;
}

export interface Facts {
  kommune?: string;
  /** The kommune and its samarbejdskommuner. */
  kommuner: string[];
  title?: string;
  status?: string;
  approvedBy?: string;
  approved?: PartialDate;
  revisionDate?: PartialDate;
  revisionInterval?: number;
  contacts: Contact[];
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
};

export function readFacts(standard: Standard): Facts {
  const data = standard.frontMatter?.data ?? {};
  const kommune = text(data.kommune);
  const partners = Array.isArray(data.samarbejdskommuner) ? data.samarbejdskommuner.flatMap((k) => text(k) ?? []) : [];
  const godkendt = record(data.godkendt);
  const revision = record(data.revision);
  const interval = revision?.interval_aar;
  const facts: Facts = {
    kommuner: [...(kommune ? [kommune] : []), ...partners],
    contacts: Array.isArray(data.kontakt) ? data.kontakt.flatMap((entry) => readContact(entry) ?? []) : [],
  };
  const set = <K extends keyof Facts>(key: K, value: Facts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  set('kommune', kommune);
  set('title', text(data.titel));
  set('status', text(data.status));
  set('approvedBy', text(godkendt?.af));
  set('approved', parsePartialDate(godkendt?.dato));
  set('revisionDate', parsePartialDate(revision?.dato));
  set('revisionInterval', typeof interval === 'number' && Number.isInteger(interval) && interval > 0 ? interval : undefined);
  return facts;
}

function readContact(entry: unknown): Contact | undefined {
  const fields = record(entry);
  const name = text(fields?.navn);
  if (!fields || !name) return undefined;
  const contact: Contact = { name };
  const address = text(fields.adresse);
  const phone = phoneLink(text(fields.telefon));
  const email = emailLink(text(fields.email));
  const web = webLink(text(fields.web));
  if (address) contact.address = address;
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  if (web) contact.web = web;
  return contact;
}

/** `tel:` with digits only; a leading + (as in +45) is kept. */
export function phoneLink(phone: string | undefined): Link | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/\D/gu, '');
  if (digits.length < 3) return undefined;
  return { text: phone, href: `tel:${phone.startsWith('+') ? '+' : ''}${digits}` };
}

export function emailLink(email: string | undefined): Link | undefined {
  if (!email || !/^[^\s@<>"'(),;:\\]+@[^\s@<>"'(),;:\\]+\.[^\s@<>"'(),;:\\]+$/u.test(email)) return undefined;
  return { text: email, href: `mailto:${email}` };
}

export function webLink(web: string | undefined): Link | undefined {
  if (!web || !/^https?:\/\//iu.test(web)) return undefined;
  try {
    const url = new URL(web);
    return { text: web.replace(/^https?:\/\//iu, '').replace(/\/$/u, ''), href: url.href };
  } catch {
    return undefined;
  }
}

/** "A", "A og B", "A, B og C" (English: "and"). */
export function joinNames(names: string[], lang: Lang): string {
  return shared[lang].list(names);
}

/** The law's longest time between revisions (BEK nr. 1477 af 17/12/2019 § 4: at least every other year). */
export const revisionYears = 2;

export interface RevisionDue {
  date: PartialDate;
  /** From revision.dato, or from the approval date plus the interval. */
  basis: 'revision-date' | 'approval';
  /** The years added to the approval date. */
  years?: number;
}

/**
 * When the standard is due for revision — the one computation behind the
 * overview, the comparison, the leaflet and the booklet: revision.dato; else
 * the approval date plus the interval (interval_aar, else the one interval
 * the text states), never more than the law's two years; else unknown.
 */
export function revisionDue(facts: Facts, standard: Standard): RevisionDue | undefined {
  if (facts.revisionDate) return { date: facts.revisionDate, basis: 'revision-date' };
  if (!facts.approved) return undefined;
  // Facts may be missing altogether in a model built before extraction existed.
  const textYears = [...new Set((standard.facts?.revisionYears ?? []).map((fact) => fact.value))];
  const given = facts.revisionInterval ?? (textYears.length === 1 ? textYears[0] : undefined) ?? revisionYears;
  const years = Math.min(given, revisionYears);
  return { date: addYears(facts.approved, years), basis: 'approval', years };
}

/** The date of revisionDue. */
export function nextRevision(facts: Facts, standard: Standard): PartialDate | undefined {
  return revisionDue(facts, standard)?.date;
}

/** "Godkendt af Byrådet den 21. juni 2023", "… i juni 2023", "… i 2018"; undefined when nothing is known. */
export function approvalText(facts: Facts, lang: Lang): string | undefined {
  const by = facts.approvedBy;
  const date = facts.approved;
  if (!by && !date) return undefined;
  return renderWords[lang].approval(by, date ? shared[lang].when(date) : undefined);
}
