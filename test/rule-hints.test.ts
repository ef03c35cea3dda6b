/**
 * Every "Skriv fx: …" a rule gives as its hint passes that rule: a writer who
 * copies the hint into the section it is about gets no finding from the rule
 * that suggested it. (The requirement examples `kvs new` writes are checked in
 * test/new.test.ts, the rules' @examples in test/rules/.)
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { checkText } from '../src/check/check.js';
import { requirementCatalogue } from '../src/law/catalogue.js';
import type { Message } from '../src/i18n/index.js';

/** The requirement whose section each rule with a writing hint reads. */
const sectionOf: Record<string, string> = {
  'guarantee-days': 'behandlingsgaranti',
  'follow-up-schedule': 'behandlingsplan',
  'complaint-deadline': 'klageadgang',
};

/** The Danish sentences a rule's messages quote after "Skriv fx:". */
function hintsOf(messages: Record<string, Message>): string[] {
  return Object.values(messages)
    .map((message) => (typeof message.da === 'string' ? message.da : ''))
    .flatMap((text) => [...text.matchAll(/Skriv fx: "([^"]+)"/gu)].map((match) => match[1]!));
}

const withHints = rules.map((rule) => ({ id: rule.meta.id, hints: hintsOf(rule.meta.messages) })).filter((rule) => rule.hints.length > 0);

describe('rule hints', () => {
  it('every rule with a "Skriv fx" hint is covered here', () => {
    expect(withHints.map((rule) => rule.id).sort()).toEqual(Object.keys(sectionOf).sort());
  });

  it.each(withHints.map((rule) => [rule.id, rule.hints] as const))('%s: its own hints, written in its section, pass it', (id, hints) => {
    const requirement = requirementCatalogue().find((r) => r.key === sectionOf[id])!;
    for (const asOf of ['2019-06-01', '2026-11-25']) {
      const text = `# Kvalitetsstandard for social behandling af stofmisbrug\n\n## ${requirement.title.da}\n\n${hints.join(' ')}\n`;
      const findings = checkText(text, 'hint.md', { asOf }).findings.filter((finding) => finding.ruleId === id);
      expect(findings, `${id} ${asOf}: ${hints.join(' | ')}`).toEqual([]);
    }
  });
});
