/**
 * Topics recognised by meaning, with evidence. After the known headings and
 * the `kvs-krav` marks (sections.ts), every section is read again:
 *
 * - a heading holding a topic's cue ("Kan jeg få tilbuddet?") covers it when
 *   its text backs it with a key term of the topic (or is empty, so
 *   empty-section says so), else it probably does;
 * - a misspelt known heading probably covers its topic ("Mente du …?");
 * - a topic nothing covers is looked for in the text: a paragraph about it
 *   under another heading probably covers it;
 * - a heading that names a topic over text only about something else (the
 *   document's own purpose under "Formål") covers nothing.
 *
 * "Probably" is a warning for the writer to confirm, never an error, and
 * never a claim other rules read: `section.requirements` holds only what is covered.
 */
import type { Requirement, Section, TopicEvidence } from '../../types.js';
import { normalizeHeading } from '../headings.js';
import { cuesFor, type Cues, type Topic } from './cues.js';
import { headingCues, headingText, misspelling } from './heading.js';
import { hasCue } from './stem.js';
import { blocksOf, onlyAboutSomethingElse, supports, textMatches, type Block } from './text.js';

/** Each section's prose blocks, read when first asked for: most sections are matched by their heading alone. */
type Blocks = (index: number) => Block[];

function lazyBlocks(sections: Section[]): Blocks {
  const read: Block[][] = [];
  return (index) => (read[index] ??= blocksOf(sections[index]!.content.children));
}

export function recogniseTopics(sections: Section[], requirements: Requirement[], titleIndex: number | undefined): void {
  const cues = cuesFor(requirements);
  const blocks = lazyBlocks(sections);
  for (const section of sections) {
    if (section.index === titleIndex) continue;
    rejectOtherPurpose(section, blocks, cues);
    if (section.evidence.some((e) => e.outcome === 'rejected')) continue;
    if (section.requirements.length > 0 || cues.skipHeadings.has(normalizeHeading(section.heading))) continue;
    readHeading(section, sections, blocks, cues);
  }
  const covered = new Set(sections.flatMap((s) => s.requirements));
  const probable = new Set(sections.flatMap((s) => s.evidence.filter((e) => e.outcome === 'probable').map((e) => e.key)));
  const wanted = new Set(cues.topics.map((t) => t.key).filter((key) => !covered.has(key) && !probable.has(key)));
  if (wanted.size > 0) readText(sections, blocks, cues, wanted);
}

/**
 * "## Formål" over "Formålet med denne kvalitetsstandard er at informere …" is
 * not the treatment's purpose, and neither is a known heading that says so
 * itself ("Formål med kvalitetsstandarden", over a contents list that names
 * the overall aim among the other topics).
 */
function rejectOtherPurpose(section: Section, blocks: Blocks, cues: Cues): void {
  for (const key of [...section.requirements]) {
    if (section.matchedBy[key] !== 'heading') continue;
    const topic = cues.topics.find((t) => t.key === key);
    const phrase =
      topic && topic.not.length > 0
        ? (topic.not.find((p) => hasCue(headingText(section.heading), p)) ?? onlyAboutSomethingElse(blocks(section.index), topic))
        : undefined;
    if (phrase === undefined) continue;
    section.requirements = section.requirements.filter((k) => k !== key);
    delete section.matchedBy[key];
    section.evidence = section.evidence.filter((e) => e.key !== key);
    section.evidence.push({ key, outcome: 'rejected', how: 'heading', words: [phrase], position: section.position });
  }
}

function readHeading(section: Section, sections: Section[], blocks: Blocks, cues: Cues): void {
  let found = headingCues(section.heading, cues);
  const miss = misspelling(section.heading, cues);
  // A compound split in two ("Behandlings garanti") is a misspelling even when a stem matches; an inflected form ("Brugerinddragelsen") is not.
  if (miss && (found.length === 0 || miss.distance === 0)) {
    section.evidence.push({ key: miss.key, outcome: 'probable', how: 'misspelt', words: [section.heading], position: section.position, suggestion: miss.suggestion });
    return;
  }
  const text = topicBlocks(section, sections, blocks);
  found = found.filter(({ key }) => !rejectsHeadingCue(section, text, cues.topics.find((t) => t.key === key)!));
  const backed = found.filter(({ key }) => section.words === 0 || supports(text, cues.topics.find((t) => t.key === key)!, cues));
  for (const { key, cue } of backed) {
    section.requirements.push(key);
    section.matchedBy[key] = 'heading';
    section.evidence.push({ key, outcome: 'covered', how: 'heading-words', words: [cue], position: section.position });
  }
  // A heading whose words fit two topics ("Hvad kan du få hjælp til?") is about the one its text backs.
  if (backed.length > 0) return;
  for (const { key, cue } of found) section.evidence.push({ key, outcome: 'probable', how: 'heading-words', words: [cue], position: section.position });
}

/**
 * A heading whose words name the topic but which is about the document
 * ("Kvalitetsstandardens formål og indhold", "Hvad er formålet med en
 * kvalitetsstandard?"), or whose text is only about that: rejected, so the
 * topic stays missing.
 */
function rejectsHeadingCue(section: Section, text: Block[], topic: Topic): boolean {
  const phrase = topic.not.find((p) => hasCue(headingText(section.heading), p)) ?? onlyAboutSomethingElse(text, topic);
  if (phrase === undefined) return false;
  section.evidence.push({ key: topic.key, outcome: 'rejected', how: 'heading-words', words: [phrase], position: section.position });
  return true;
}

/** The section's own blocks and those of sub-sections about no topic of their own. */
function topicBlocks(section: Section, sections: Section[], blocks: Blocks): Block[] {
  const text = [...blocks(section.index)];
  for (const index of section.children) {
    const child = sections[index]!;
    if (child.requirements.length === 0) text.push(...topicBlocks(child, sections, blocks));
  }
  return text;
}

function readText(sections: Section[], blocks: Blocks, cues: Cues, wanted: Set<string>): void {
  const best = new Map<string, { section: Section; evidence: TopicEvidence; groups: number }>();
  for (const section of sections) {
    if (cues.skipHeadings.has(normalizeHeading(section.heading))) continue;
    for (const match of textMatches(blocks(section.index), cues, wanted, hostTopics(section, sections))) {
      const old = best.get(match.key);
      if (old && old.groups >= match.groups) continue;
      const evidence: TopicEvidence = { key: match.key, outcome: 'probable', how: 'text', words: match.words, position: match.position ?? section.position };
      best.set(match.key, { section, evidence, groups: match.groups });
    }
  }
  for (const { section, evidence } of best.values()) section.evidence.push(evidence);
}

/** The topics a section is about: its own, or its nearest covering parent's. */
function hostTopics(section: Section, sections: Section[]): string[] {
  for (let at: Section | undefined = section; at; at = at.parent === undefined ? undefined : sections[at.parent]) {
    if (at.requirements.length > 0) return at.requirements;
  }
  return [];
}
