/**
 * frontmatter-schema: the details at the top of the file are there, in the right form.
 *
 * The front-matter (YAML between two lines of ---) says which kommune adopted
 * the standard and when, on which legal basis, when it is revised next and how
 * to get in touch; the build prints it on every leaflet, and revision-overdue
 * reads its dates. Its shape is schemas/frontmatter.schema.json. No
 * front-matter at all is one error at line 1; each field that is missing or
 * malformed (a date that is not a date, an unknown status) is one error at the
 * field.
 *
 * Law: BEK nr. 1477 af 17/12/2019 §§ 1 and 3 (adopted by the municipal council, revised at least every second year, published).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   kommune: Eksempelby Kommune
 *   titel: Kvalitetsstandard for social behandling af stofmisbrug
 *   omraade: SEL § 101
 *   godkendt:
 *     af: Kommunalbestyrelsen
 *     dato: 2026-03-18
 *   status: vedtaget
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   ---
 *   kommune: Eksempelby Kommune
 *   titel: Kvalitetsstandard for social behandling af stofmisbrug
 *   omraade: SEL § 101
 *   godkendt:
 *     af: Kommunalbestyrelsen
 *     dato: 18. marts 2026
 *   status: godkendt
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { frontmatterSchemaMessages as messages } from '../i18n/rules/frontmatter-schema.js';

export const frontmatterSchema: Rule<typeof messages> = {
  meta: {
    id: 'frontmatter-schema',
    description: {
      da: 'Front-matter (YAML øverst i filen) skal have kommune, titel, område, lovgrundlag, godkendelse, revision, status og kontakt i det rigtige format.',
      en: 'The front-matter (YAML at the top of the file) must state kommune, title, area, legal basis, approval, revision, status and contacts in the right form.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 1 og § 3 (standarden vedtages af kommunalbestyrelsen, revideres mindst hvert andet år og offentliggøres)',
      en: 'Executive order no. 1477 of 17/12/2019 §§ 1 and 3 (adopted by the municipal council, revised at least every second year, published)',
    },
    severity: 'error',
    docs: docsUrl('frontmatter-schema'),
    messages,
  },
  check(context) {
    const { frontMatter } = context.standard;
    if (!frontMatter) {
      const start = { line: 1, column: 1, offset: 0 };
      context.report({
        position: { start, end: start },
        messageId: 'missing',
        hintId: 'seeFormat',
      });
      return;
    }
    for (const problem of frontMatter.problems) {
      context.report({ position: problem.position, messageId: 'problem', data: { problem: problem.message } });
    }
  },
};
