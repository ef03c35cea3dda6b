/**
 * The back cover: the facts of the standard (kommune, area, legal basis,
 * approval, revision, status), the contacts with their links, and who
 * published it.
 */
import type { FontKey, Run } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawLine } from './draw-line.js';
import { drawTable } from './draw-table.js';
import { paragraph } from './flow.js';
import type { BookletMeta } from './meta.js';
import { bookmark } from './navigation.js';
import { contentWidth, gap, leftEdge, newPage, reserve, textBottom } from './pages.js';
import { headingStyle, type Styled } from './style.js';
import { element, type Tag } from './tagging.js';
import { setLines } from './typeset.js';
import { emailLink, phoneLink, webLink, type Link } from '../html/facts.js';

/** The back cover (more pages if need be): the facts as a table, the contacts as a list, "Udgivet af" at the foot. */
export function drawBackCover(ctx: BookletContext, meta: BookletMeta): void {
  ctx.flowKind = 'back';
  newPage(ctx, 'back');
  const section = element(ctx.doc, 'Sect', ctx.root);
  const { t } = ctx;
  const facts: [string, string][] = [];
  if (meta.kommuner) facts.push([t.kommune, meta.kommuner]);
  if (meta.area) facts.push([t.area, meta.area]);
  if (meta.legalBasis.length > 0) facts.push([t.legalBasis, meta.legalBasis.join('\n')]);
  if (meta.approvedBy) facts.push([t.approvedByLabel, meta.approvedBy]);
  if (meta.approved) facts.push([t.approved, meta.approved]);
  if (meta.revision) facts.push([t.nextRevision, meta.revision]);
  const key = meta.keyFacts;
  if (key.guarantee.length > 0) facts.push([t.guarantee, key.guarantee.join('\n')]);
  if (key.followUp.length > 0) facts.push([t.followUp, key.followUp.join('\n')]);
  if (key.complaint.length > 0) facts.push([t.complaint, key.complaint.join('\n')]);
  if (meta.draft) facts.push([t.status, t.draft]);

  if (facts.length > 0) {
    sideHeading(ctx, t.about, section);
    const rows = facts.map(([label, value]) => [[{ text: label, font: 'bold' as FontKey }], textRuns(value)]);
    drawTable(ctx, { rows, align: [], headerRow: false, headerColumn: true }, section, 0);
  }

  if (meta.contacts.length > 0) {
    sideHeading(ctx, t.contact, section);
    const list = element(ctx.doc, 'L', section);
    list.elem.dictionary.data.A = { O: 'List', ListNumbering: 'None' };
    for (const contact of meta.contacts) {
      const runs: Run[] = [{ text: contact.navn, font: 'bold' }];
      if (contact.adresse) runs.push({ text: '\n', font: 'regular' }, { text: contact.adresse, font: 'regular' });
      // The same checks as the leaflet: only tel:, mailto: and http(s) links; anything else is shown as text.
      const links: Array<[string, string | undefined, Link | undefined]> = [
        [t.phone, contact.telefon, phoneLink(contact.telefon)],
        [t.email, contact.email, emailLink(contact.email)],
        [t.web, contact.web, webLink(contact.web)],
      ];
      for (const [label, value, link] of links) {
        if (!value) continue;
        runs.push({ text: '\n', font: 'regular' }, { text: `${label} `, font: 'regular' });
        runs.push(link ? { text: link.text, font: 'regular', link: link.href } : { text: value, font: 'regular' });
      }
      const item = element(ctx.doc, 'LI', list);
      const lbody = element(ctx.doc, 'LBody', item);
      paragraph(ctx, runs, lbody, 0);
      item.elem.end();
    }
    list.elem.end();
  }

  // "Udgivet af …" at the foot of the back cover.
  if (meta.kommune) {
    const style: Styled = { size: ctx.s(10.5), leading: ctx.s(14.5), hyphenate: false, color: ctx.colors.primary };
    const runs: Run[] = [{ text: `${t.publishedBy} `, font: 'regular' }, { text: meta.kommuner || meta.kommune, font: 'bold' }];
    const lines = setLines(ctx, runs, contentWidth(ctx), style);
    const height = lines.length * style.leading + ctx.s(14);
    if (ctx.y + ctx.s(20) + height > textBottom(ctx)) newPage(ctx, 'back');
    const top = textBottom(ctx) - height;
    const x = leftEdge(ctx);
    ctx.tagger.artifact(() => {
      ctx.doc.rect(x, top, ctx.s(34), ctx.s(3)).fill(ctx.colors.accent);
    }, 'Layout');
    const tag = element(ctx.doc, 'P', section);
    let y = top + ctx.s(14);
    for (const line of lines) {
      drawLine(ctx, line, { tag }, 0, y, style);
      y += style.leading;
    }
    tag.elem.end();
  }
  section.elem.end();
}

/** A heading of the back cover, with the short accent bar of the main headings. */
function sideHeading(ctx: BookletContext, text: string, parent: Tag): void {
  const style = headingStyle(ctx, 2);
  gap(ctx, style.before);
  reserve(ctx, ctx.s(5) + style.leading + style.after + ctx.s(40));
  const top = ctx.y;
  ctx.tagger.artifact(() => {
    ctx.doc.rect(leftEdge(ctx), top, ctx.s(22), ctx.s(2.2)).fill(ctx.colors.accent);
  }, 'Layout');
  ctx.y += ctx.s(5);
  const tag = element(ctx.doc, 'H2', parent);
  bookmark(ctx, text, 1, top);
  for (const line of setLines(ctx, [{ text, font: 'bold' }], contentWidth(ctx), style)) {
    drawLine(ctx, line, { tag }, 0, ctx.y, style);
    ctx.y += style.leading;
  }
  tag.elem.end();
  gap(ctx, style.after);
}


function textRuns(text: string): Run[] {
  const runs: Run[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) runs.push({ text: '\n', font: 'regular' });
    runs.push({ text: line, font: 'regular' });
  });
  return runs;
}
