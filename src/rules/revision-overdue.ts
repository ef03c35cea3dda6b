/**
 * revision-overdue: a standard must be revised at least every second year.
 *
 * Dates come from the front-matter: `godkendt.dato` (when it was approved) and
 * `revision.dato` (the schema's meaning: the latest date of the next revision,
 * shown as "Næste revision" on the leaflets and the overview). A partial date
 * gets the benefit of the doubt: "2018" counts as 31 December 2018 and
 * "2023-06" as 30 June 2023.
 *
 * - approved more than two years before the check date → error at `godkendt.dato`;
 * - `revision.dato` before the check date → error at `revision.dato` (the
 *   revision was due; reported instead of the approval error, not beside it),
 *   unless the standard was approved again on or after that date: then the
 *   approval counts, and a warning asks for a new `revision.dato`;
 * - no approval date → warning;
 * - `revision.interval_aar` above 2, or a `revision.dato` more than two years
 *   after the approval → warning: the plan itself breaks the two-year rule.
 *
 * - an approval date after both the check date and today → error at
 *   `godkendt.dato`: nothing can be judged from a date that has not come, and
 *   it would pass for years. (Both: a check `--as-of` an earlier date asks about
 *   that date's law, not whether the standard existed yet.)
 *
 * A draft (`status: udkast`) is spared the rule (`skippedInDraft`): a draft is the
 * revision being written. Its findings are still shown, as not counted.
 *
 * Law: BEK nr. 1477 af 17/12/2019 (revised as needed and at least every second year).
 *
 * @example
 *   {"name": "ok.md", "asOf": "2026-11-25"}
 *
 *   ---
 *   kommune: Eksempelby Kommune
 *   status: vedtaget
 *   godkendt:
 *     af: Kommunalbestyrelsen
 *     dato: 2025-09-10
 *   revision:
 *     dato: 2027-09-10
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 * @example
 *   {"name": "not-ok.md", "asOf": "2026-11-25"}
 *
 *   ---
 *   kommune: Eksempelby Kommune
 *   status: vedtaget
 *   godkendt:
 *     af: Byrådet
 *     dato: 2023-06-21
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 */
import { isMap, isNode, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Rule } from './rule.js';
import type { Lang, Position, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { addYears, formatDate, isAfter, isOverdue, todayIso, lastDayOf, parsePartialDate, type PartialDate } from '../model/dates.js';
import { locator, type Locator } from '../model/positions.js';
import { withYamlLineEndings } from '../model/frontmatter.js';

/** The law's longest interval between revisions, in years. */
export const MAX_REVISION_YEARS = 2;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export const revisionOverdue: Rule = {
  meta: {
    id: 'revision-overdue',
    description: {
      da: 'Standarden skal revideres mindst hvert andet år. Reglen ser på godkendelsesdatoen og datoen for næste revision i front-matter.',
      en: 'The standard must be revised at least every second year. The rule looks at the approval date and the next revision date in the front-matter.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 (kvalitetsstandarden revideres efter behov og mindst hvert andet år)',
      en: 'Executive order no. 1477 of 17/12/2019 (the quality standard is revised as needed and at least every second year)',
    },
    severity: 'error',
    docs: docsUrl('revision-overdue'),
    dependsOnDate: true,
    skippedInDraft: true,
  },
  check(context) {
    const { standard, lang, asOf } = context;
    const data = standard.frontMatter?.data;
    // No front-matter, or YAML that could not be read: frontmatter-schema says so.
    if (!data) return;
    const da = lang === 'da';
    const godkendt = record(data.godkendt);
    const revision = record(data.revision);
    const place = yamlPlaces(standard);
    const fallback = () => place(['godkendt'], 'key') ?? place([]) ?? standard.title.position;

    const approvedRaw = godkendt?.dato;
    const approved = parsePartialDate(approvedRaw);
    const dueRaw = revision?.dato;
    const due = parsePartialDate(dueRaw);

    const now = [asOf.slice(0, 10), todayIso()].sort().at(-1)!;
    if (approved && isAfter(approved, now)) {
      context.report({
        position: place(['godkendt', 'dato']) ?? fallback(),
        message: da
          ? `Godkendelsesdatoen (godkendt.dato) er ${formatDate(approved, 'da')}, efter dags dato (${formatDate(parsePartialDate(now)!, 'da')}). En standard kan ikke være godkendt i fremtiden, og datoen ville skjule, at den skal revideres. Skriv den dato, standarden blev godkendt, eller sæt \`status: udkast\`, indtil den er godkendt.`
          : `The date of approval (godkendt.dato) is ${formatDate(approved, 'en')}, after today (${formatDate(parsePartialDate(now)!, 'en')}). A standard cannot be approved in the future, and the date would hide that it must be revised. Write the date it was approved, or set \`status: udkast\` until it is.`,
      });
      return;
    }

    if (blank(approvedRaw)) {
      context.report({
        severity: 'warning',
        position: fallback(),
        message: da
          ? 'Standarden har ingen godkendelsesdato, så ingen kan se, hvornår den senest skal revideres. Skriv datoen under godkendt, fx `dato: 2025-03-18` (eller `2025-03` eller `2025`, hvis kun måned eller år kendes).'
          : 'The standard has no date of approval, so nobody can tell when it must be revised. Add the date under godkendt, e.g. `dato: 2025-03-18` (or `2025-03` or `2025` if only the month or year is known).',
      });
    }

    // An unreadable date is a frontmatter-schema finding; only readable dates are judged here.
    // A revision date on or before the approval was met by that approval: it is left over, not due.
    const leftOver = due !== undefined && approved !== undefined && lastDayOf(approved) >= lastDayOf(due);
    if (due && !leftOver && isOverdue(due, asOf)) {
      const approvedText = approved
        ? da
          ? ` Den blev godkendt ${when(approved, 'da')}.`
          : ` It was approved ${when(approved, 'en')}.`
        : '';
      context.report({
        position: place(['revision', 'dato']) ?? fallback(),
        message: da
          ? `Standarden skulle være revideret ${deadline(due, 'da')} (revision.dato), og den dato er overskredet.${approvedText}${partialNote(due, 'da')} Revidér standarden, få den godkendt igen, og skriv den nye godkendelsesdato i godkendt.dato og næste revisionsdato (højst to år senere) i revision.dato.`
          : `The standard should have been revised ${deadline(due, 'en')} (revision.dato), and that date has passed.${approvedText}${partialNote(due, 'en')} Revise the standard, have it approved again, and put the new approval date in godkendt.dato and the next revision date (at most two years later) in revision.dato.`,
      });
    } else if (approved) {
      const latest = addYears(approved, MAX_REVISION_YEARS);
      if (isOverdue(latest, asOf)) {
        context.report({
          position: place(['godkendt', 'dato']) ?? fallback(),
          message: da
            ? `Standarden blev godkendt ${when(approved, 'da')} og skulle være revideret ${deadline(latest, 'da')}. Den skal revideres mindst hvert andet år.${partialNote(approved, 'da')} Revidér standarden, få den godkendt igen, og skriv den nye dato i godkendt.dato.`
            : `The standard was approved ${when(approved, 'en')} and should have been revised ${deadline(latest, 'en')}. It must be revised at least every second year.${partialNote(approved, 'en')} Revise it, have it approved again, and put the new date in godkendt.dato.`,
        });
      } else if (due && leftOver) {
        context.report({
          severity: 'warning',
          position: place(['revision', 'dato']) ?? fallback(),
          message: da
            ? `Næste revision (revision.dato) står til ${when(due, 'da')}, men standarden er godkendt igen ${when(approved, 'da')}. Skriv den nye revisionsdato, ${deadline(latest, 'da')}.`
            : `The next revision (revision.dato) says ${formatDate(due, 'en')}, but the standard was approved again ${when(approved, 'en')}. Write the new revision date, no later than ${formatDate(latest, 'en')}.`,
        });
      } else if (due && lastDayOf(due) > lastDayOf(latest)) {
        // The planned revision lies beyond the two years the law allows.
        context.report({
          severity: 'warning',
          position: place(['revision', 'dato']) ?? fallback(),
          message: da
            ? `Næste revision (revision.dato) er sat til ${when(due, 'da')}, mere end to år efter godkendelsen ${when(approved, 'da')}. Standarden skal revideres mindst hvert andet år: skriv en dato ${deadline(latest, 'da')}.`
            : `The next revision (revision.dato) is set ${when(due, 'en')}, more than two years after the approval ${when(approved, 'en')}. The standard must be revised at least every second year: write a date no later than ${formatDate(latest, 'en')}.`,
        });
      }
    }

    const interval = revision?.interval_aar;
    if (typeof interval === 'number' && interval > MAX_REVISION_YEARS) {
      context.report({
        severity: 'warning',
        position: place(['revision', 'interval_aar']) ?? fallback(),
        message: da
          ? `Standarden revideres ifølge front-matter hvert ${interval}. år (interval_aar: ${interval}). Loven kræver revision mindst hvert andet år: skriv \`interval_aar: 2\` (eller 1).`
          : `According to the front-matter the standard is revised every ${interval} years (interval_aar: ${interval}). The law requires a revision at least every second year: write \`interval_aar: 2\` (or 1).`,
      });
    }
  },
};

/** "den 21. juni 2023", "i juni 2023", "i 2018" (English: "on 21 June 2023", "in June 2023", "in 2018"). */
function when(date: PartialDate, lang: Lang): string {
  const text = formatDate(date, lang);
  if (date.day !== undefined) return lang === 'da' ? `den ${text}` : `on ${text}`;
  return lang === 'da' ? `i ${text}` : `in ${text}`;
}

/** "senest den 21. juni 2025", "senest i 2020" (English: "by 21 June 2025", "by 2020"). */
function deadline(date: PartialDate, lang: Lang): string {
  return lang === 'da' ? `senest ${when(date, 'da')}` : `by ${formatDate(date, 'en')}`;
}

/** For a year or month only: the day that is assumed, so the reader can follow the arithmetic. */
function partialNote(date: PartialDate, lang: Lang): string {
  if (date.day !== undefined) return '';
  const last = parsePartialDate(lastDayOf(date));
  if (!last) return '';
  const what = date.month === undefined ? { da: 'året', en: 'the year' } : { da: 'måneden', en: 'the month' };
  return lang === 'da'
    ? ` Kun ${what.da} er angivet, så der regnes med den ${formatDate(last, 'da')}.`
    : ` Only ${what.en} is given, so ${formatDate(last, 'en')} is assumed.`;
}

/**
 * Where a front-matter key's value is written in the file. The YAML between the
 * fences is parsed again with source ranges (the model keeps only the data);
 * `[]` gives the first line of the YAML, `'key'` the key instead of its value.
 * Undefined when the key is not there.
 */
export function yamlPlaces(standard: Standard): (path: string[], what?: 'value' | 'key') => Position | undefined {
  const frontMatter = standard.frontMatter;
  if (!frontMatter) return () => undefined;
  // Parsed on the first question only: most standards give the rule nothing to place.
  let parsed: { at: Locator; startOffset: number; yamlText: string; doc: ReturnType<typeof parseDocument> } | undefined;
  const parse = () => {
    if (parsed) return parsed;
    const at = locator(standard.source);
    const startOffset = frontMatter.position.start.offset ?? at.toOffset(frontMatter.position.start);
    const endOffset = frontMatter.position.end.offset ?? at.toOffset(frontMatter.position.end);
    const yamlText = standard.source.slice(startOffset, endOffset);
    parsed = { at, startOffset, yamlText, doc: parseDocument(withYamlLineEndings(yamlText), { logLevel: 'silent' }) };
    return parsed;
  };
  return (path, what = 'value') => {
    const { at, startOffset, yamlText, doc } = parse();
    const span = (start: number, end: number): Position => ({
      start: at.toPoint(startOffset + start),
      end: at.toPoint(startOffset + Math.max(start, end)),
    });
    if (path.length === 0) {
      const eol = yamlText.search(/\r|\n/);
      return span(0, eol === -1 ? yamlText.length : eol);
    }
    let node: unknown = doc.contents;
    let key: YamlNode | undefined;
    for (const segment of path) {
      if (!isMap(node)) return undefined;
      const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === segment);
      if (!pair) return undefined;
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    }
    const value = isNode(node) && node.range && node.range[1] > node.range[0] ? node.range : undefined;
    const range = what === 'key' ? (key?.range ?? value) : (value ?? key?.range);
    return range ? span(range[0], range[1]) : undefined;
  };
}
