/**
 * document-scope: a § 101 standard that also covers another area.
 *
 * Many kommuner write one standard for drug and alcohol treatment together
 * (serviceloven § 101 and sundhedsloven § 141). That is a § 101 standard and
 * is checked as one; this rule only says, as an info that never counts, that
 * the other part is not checked against its law. It never reports another
 * area's standard: that is document-kind's error.
 *
 * Law: Serviceloven § 101 and sundhedsloven § 141 (schemas/document-kinds.json).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   Tilbuddet er til dig, der har et problem med hash, kokain eller andre stoffer (serviceloven § 101).
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for behandling af alkohol- og stofmisbrug
 *
 *   Tilbuddet er til dig, der har et problem med alkohol, hash eller kokain (serviceloven § 101 og sundhedsloven § 141).
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { both } from '../i18n/index.js';
import { documentScopeMessages as messages } from '../i18n/rules/document-scope.js';
import { documentKind, documentKindName } from '../model/document-kind.js';

export const documentScope: Rule<typeof messages> = {
  meta: {
    id: 'document-scope',
    description: {
      da: 'En § 101-standard, der også dækker et andet område (fx alkoholbehandling efter sundhedsloven § 141). Det er tilladt og tælles ikke; værktøjet tjekker kun § 101-delen.',
      en: 'A § 101 standard that also covers another area (e.g. alcohol treatment under the Health Act § 141). That is allowed and not counted; the tool checks only the § 101 part.',
    },
    law: {
      da: 'Serviceloven § 101 og sundhedsloven § 141',
      en: 'Social Services Act § 101 and Health Act § 141',
    },
    severity: 'info',
    docs: docsUrl('document-scope'),
    messages,
  },
  check(context) {
    const { standard } = context;
    for (const other of documentKind(standard).scope ?? []) {
      context.report({
        severity: 'info',
        position: standard.title.position,
        messageId: 'alsoCovers',
        data: { area: both((lang) => documentKindName(other.kind, lang)), evidence: other.evidence },
      });
    }
  },
};
