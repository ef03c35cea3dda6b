/**
 * invalid-directive: a kvs comment names something the tool does not know.
 *
 * `<!-- kvs-disable-next-line … -->` and its kin switch rules off, and
 * `<!-- kvs-krav: … -->` says which topic a section covers. A typo there
 * silently does nothing: the finding it was meant to switch off stays, or the
 * section is not counted. The rule reports each unknown rule, topic or comment
 * name, with the closest known one, and a comment that names nothing.
 *
 * Law: none (a rule of the tool itself).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Hvis du er utilfreds
 *
 *   <!-- kvs-krav: klageadgang -->
 *
 *   Du kan klage inden 4 uger efter, at du har fået afgørelsen.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Hvis du er utilfreds
 *
 *   <!-- kvs-krav: klageadgangen -->
 *
 *   Du kan klage inden 4 uger efter, at du har fået afgørelsen.
 */
import { visit } from 'unist-util-visit';
import { closest } from 'fastest-levenshtein';
import type { Html } from 'mdast';
import type { Rule } from './rule.js';
import { directiveNames, parseComment } from '../model/directives.js';
import { docsUrl } from '../meta.js';
import { invalidDirectiveMessages as messages } from '../i18n/rules/invalid-directive.js';
import { requirementCatalogue } from '../law/catalogue.js';

/** A typo in a kvs comment would silently switch nothing off; say so instead. */
export const invalidDirective: Rule<typeof messages> = {
  meta: {
    id: 'invalid-directive',
    description: {
      da: 'En kvs-kommentar (kvs-krav, kvs-disable-…) nævner en ukendt regel eller et ukendt emne.',
      en: 'A kvs comment (kvs-krav, kvs-disable-…) names an unknown rule or requirement.',
    },
    law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
    severity: 'warning',
    docs: docsUrl('invalid-directive'),
    messages,
  },
  check(context) {
    const keys = requirementCatalogue().map((r) => r.key);
    const unknown = (name: string, known: string[]) => ({ name, guess: closest(name, known) });
    visit(context.standard.tree, 'html', (node: Html) => {
      const parsed = parseComment(node);
      if (!parsed) return;
      if (parsed.type === 'unknown') {
        context.report({ position: parsed.position, messageId: 'unknown', data: unknown(parsed.name, directiveNames) });
      } else if (parsed.type === 'marker') {
        if (parsed.keys.length === 0) {
          context.report({ position: parsed.position, messageId: 'markerWithoutKey' });
        }
        for (const key of parsed.keys.filter((k) => !keys.includes(k))) {
          context.report({ position: parsed.position, messageId: 'unknown', data: unknown(key, keys) });
        }
      } else {
        const { rules, position } = parsed.directive;
        if (rules.length === 0) {
          context.report({ position, messageId: 'disableWithoutRule' });
        }
        for (const rule of rules.filter((r) => !context.knownRules.includes(r))) {
          context.report({ position, messageId: 'unknown', data: unknown(rule, context.knownRules) });
        }
      }
    });
  },
};
