/**
 * The domain types shared by every stage: read → parse → model → check → report.
 * Plain data only, so results can cross worker boundaries and be cached as JSON.
 */
import type { Root } from 'mdast';

export type Lang = 'da' | 'en';

/** Text in both user-facing languages; Danish is the default. */
export type Localized = Record<Lang, string>;

/** `info` says something worth knowing (e.g. better than the law); it is never counted and never fails a run. */
export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column, as in unist and editors. */
export interface Point {
  line: number;
  column: number;
  /** 0-based offset into the decoded source text. */
  offset?: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** Another place that a finding points at, such as the first copy of a duplicated paragraph. */
export interface RelatedPlace {
  message: string;
  position: Position;
  /** A detail behind the finding (e.g. one section's LIX): in JSON and SARIF always, in stylish only with --verbose. */
  detail?: boolean;
}

/** One problem found in one file: what the reporters print and CI acts on. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  position: Position;
  /** Requirement key (e.g. `klageadgang`) when the finding is about one. */
  requirement?: string;
  /** The paragraph of law the finding comes from, e.g. "BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12". */
  law?: string;
  /** What to do about it. */
  hint?: string;
  related?: RelatedPlace[];
  /** Documentation link for the rule. */
  url?: string;
}

/** Why a finding is not counted: a `kvs-disable` comment in the file, or the baseline (`--baseline`). */
export interface Suppression {
  /**
   * directive: a kvs-disable comment; baseline: the baseline file; marker: a
   * kvs-krav comment claims the topic; config: kvs.config.json switched a legal
   * rule off (`rules`) or names the heading (`headings`); draft: `status: udkast`.
   */
  kind: 'directive' | 'baseline' | 'marker' | 'config' | 'draft';
  /** The comment's line (directive, marker); the baseline file; the config key (config); the status (draft). */
  source: string;
}

/** A finding that was found and then switched off: kept, so every report can say what was switched off. */
export type SuppressedFinding = Finding & { suppressions: Suppression[] };

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Findings switched off by a directive or the baseline: not counted, but shown (like ESLint's suppressedMessages). */
  suppressed?: SuppressedFinding[];
  /** The rule set the file was checked against. */
  ruleSet?: string;
}

/** A rule's description, like an ESLint rule's `meta`. */
export interface RuleMeta {
  id: string;
  description: Localized;
  /** The legal source the rule enforces. */
  law: Localized;
  severity: Severity;
  /** Anchor in docs/rules.md. */
  docs: string;
  /** Set when the rule only makes sense for a § 101 standard; it is silenced for another area's document. */
  appliesTo?: 'sel101';
  /**
   * Set when the rule's findings depend on the check date (`context.asOf`), not
   * only on the file, config and rule set: the result cache then keys on the date.
   */
  dependsOnDate?: true;
  /** Set when a draft (`status: udkast`) is spared the rule: its findings are kept as not counted, with the reason. */
  skippedInDraft?: true;
}

// ---------------------------------------------------------------------------
// Law: rule sets are data in schemas/rulesets/, versioned by in-force date.

/** A requirement as the catalogue describes it, independent of the date. */
export interface RequirementDefinition {
  key: string;
  title: Localized;
  help: Localized;
  example: Localized;
  /** Headings that kommuner use for this topic (Danish). */
  headings: string[];
  /** What recognises the topic when the heading is not a known one (schemas/requirements.json `cues`). */
  cues?: TopicCues;
}

/** `kvs coverage`: how a topic stands in one standard. */
export type CoverageStatus = 'covered' | 'probable' | 'empty' | 'missing';

export interface CoveragePlace {
  line: number;
  heading: string;
  outcome: TopicEvidence['outcome'];
  how: TopicEvidence['how'];
  words: string[];
  suggestion?: string;
}

export interface CoverageRow {
  key: string;
  title: string;
  severity: Severity;
  status: CoverageStatus;
  places: CoveragePlace[];
}

/** Word stems and phrases, lower case, matched from the start of a word. */
export interface TopicCues {
  heading: string[];
  /** Groups of key terms: two different groups close together say the text is about the topic. */
  body: string[][];
  /** Phrases that say a sentence is about something else (the document's own purpose). */
  not?: string[];
  /** Different groups the text needs (default 2). */
  groups?: number;
}

/**
 * Why a section is taken to be about a topic, or not. covered counts;
 * probable is shown as a warning and counts as no error; rejected is a heading
 * that names the topic over text about something else.
 */
export interface TopicEvidence {
  key: string;
  outcome: 'covered' | 'probable' | 'rejected';
  how: 'heading' | 'heading-words' | 'misspelt' | 'marker' | 'text';
  /** The words that gave it away (or, for rejected, the words that did). */
  words: string[];
  position: Position;
  /** For a misspelt heading: the known heading it is close to. */
  suggestion?: string;
}

/** A requirement as a rule set demands it on its in-force date. */
export interface Requirement extends RequirementDefinition {
  law: Localized;
  severity: Severity;
  /** True where the legal source could not be confirmed; the help text says so. */
  unverified: boolean;
}

export interface RuleSet {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  inForce: string;
  title: Localized;
  instrument: Localized;
  requirements: Requirement[];
  /** Rule id → severity, or 'off'. Rules not listed are off. */
  rules: Record<string, Severity | 'off'>;
}

