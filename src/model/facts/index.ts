/**
 * Facts stated in the accepted text: the treatment guarantee, the complaint
 * deadline, follow-up after treatment ends, age limits, contact details (and
 * the malformed ones), legal references, the revision interval and anonymous
 * treatment (§ 101 a).
 *
 * The words and phrases come from schemas/facts.json. Extraction is linear in
 * the size of the text: one walk over the blocks (paragraphs, headings, table
 * cells), a scanner that cuts sentences, character tests (a table for
 * Latin-1) and a sticky regular expression without nested quantifiers for
 * tokens, and every look-around bounded by a constant window. A scan that
 * cannot find anything in a sentence is skipped after a cheap test of the
 * sentence. Each fact's position is where the phrase stating it is in the
 * original file (CriticMarkup and escapes included); its text is the sentence.
 *
 * One module per kind of fact; this one runs them in one pass and is the API.
 */
import type { ContactProblem, Fact, Facts, Standard } from '../../types.js';
import type { Block } from '../text/blocks.js';
import { analyse, collapse, positionIn, type Context, type FactSentence } from './context.js';
import { quantities } from './tokens.js';
import { deadlines } from './deadlines.js';
import { followUp } from './follow-up.js';
import { ages } from './ages.js';
import { revision } from './revision.js';
import { legalReferences } from './legal-references.js';
import { contacts, linkContacts } from './contacts.js';
import { contactProblemsOf } from './contact-problems.js';
import { anonymous } from './anonymous.js';

export type { ContactFault, ContactKind, ContactProblem } from '../../types.js';
export type { FactSentence } from './context.js';
export type { FactsData } from './data.js';
export { emptyFacts, factsData, mentionsAny } from './data.js';
export { splitSentences } from '../text/sentences.js';
export { numberValue } from './tokens.js';
export { isFollowUpAfterEnd } from './follow-up.js';
export { emailFault, phoneFault, urlFault } from './contact-faults.js';
export { ownKommuneNames } from './anonymous.js';

export function extractFacts(standard: Omit<Standard, 'facts'>): Facts {
  return run(standard).facts;
}

/**
 * The model extracts the facts, and factSentences and contactProblems ask for
 * the same pass: keep the last pass of each tree and reuse it while the
 * standard is the same (same tree, text and sections), instead of a second pass.
 */
const passes = new WeakMap<object, Context>();

function samePass(standard: Omit<Standard, 'facts'>): Context | undefined {
  const context = passes.get(standard.tree);
  const earlier = context?.standard;
  const same =
    earlier !== undefined &&
    earlier.source === standard.source &&
    earlier.sections === standard.sections &&
    earlier.frontMatter === standard.frontMatter &&
    earlier.title === standard.title;
  return same ? context : undefined;
}

function run(standard: Omit<Standard, 'facts'>): Context {
  const done = samePass(standard);
  if (done) return done;
  const context = analyse(standard);
  const contactsByBlock = new Map<Block, { phone: boolean; web: boolean }>();
  for (const sentence of context.sentences) {
    const found = contacts(context, sentence);
    const seen = contactsByBlock.get(sentence.block) ?? { phone: false, web: false };
    contactsByBlock.set(sentence.block, { phone: seen.phone || found.phone, web: seen.web || found.web });
    const tokens = sentence.tokens;
    const amounts = quantities(tokens);
    deadlines(context, sentence, amounts);
    followUp(context, sentence, amounts);
    ages(context, sentence, amounts);
    revision(context, sentence);
    legalReferences(context, sentence);
  }
  for (const block of context.blocks) linkContacts(context, block);
  anonymous(context, contactsByBlock);
  const byPlace = (a: Fact<unknown>, b: Fact<unknown>) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0);
  for (const list of Object.values(context.facts) as Array<Array<Fact<unknown>>>) list.sort(byPlace);
  context.facts.contactProblems = contactProblemsOf(context);
  passes.set(standard.tree, context);
  return context;
}

/** Every sentence of the accepted text with its place and section. */
export function factSentences(standard: Omit<Standard, 'facts'>): FactSentence[] {
  const context = samePass(standard) ?? analyse(standard);
  return context.sentences.map((sentence) => ({
    text: collapse(sentence.raw),
    position: positionIn(context, sentence.block, sentence.start, sentence.end),
    ...(sentence.block.section !== undefined ? { section: sentence.block.section } : {}),
    heading: sentence.block.heading,
  }));
}

/** Malformed phone numbers, e-mail addresses and URLs: the facts' `contactProblems`, for a standard without facts. */
export function contactProblems(standard: Omit<Standard, 'facts'>): Array<Fact<ContactProblem>> {
  return run(standard).facts.contactProblems;
}
