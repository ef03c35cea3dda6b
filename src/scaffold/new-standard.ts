/**
 * The text of a new, empty standard: front-matter and one heading per
 * requirement of the rule set, each with the requirement's own guidance and
 * example wording from schemas/ (the same data as `kvs rules` and docs/rules.md).
 *
 * Front-matter: the required keys get real values, so a new file has no
 * front-matter findings; what only the writer knows (approval, contacts, next
 * revision date) is written as commented-out YAML marked UDFYLD, so nothing
 * invented is ever published. Sections: the guidance is an HTML comment, which
 * counts as no text, so every section is reported by `empty-section` until it
 * is written.
 */
import { stringify } from 'yaml';
import type { Requirement, RuleSet } from '../types.js';
import { headingMatcher } from '../model/headings.js';
import { markerName } from '../model/directives.js';
import { requirementCatalogue } from '../law/catalogue.js';
import { withExtraHeadings } from '../law/rulesets.js';
import { kommuneSlug } from '../import/slug.js';

export const defaultTitle = 'Kvalitetsstandard for social behandling af stofmisbrug';

/** The mark on every value and line the writer has to fill in or check. */
export const fillMark = 'UDFYLD';

export interface NewStandardOptions {
  kommune: string;
  title?: string;
  /** YYYY-MM-DD: the date the rule set was chosen for; dates in the template start from it. */
  asOf: string;
  ruleSet: RuleSet;
  /** The project's extra headings (kvs.config.json), which the check also knows. */
  headings?: Record<string, string[]>;
}

export function newStandardText(options: NewStandardOptions): string {
  const title = options.title ?? defaultTitle;
  const matcher = headingMatcher(withExtraHeadings(requirementCatalogue(), options.headings));
  const sections = options.ruleSet.requirements.map((requirement) => sectionText(requirement, matcher.match));
  return [
    frontMatter(options.kommune, title, options.asOf),
    '',
    `# ${title}`,
    '',
    comment([
      `${fillMark}: Skriv et par linjer om, hvem standarden er til, og hvad den beskriver.`,
      `Standarden følger ${options.ruleSet.title.da}. Under hver overskrift står, hvad loven kræver, og et eksempel.`,
      'Kommentarerne (som denne) vises ikke i folderen og pjecen, og de tæller ikke som tekst i kvs check.',
    ]),
    '',
    ...sections,
  ].join('\n');
}

function frontMatter(kommune: string, title: string, asOf: string): string {
  const slug = kommuneSlug(kommune) || 'kommune';
  return [
    '---',
    `kommune: ${scalar(kommune)}`,
    `titel: ${scalar(title)}`,
    'omraade: SEL § 101',
    'lovgrundlag:',
    '  - Serviceloven § 101',
    `  # ${fillMark}: tilføj de bekendtgørelser, standarden bygger på (se vejledningen under Lovgrundlag).`,
    `# ${fillMark}, når standarden er vedtaget: fjern # foran de tre linjer, ret dem, og skriv status: vedtaget.`,
    '# godkendt:',
    '#   af: Kommunalbestyrelsen',
    `#   dato: ${asOf}`,
    'revision:',
    // Keys in the schema's order (kvs fmt's), so the file stays in the fixed style once the # are removed.
    `  # ${fillMark}: senest hvornår standarden skal revideres næste gang (højst to år efter godkendelsen).`,
    `  # dato: ${yearsLater(asOf, 2)}`,
    '  interval_aar: 2',
    'status: udkast',
    `# ${fillMark}: hvor borgere og pårørende kan henvende sig. Fjern # og skriv de rigtige oplysninger.`,
    '# kontakt:',
    `#   - navn: Rusmiddelcenter ${kommune.replace(/\s+kommune$/i, '')}`,
    '#     adresse: Vejnavn 1, 1234 By',
    '#     telefon: "12 34 56 78"',
    `#     email: rusmiddelcenter@${slug}.dk`,
    `#     web: https://www.${slug}.dk`,
    '---',
  ].join('\n');
}

function sectionText(requirement: Requirement, match: (heading: string) => string[]): string {
  const heading = headingFor(requirement, match);
  const lines = [`## ${heading}`, ''];
  // The check finds the section by its heading; a title it does not know gets the explicit marker.
  if (!match(heading).includes(requirement.key)) lines.push(`<!-- ${markerName}: ${requirement.key} -->`, '');
  lines.push(
    comment([
      `Vejledning: ${requirement.help.da}`,
      `Lovkrav: ${requirement.law.da}`,
      `Eksempel: "${requirement.example.da}"`,
      'Skriv jeres egen tekst under denne kommentar.',
    ]),
    '',
  );
  return lines.join('\n');
}

/** The requirement's title, unless it would also claim another requirement; then a heading that names only this one. */
function headingFor(requirement: Requirement, match: (heading: string) => string[]): string {
  const claimsOnlyThis = (heading: string) => match(heading).every((key) => key === requirement.key);
  if (claimsOnlyThis(requirement.title.da)) return requirement.title.da;
  return requirement.headings.find((h) => match(h).length === 1 && match(h)[0] === requirement.key) ?? requirement.title.da;
}

/** An HTML comment; "-->" inside the text would end it early. */
function comment(lines: string[]): string {
  return ['<!--', ...lines.map((line) => line.replace(/--+>/g, '–>')), '-->'].join('\n');
}

/** A YAML scalar, quoted only where YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function yearsLater(date: string, years: number): string {
  const [year, month, day] = date.split('-');
  // 29 February has no twin in most years.
  const shifted = month === '02' && day === '29' ? '28' : day;
  return `${Number(year) + years}-${month}-${shifted}`;
}
