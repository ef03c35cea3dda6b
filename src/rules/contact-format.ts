/**
 * contact-format: phone numbers, e-mail and web addresses can be used as written.
 *
 * A citizen copies the number or the address from the standard. A phone number
 * of 7 digits, an e-mail address without a domain ending, or
 * "www.tilbudsportalen" without ".dk" leads nowhere. Each malformed one, in the
 * text or under `kontakt` in the front-matter, is a warning at its place.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4 (clear information to the citizen); otherwise a rule of the tool itself.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   Ring til rusmiddelcentret på tlf. 72 33 55 50, eller skriv til rusmiddelcenter@eksempelby.dk.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   Ring til rusmiddelcentret på tlf. 72 33 555, eller skriv til rusmiddelcenter@eksempelby.
 */
import type { Rule } from './rule.js';
import type { Lang } from '../types.js';
import { docsUrl } from '../meta.js';
import { contactProblems, type ContactProblem } from '../model/facts.js';

function describe(problem: ContactProblem, lang: Lang): { message: string; hint: string } {
  const w = problem.written;
  const da = lang === 'da';
  const where = problem.where === 'front-matter' ? (da ? 'I front-matter under kontakt: ' : 'In the front-matter under kontakt: ') : '';
  switch (problem.kind) {
    case 'phone':
      return problem.fault === 'leading-zero'
        ? {
            message: da
              ? `${where}Telefonnummeret "${w}" begynder med 0. Danske telefonnumre har 8 cifre og begynder ikke med 0.`
              : `${where}The phone number "${w}" starts with 0. Danish phone numbers have 8 digits and do not start with 0.`,
            hint: da ? 'Ret nummeret, fx "72 33 55 50".' : 'Correct the number, e.g. "72 33 55 50".',
          }
        : {
            message: da
              ? `${where}Telefonnummeret "${w}" har ${problem.digits ?? '?'} cifre. Et dansk telefonnummer har 8 cifre.`
              : `${where}The phone number "${w}" has ${problem.digits ?? '?'} digits. A Danish phone number has 8 digits.`,
            hint: da
              ? 'Skriv nummeret med 8 cifre, gerne i par: "72 33 55 50" eller "+45 72 33 55 50".'
              : 'Write the number with 8 digits, preferably in pairs: "72 33 55 50" or "+45 72 33 55 50".',
          };
    case 'email': {
      const why = {
        local: da ? 'der mangler noget foran @, eller der står tegn, som ikke må være i en e-mailadresse' : 'the part before @ is missing or holds characters an address cannot have',
        host: da ? 'domænet efter @ er ikke et gyldigt domæne' : 'the domain after @ is not a valid domain',
        tld: da ? 'domænet mangler en endelse som .dk' : 'the domain has no ending such as .dk',
      }[problem.fault === 'local' || problem.fault === 'tld' ? problem.fault : 'host'];
      return {
        message: da ? `${where}E-mailadressen "${w}" er ikke gyldig: ${why}.` : `${where}The e-mail address "${w}" is not valid: ${why}.`,
        hint: da ? 'Skriv hele adressen, fx "rusmiddelcenter@kommune.dk".' : 'Write the whole address, e.g. "rusmiddelcenter@kommune.dk".',
      };
    }
    case 'url': {
      const why = {
        scheme: da ? 'den begynder forkert (skriv https:// eller www.)' : 'it starts wrongly (write https:// or www.)',
        host: da ? 'domænenavnet er ikke gyldigt' : 'the domain name is not valid',
        tld: da ? 'domænet mangler en endelse som .dk' : 'the domain has no ending such as .dk',
        local: da ? 'adressen er ikke gyldig' : 'the address is not valid',
        digits: da ? 'adressen er ikke gyldig' : 'the address is not valid',
        'leading-zero': da ? 'adressen er ikke gyldig' : 'the address is not valid',
      }[problem.fault];
      return {
        message: da ? `${where}Webadressen "${w}" virker ikke: ${why}.` : `${where}The web address "${w}" does not work: ${why}.`,
        hint: da
          ? 'Skriv den fulde adresse, fx "www.tilbudsportalen.dk" eller "https://www.kommune.dk/rusmidler", og prøv at åbne den.'
          : 'Write the full address, e.g. "www.tilbudsportalen.dk" or "https://www.kommune.dk/rusmidler", and try opening it.',
      };
    }
  }
}

export const contactFormat: Rule = {
  meta: {
    id: 'contact-format',
    description: {
      da: 'Telefonnumre, e-mailadresser og webadresser skal være skrevet, så borgeren kan bruge dem: 8 cifre, et gyldigt domæne med endelse som .dk.',
      en: 'Phone numbers, e-mail addresses and web addresses must be usable: 8 digits, a valid domain with an ending such as .dk.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 4 (klar information til borgeren); i øvrigt værktøjets egen regel',
      en: 'Executive order no. 1477 of 17/12/2019 § 4 (clear information to the citizen); otherwise a rule of the tool itself',
    },
    severity: 'warning',
    docs: docsUrl('contact-format'),
  },
  check(context) {
    for (const problem of contactProblems(context.standard)) {
      const { message, hint } = describe(problem.value, context.lang);
      context.report({ position: problem.position, message, hint });
    }
  },
};
