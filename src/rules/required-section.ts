/**
 * required-section: the standard has a section for every topic the law requires.
 *
 * BEK nr. 1477 § 4, stk. 1 lists what a quality standard for § 101 must
 * describe (the tasks, the target group, the treatment guarantee, free choice,
 * the complaints procedure and more); the rule set in force on the check date
 * adds the newer items (gift vouchers from 2020) and the guidance topics. A
 * section is found by its heading (schemas/requirements.json lists the
 * headings kommuner use, kvs.config.json `headings` adds a project's own) or by
 * a `<!-- kvs-krav: … -->` comment, and by meaning (src/model/recognition/):
 * a heading's words ("Kan jeg få tilbuddet?") backed by its text. Each missing
 * topic is one finding at the title, with the law, a heading to use and an
 * example sentence; a missing guidance topic is a warning. A topic the text
 * seems to describe without a heading saying so (a paragraph on kost og logi
 * under another heading, a misspelt heading) is a warning at that place
 * instead: "ser ud til at handle om …", "Mente du …?". A section marked as
 * several topics with too few words for them gets a warning.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4, stk. 1 (what the standard describes).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Lovgrundlag
 *
 *   Behandlingen gives efter serviceloven § 101 og § 101 a.
 *
 *   ## Opgaver på stofmisbrugsområdet
 *
 *   Vi tilbyder rådgivning, ambulant behandling og dagbehandling.
 *
 *   ## Målgruppe
 *
 *   Tilbuddet er til borgere over 18 år med et problematisk forbrug af stoffer.
 *
 *   ## Formål
 *
 *   Målet er, at du stopper eller mindsker dit forbrug.
 *
 *   ## Organisering
 *
 *   Rusmiddelcentret hører under social- og sundhedsområdet.
 *
 *   ### Døgnbehandling
 *
 *   Vi bruger kun døgntilbud, som Socialtilsynet har godkendt.
 *
 *   ## Visitation
 *
 *   Du kan ringe eller møde op, og så taler vi om, hvad du har brug for.
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest 14 dage efter, at du har henvendt dig.
 *
 *   ## Frit valg
 *
 *   Du kan vælge et andet offentligt eller privat tilbud af samme type.
 *
 *   ## Opfølgning på behandlingsplanen
 *
 *   Vi kontakter dig 1 måned og igen 6 måneder efter, at behandlingen er slut.
 *
 *   ## Handleplan
 *
 *   Du får tilbudt en handleplan efter serviceloven § 141.
 *
 *   ## Brugerinddragelse
 *
 *   Du er med til at sætte målene for din behandling.
 *
 *   ## Egenbetaling
 *
 *   Behandlingen er gratis.
 *
 *   ## Klageadgang
 *
 *   Du kan klage inden 4 uger. Kommunen genvurderer afgørelsen og sender ellers klagen til Ankestyrelsen.
 *
 *   ## Personalets faglige kvalifikationer
 *
 *   Behandlerne er socialrådgivere og sygeplejersker med efteruddannelse.
 *
 *   ## Monitorering
 *
 *   Vi indberetter til Stofmisbrugsdatabasen.
 *
 *   ## Gavekort
 *
 *   Du kan få gavekort, når det støtter dine mål.
 *
 *   ## Børn i familien
 *
 *   Har du børn, taler vi med dig om, hvordan de har det.
 *
 *   ## Den fremtidige indsats
 *
 *   Vi styrker tilbuddet til unge de næste to år.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for stofmisbrugsbehandling
 *
 *   ## Målgruppe
 *
 *   Tilbuddet er til voksne med et problematisk forbrug af stoffer.
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest 14 dage efter, at du har henvendt dig.
 */
import type { Rule } from './rule.js';
import type { Section, TopicEvidence } from '../types.js';
import { validateModel } from '../model/model-schema.js';
import { docsUrl } from '../meta.js';
import { requiredSectionMessages as messages } from '../i18n/rules/required-section.js';

export const requiredSection: Rule<typeof messages> = {
  meta: {
    id: 'required-section',
    description: {
      da: 'Standarden skal have et afsnit for hvert emne, loven kræver.',
      en: 'The standard must have a section for every topic the law requires.',
    },
    law: { da: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1', en: 'Executive order no. 1477 of 17/12/2019 § 4(1)' },
    severity: 'error',
    docs: docsUrl('required-section'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { sections } = context.standard;
    for (const problem of validateModel(context.standard, context.requirements)) {
      if (problem.kind !== 'missing') continue;
      const r = problem.requirement;
      const guess = probableEvidence(sections, r.key);
      if (guess) {
        const { section, evidence } = guess;
        if (evidence.how === 'misspelt') {
          const data = { suggestion: evidence.suggestion ?? r.title.da, requirement: r };
          context.report({ severity: 'warning', requirement: r.key, law: r.law, position: evidence.position, messageId: 'didYouMean', hintId: 'rename', data });
        } else {
          const data = { requirement: r, heading: section.heading, words: evidence.words };
          context.report({ severity: 'warning', requirement: r.key, law: r.law, position: evidence.position, messageId: 'probable', hintId: 'nameIt', data });
        }
        continue;
      }
      context.report({
        severity: r.severity,
        requirement: r.key,
        law: r.law,
        position: problem.position,
        messageId: 'missing',
        hintId: 'addHeading',
        data: { requirement: r },
      });
    }
    for (const section of sections) {
      const marked = Object.values(section.matchedBy).filter((how) => how === 'marker').length;
      if (marked < 2 || section.words >= wordsPerMarkedTopic * marked) continue;
      context.report({
        severity: 'warning',
        position: section.position,
        messageId: 'markTooShort',
        hintId: 'oneMarkEach',
        data: { heading: section.heading, count: marked, words: section.words },
      });
    }
  },
};

/** A section marked as several topics needs room for each: fewer words than this per topic cannot describe them. */
const wordsPerMarkedTopic = 15;

/** The strongest place the recognition thinks a topic is written about, if any: a misspelt heading, a heading's words, then the text. */
function probableEvidence(sections: readonly Section[], key: string): { section: Section; evidence: TopicEvidence } | undefined {
  const order: Array<TopicEvidence['how']> = ['misspelt', 'heading-words', 'text'];
  let best: { section: Section; evidence: TopicEvidence } | undefined;
  for (const section of sections) {
    for (const evidence of section.evidence) {
      if (evidence.key !== key || evidence.outcome !== 'probable') continue;
      if (!best || order.indexOf(evidence.how) < order.indexOf(best.evidence.how)) best = { section, evidence };
    }
  }
  return best;
}
