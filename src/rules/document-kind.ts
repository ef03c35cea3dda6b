/**
 * document-kind: is this a § 101 drug-treatment standard at all?
 *
 * Kommuner write quality standards for many areas. Checked against the § 101
 * rule set, a standard for temporary housing (§ 107), home help (§ 83) or
 * alcohol treatment (sundhedsloven § 141) would drown in missing sections.
 * This rule reports one error at the title instead, saying which area the
 * document looks like; `documentKind` tells the runner the same, so it can
 * leave out the § 101 section findings.
 *
 * The decision is made from cue words (schemas/document-kinds.json, one entry
 * per area kommuner publish standards for), counted in the title (weighted
 * most), the lovgrundlag, the headings, the first sections, the prose and the
 * front-matter `omraade`. A citation of an area's own law in the title, the
 * front-matter or the lovgrundlag anchors that area: the best-anchored area
 * wins over vocabulary (§ 101 on a tie). A standard that covers drugs and
 * alcohol together is a § 101 standard (document-scope says so, as an info).
 * Too few cues for any area gives 'unknown', which is not reported.
 *
 * Law: Serviceloven § 101 and BEK nr. 1477 af 17/12/2019 (the tool's rule sets cover this area only).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for behandling af stofmisbrug
 *
 *   Tilbuddet er til dig, der har et problem med hash, kokain eller andre stoffer (serviceloven § 101).
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for midlertidigt botilbud (serviceloven § 107)
 *
 *   Du får et værelse i botilbuddet, og du kan gå med til beboermøder.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { both } from '../i18n/index.js';
import { documentKindMessages as messages } from '../i18n/rules/document-kind.js';
import { documentKind, documentKindName, isOtherArea } from '../model/document-kind.js';

export { compileDocumentKinds, documentKind, documentKindName, isOtherArea, type DocumentKind, type DocumentKindId } from '../model/document-kind.js';

export const documentKindRule: Rule<typeof messages> = {
  meta: {
    id: 'document-kind',
    description: {
      da: 'Dokumentet er ikke en kvalitetsstandard for social behandling af stofmisbrug (serviceloven § 101), men fx for midlertidigt botilbud (§ 107), hjemmehjælp (§ 83) eller alkoholbehandling (sundhedsloven § 141). Værktøjet har kun regelsæt for § 101.',
      en: 'The document is not a quality standard for social drug-abuse treatment (Social Services Act § 101) but e.g. for temporary housing (§ 107), home help (§ 83) or alcohol treatment (Health Act § 141). The tool has rule sets for § 101 only.',
    },
    law: {
      da: 'Serviceloven § 101 og BEK nr. 1477 af 17/12/2019 (værktøjets regelsæt gælder kun dette område)',
      en: 'Social Services Act § 101 and executive order no. 1477 of 17/12/2019 (the tool’s rule sets cover this area only)',
    },
    severity: 'error',
    docs: docsUrl('document-kind'),
    messages,
  },
  check(context) {
    const { standard } = context;
    const found = documentKind(standard);
    if (!isOtherArea(found)) return;
    const kind = found.kind;
    context.report({
      position: standard.title.position,
      messageId: 'otherArea',
      hintId: 'sayItIsSel101',
      data: {
        area: both((lang) => documentKindName(kind, lang)),
        sel101: both((lang) => documentKindName('sel101', lang)),
        evidence: found.evidence,
      },
    });
  },
};
