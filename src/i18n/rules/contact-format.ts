import { messages } from '../index.js';

/** A contact detail as written that a person cannot use (src/model/facts/). */
type Contact = {
  fault: 'digits' | 'leading-zero' | 'scheme' | 'host' | 'tld' | 'local';
  written: string;
  where: 'text' | 'link' | 'front-matter';
  digits?: number;
};

const where = (contact: Contact, prefix: string) => (contact.where === 'front-matter' ? prefix : '');
const whereDa = (contact: Contact) => where(contact, 'I front-matter under kontakt: ');
const whereEn = (contact: Contact) => where(contact, 'In the front-matter under kontakt: ');

const emailWhy = {
  da: {
    local: 'der mangler noget foran @, eller der står tegn, som ikke må være i en e-mailadresse',
    host: 'domænet efter @ er ikke et gyldigt domæne',
    tld: 'domænet mangler en endelse som .dk',
  },
  en: {
    local: 'the part before @ is missing or holds characters an address cannot have',
    host: 'the domain after @ is not a valid domain',
    tld: 'the domain has no ending such as .dk',
  },
};
const emailFault = (contact: Contact) => (contact.fault === 'local' || contact.fault === 'tld' ? contact.fault : 'host');

const urlWhy = {
  da: {
    scheme: 'den begynder forkert (skriv https:// eller www.)',
    host: 'domænenavnet er ikke gyldigt',
    tld: 'domænet mangler en endelse som .dk',
    local: 'adressen er ikke gyldig',
    digits: 'adressen er ikke gyldig',
    'leading-zero': 'adressen er ikke gyldig',
  },
  en: {
    scheme: 'it starts wrongly (write https:// or www.)',
    host: 'the domain name is not valid',
    tld: 'the domain has no ending such as .dk',
    local: 'the address is not valid',
    digits: 'the address is not valid',
    'leading-zero': 'the address is not valid',
  },
};

export const contactFormatMessages = messages({
  phoneLeadingZero: {
    da: ({ contact: c }: { contact: Contact }) =>
      `${whereDa(c)}Telefonnummeret "${c.written}" begynder med 0. Danske telefonnumre har 8 cifre og begynder ikke med 0.`,
    en: ({ contact: c }) => `${whereEn(c)}The phone number "${c.written}" starts with 0. Danish phone numbers have 8 digits and do not start with 0.`,
  },
  correctNumber: { da: 'Ret nummeret, fx "72 33 55 50".', en: 'Correct the number, e.g. "72 33 55 50".' },
  phoneDigits: {
    da: ({ contact: c }: { contact: Contact }) =>
      `${whereDa(c)}Telefonnummeret "${c.written}" har ${c.digits ?? '?'} cifre. Et dansk telefonnummer har 8 cifre.`,
    en: ({ contact: c }) => `${whereEn(c)}The phone number "${c.written}" has ${c.digits ?? '?'} digits. A Danish phone number has 8 digits.`,
  },
  eightDigits: {
    da: 'Skriv nummeret med 8 cifre, gerne i par: "72 33 55 50" eller "+45 72 33 55 50".',
    en: 'Write the number with 8 digits, preferably in pairs: "72 33 55 50" or "+45 72 33 55 50".',
  },
  email: {
    da: ({ contact: c }: { contact: Contact }) => `${whereDa(c)}E-mailadressen "${c.written}" er ikke gyldig: ${emailWhy.da[emailFault(c)]}.`,
    en: ({ contact: c }) => `${whereEn(c)}The e-mail address "${c.written}" is not valid: ${emailWhy.en[emailFault(c)]}.`,
  },
  wholeAddress: {
    da: 'Skriv hele adressen, fx "rusmiddelcenter@kommune.dk".',
    en: 'Write the whole address, e.g. "rusmiddelcenter@kommune.dk".',
  },
  url: {
    da: ({ contact: c }: { contact: Contact }) => `${whereDa(c)}Webadressen "${c.written}" virker ikke: ${urlWhy.da[c.fault]}.`,
    en: ({ contact: c }) => `${whereEn(c)}The web address "${c.written}" does not work: ${urlWhy.en[c.fault]}.`,
  },
  fullAddress: {
    da: 'Skriv den fulde adresse, fx "www.tilbudsportalen.dk" eller "https://www.kommune.dk/rusmidler", og prøv at åbne den.',
    en: 'Write the full address, e.g. "www.tilbudsportalen.dk" or "https://www.kommune.dk/rusmidler", and try opening it.',
  },
});
