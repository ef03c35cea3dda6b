/**
 * The law data citations are checked against (schemas/law/citations.json),
 * as lines for `kvs rules` and docs/rules.md: every entry with its source, and
 * what is unverified said as such.
 */
import type { Lang } from '../types.js';
import { citationLaw } from '../law/citations.js';
import { ruleListWords as words } from '../i18n/rule-list.js';

/**
 * All of the data, or (`asOf`) the law as it stood that day, with what it had
 * replaced: `kvs rules` shows the law of its date (a 2019 date no gift cards).
 */
export function lawDataLines(lang: Lang, asOf?: string): string[] {
  const w = words[lang];
  const law = citationLaw();
  const started = (from: string | undefined) => asOf === undefined || (from ?? '') <= asOf;
  const unverified = (flag: boolean | undefined) => (flag ? ` (${w.unverified})` : '');
  const lines: string[] = [];
  for (const [id, entry] of Object.entries(law.laws)) lines.push(`${id}: ${entry.name[lang]} — ${w.source}: ${entry.source}`);
  for (const paragraph of law.paragraphs) {
    for (const period of paragraph.periods.filter((p) => started(p.from))) {
      const when = w.period(period.from ? `${period.from}${unverified(period.fromUnverified)}` : undefined, period.until ? `${period.until}${unverified(period.untilUnverified)}` : undefined);
      const last = `${w.lastStk(period.lastStk)}${period.lastStkVerified ? '' : ` (${w.moreStk}: ${w.unverified})`}`;
      const topics = Object.entries(period.stk).map(([stk, topic]) => `stk. ${stk} ${topic[lang]}`).join('; ');
      lines.push(`${paragraph.law} § ${paragraph.paragraph}, ${when}: ${last}; ${topics} — ${w.source}: ${period.source}`);
    }
  }
  for (const order of law.orders.filter((o) => started(o.inForce))) {
    const [year, month, day] = order.date.split('-');
    const replaced = order.replacedOn && order.replacedBy ? `; ${w.replaced(`${order.replacedOn}${unverified(order.replacedOnUnverified)}`, order.replacedBy[lang])}` : '';
    lines.push(`BEK nr. ${order.number} af ${day}/${month}/${year}: ${order.title[lang]}${replaced} — ${w.source}: ${order.source}`);
  }
  return lines;
}
