/**
 * The leaflet's practical box ("Det skal du vide"): how to apply (the lead
 * and every phone number the application section gives), the treatment
 * guarantee, follow-up after treatment and how to complain (the deadline and
 * the appeal body), each from the extracted facts (key-facts.ts, the same
 * computation the comparison reads) and linked to the section that says it.
 * Where the text states no fact, the section's first paragraph stands in.
 */
import type { Fact, Lang, Standard } from '../../types.js';
import { renderWords } from '../../i18n/render.js';
import { phoneLink, type Link } from './facts.js';
import { distinct, keyFactLines, keyFacts, sectionAt } from './key-facts.js';
import { practicalItems, type Outline, type PracticalItem, type SectionView } from './outline.js';
import type { SanitizedHtml } from './markdown.js';

/** A line of the box: text, or a sentence with its phone number as a link. */
export interface PracticalLine {
  text: string;
  phone?: Link;
  after?: string;
}

export interface PracticalBoxItem {
  key: string;
  label: string;
  lead?: SanitizedHtml;
  lines: PracticalLine[];
  href: string;
  linkText: string;
}

/** The box's items, in this order. */
export const practicalKeys = ['visitation', 'behandlingsgaranti', 'opfoelgning', 'klageadgang'] as const;
type PracticalKey = (typeof practicalKeys)[number];

export function practicalBox(standard: Standard, view: Outline, lang: Lang): PracticalBoxItem[] {
  const t = renderWords[lang];
  const key = keyFacts(standard);
  const found = new Map(practicalItems(standard, view, ['visitation', 'behandlingsgaranti', 'klageadgang'], lang).map((item) => [item.key, item]));
  const item = (name: PracticalKey, section: SectionView | undefined, lines: PracticalLine[], lead?: SanitizedHtml): PracticalBoxItem[] => {
    if (!section) return [];
    return [
      {
        key: name,
        label: t[name],
        ...(lead ? { lead } : {}),
        lines,
        href: `#${section.id}`,
        linkText: t.readMore(section.heading),
      },
    ];
  };
  // The requirement's own section when there is one, else the section stating the first fact.
  const place = (name: string, facts: Array<Fact<unknown>>) => found.get(name)?.section ?? viewAt(standard, view, facts[0]?.position.start.line);
  // The section's first paragraph stands in where the text states no fact.
  const leadFor = (name: string, lines: PracticalLine[]) => (lines.length === 0 ? found.get(name)?.lead : undefined);

  const apply = found.get('visitation');
  const applyPhones = apply ? phonesIn(standard, apply) : { lines: [], inLead: false };
  const lines = keyFactLines(key, t);
  const asLines = (texts: string[]): PracticalLine[] => texts.map((text) => ({ text }));
  const guarantee = asLines(lines.guarantee);
  const followUp = asLines(lines.followUp);
  const complaint = asLines(lines.complaint);
  return [
    // How to apply keeps a lead that gives no number (it names who to call); a lead with a number is one of the lines.
    ...item('visitation', apply?.section, applyPhones.lines, applyPhones.inLead ? undefined : apply?.lead),
    ...item('behandlingsgaranti', place('behandlingsgaranti', key.guarantee), guarantee, leadFor('behandlingsgaranti', guarantee)),
    ...item('opfoelgning', viewAt(standard, view, key.followUp[0]?.position.start.line), followUp),
    ...item('klageadgang', place('klageadgang', key.complaint), complaint, leadFor('klageadgang', complaint)),
  ];
}

/** The section view that shows the text at `line`: its own section's, or the nearest enclosing one the page shows. */
function viewAt(standard: Standard, view: Outline, line: number | undefined): SectionView | undefined {
  if (line === undefined) return undefined;
  const byIndex = new Map(view.flat.map((v) => [v.index, v]));
  for (let index = sectionAt(standard, line); index !== undefined; index = standard.sections[index]?.parent) {
    const shown = byIndex.get(index);
    if (shown) return shown;
  }
  return undefined;
}

/** Every phone number stated in the application section (and its sub-sections), with its sentence; whether its lead states one. */
function phonesIn(standard: Standard, apply: PracticalItem): { lines: PracticalLine[]; inLead: boolean } {
  const inside = new Set<number>();
  const add = (index: number) => {
    inside.add(index);
    for (const child of standard.sections[index]?.children ?? []) add(child);
  };
  add(apply.section.index);
  const lead = apply.leadLines;
  const phones = (standard.facts?.phones ?? []).filter((fact) => {
    const at = sectionAt(standard, fact.position.start.line);
    return at !== undefined && inside.has(at);
  });
  const inLead = phones.some((fact) => lead !== undefined && fact.position.start.line >= lead.start && fact.position.start.line <= lead.end);
  return { lines: distinct(phones.map((fact) => fact.value)).map((value) => phoneLine(phones.find((f) => f.value === value)!)), inLead };
}

/** The sentence with the number as written made a `tel:` link; the number alone when the sentence does not hold it. */
function phoneLine(fact: Fact<string>): PracticalLine {
  const digits = fact.value.replace(/\D/gu, '');
  const written = new RegExp(`(?:\\+45[\\s.-]?)?${[...digits].join('[\\s.-]?')}`, 'u').exec(fact.text);
  const link = phoneLink(written ? written[0] : fact.value);
  if (!written || !link) return { text: '', phone: phoneLink(fact.value)! };
  return { text: fact.text.slice(0, written.index), phone: link, after: fact.text.slice(written.index + written[0].length) };
}
