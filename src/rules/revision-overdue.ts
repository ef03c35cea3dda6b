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
import { isMap, isNode, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Rule } from './rule.js';
import type { Position, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { revisionOverdueMessages as messages } from '../i18n/rules/revision-overdue.js';
import { addYears, isAfter, isOverdue, lastDayOf, parsePartialDate, todayIso, type PartialDate } from '../model/dates.js';
import { locator, type Locator } from '../model/positions.js';
import { parsedYaml, withYamlLineEndings } from '../model/frontmatter.js';

/** The law's longest interval between revisions, in years. */
export const MAX_REVISION_YEARS = 2;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export const revisionOverdue: Rule<typeof messages> = {
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
    messages,
  },
  check(context) {
    const { standard, asOf } = context;
    const data = standard.frontMatter?.data;
    // No front-matter, or YAML that could not be read: frontmatter-schema says so.
    if (!data) return;
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
        messageId: 'approvalInFuture',
        data: { approved, today: parsePartialDate(now)! },
      });
      return;
    }

    if (blank(approvedRaw)) {
      context.report({
        severity: 'warning',
        position: fallback(),
        messageId: 'noApprovalDate',
      });
    }

    // An unreadable date is a frontmatter-schema finding; only readable dates are judged here.
    // A revision date on or before the approval was met by that approval: it is left over, not due.
    const leftOver = due !== undefined && approved !== undefined && lastDayOf(approved) >= lastDayOf(due);
    if (due && !leftOver && isOverdue(due, asOf)) {
      context.report({
        position: place(['revision', 'dato']) ?? fallback(),
        messageId: 'revisionDue',
        data: { due, ...(approved ? { approved } : {}), ...assumedDay(due) },
      });
    } else if (approved) {
      const latest = addYears(approved, MAX_REVISION_YEARS);
      if (isOverdue(latest, asOf)) {
        context.report({
          position: place(['godkendt', 'dato']) ?? fallback(),
          messageId: 'approvalTooOld',
          data: { approved, latest, ...assumedDay(approved) },
        });
      } else if (due && leftOver) {
        context.report({
          severity: 'warning',
          position: place(['revision', 'dato']) ?? fallback(),
          messageId: 'revisionLeftOver',
          data: { due, approved, latest },
        });
      } else if (due && lastDayOf(due) > lastDayOf(latest)) {
        // The planned revision lies beyond the two years the law allows.
        context.report({
          severity: 'warning',
          position: place(['revision', 'dato']) ?? fallback(),
          messageId: 'revisionTooLate',
          data: { due, approved, latest },
        });
      }
    }

    const interval = revision?.interval_aar;
    if (typeof interval === 'number' && interval > MAX_REVISION_YEARS) {
      context.report({
        severity: 'warning',
        position: place(['revision', 'interval_aar']) ?? fallback(),
        messageId: 'intervalTooLong',
        data: { interval },
      });
    }
  },
};

/** For a year or month only: the day that is assumed, so the message can show the arithmetic. */
function assumedDay(date: PartialDate): { assumed?: PartialDate } {
  if (date.day !== undefined) return {};
  const last = parsePartialDate(lastDayOf(date));
  return last ? { assumed: last } : {};
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
  let parsed: { at: Locator; startOffset: number; yamlText: string; doc: Document } | undefined;
  const parse = () => {
    if (parsed) return parsed;
    const at = locator(standard.source);
    const startOffset = frontMatter.position.start.offset ?? at.toOffset(frontMatter.position.start);
    const endOffset = frontMatter.position.end.offset ?? at.toOffset(frontMatter.position.end);
    const yamlText = standard.source.slice(startOffset, endOffset);
    const lines = withYamlLineEndings(yamlText);
    // The model's parse of the same text, when the front-matter holds no CriticMarkup (which the model reads accepted).
    const doc = (frontMatter.data && parsedYaml(frontMatter.data, lines)) ?? parseDocument(lines, { logLevel: 'silent' });
    parsed = { at, startOffset, yamlText, doc };
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