// ---------------------------------------------------------------------------
// Model: the accepted view of one standard.

/** Review markup found in the source (CriticMarkup, <del>/<ins>, strikethrough, comments). */
export interface ReviewMark {
  kind: 'insertion' | 'deletion' | 'substitution' | 'comment' | 'highlight';
  syntax: 'critic' | 'html' | 'strikethrough';
  position: Position;
  /** The text that was removed from the accepted view, if any. */
  removed: string;
}

export interface Section {
  /** Index in `Standard.sections`. */
  index: number;
  heading: string;
  depth: number;
  /** Position of the heading. */
  position: Position;
  /** Index of the enclosing section, if any. */
  parent?: number;
  children: number[];
  /** Requirement keys this section covers. */
  requirements: string[];
  /** How each requirement was matched: by a known heading or an explicit marker. */
  matchedBy: Record<string, 'heading' | 'marker'>;
  /** Accepted content under the heading, up to the first sub-heading (mdast, original positions). */
  content: Root;
  /** Words of accepted prose in this section and its sub-sections. */
  words: number;
  /** Words of this section's own text, up to its first sub-heading. */
  ownWords: number;
  /** What the recognition found for each topic it considered in this section (src/model/recognition/). */
  evidence: TopicEvidence[];
}

export interface Duplicate {
  /** The paragraph that is kept. */
  first: Position;
  /** The repetition that is dropped from the accepted view. */
  second: Position;
  text: string;
}

/** An inline comment that switches rules off, e.g. `<!-- kvs-disable-next-line empty-section -->`. */
export interface Directive {
  kind: 'file' | 'section' | 'next-line' | 'line';
  rules: string[];
  position: Position;
  /** Lines the directive applies to (inclusive). */
  from: number;
  to: number;
}

export interface FrontMatterProblem {
  message: Localized;
  position: Position;
  path: string;
}

export interface FrontMatter {
  /** The parsed YAML, or undefined when it could not be parsed into a mapping. */
  data: Record<string, unknown> | undefined;
  position: Position;
  /** YAML syntax problems and schema violations, positioned inside the YAML. */
  problems: FrontMatterProblem[];
}

/** A fact the text states, where it states it. */
export interface Fact<T> {
  value: T;
  position: Position;
  /** The sentence (or line) that states it, as written. */
  text: string;
}

/** A legal reference as written: "SEL § 101, stk. 2", "BEK nr. 1477 af 17/12/2019". */
export interface LegalReference {
  /** Normalised name of the law: "serviceloven", "sundhedsloven", "barnets lov", "bekendtgørelse", … */
  law: string;
  paragraph?: string;
  stk?: number;
  nr?: number;
  /** For BEK/lov numbers: number and date as written. */
  number?: string;
  date?: string;
}

/** A contact detail the facts know. */
export type ContactKind = 'phone' | 'email' | 'url';

/** What is wrong with a contact detail as written. */
export type ContactFault =
  | 'digits' // a phone number without 8 digits
  | 'leading-zero' // a phone number starting with 0
  | 'scheme' // "http//", "htps://"
  | 'host' // empty or malformed host name
  | 'tld' // no top-level domain ("www.tilbudsportalen")
  | 'local'; // nothing or something malformed before "@"

export interface ContactProblem {
  kind: ContactKind;
  fault: ContactFault;
  /** As written. */
  written: string;
  /** Where it was found. */
  where: 'text' | 'link' | 'front-matter';
  /** For phone numbers: how many digits (without +45). */
  digits?: number;
}

/** Facts the model extracts from the accepted text (src/model/facts/). */
export interface Facts {
  /** Days from contact to treatment start (behandlingsgaranti). */
  guaranteeDays: Array<Fact<number>>;
  /** Complaint deadline in days (4 weeks = 28). */
  complaintDays: Array<Fact<number>>;
  /** Follow-up points after treatment ends, in months, as one schedule per sentence. */
  followUpMonths: Array<Fact<number[]>>;
  /** Age limits of target groups: "fra 13 år" → { min: 13 }, "under 18 år" → { max: 17 }. */
  ageLimits: Array<Fact<{ min?: number; max?: number }>>;
  phones: Array<Fact<string>>;
  emails: Array<Fact<string>>;
  urls: Array<Fact<string>>;
  legalReferences: Array<Fact<LegalReference>>;
  /** Revision interval stated in the text, in years ("hvert andet år" → 2). */
  revisionYears: Array<Fact<number>>;
  /** Anonymous treatment (§ 101 a): sentences that offer it, and the providers/channels named. */
  anonymous: Array<Fact<{ phone: boolean; web: boolean; outsideKommune: boolean }>>;
  /**
   * Malformed phone numbers, e-mail addresses and URLs, in the text, in link targets and in
   * front-matter `kontakt`: one per address and line, in document order.
   */
  contactProblems: Array<Fact<ContactProblem>>;
}

export interface Standard {
  path: string;
  /** The decoded source text (UTF-8, original line endings). */
  source: string;
  frontMatter?: FrontMatter;
  /** The first level-1 heading, or the start of the document. */
  title: { text: string; position: Position };
  sections: Section[];
  review: ReviewMark[];
  duplicates: Duplicate[];
  directives: Directive[];
  facts: Facts;
  /** The whole accepted document (mdast, original positions). */
  tree: Root;
}
