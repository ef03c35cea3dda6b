/**
 * The cover of a standard: its title, once, and the lines around it that say
 * who approved it when, or only the kommune's name ("Godkendt i Byrådet den
 * …", a logo's "Ringsted / Kommune"). The front-matter holds those facts and
 * the leaflet shows them in its masthead, so they leave the body (reported
 * as front-matter) instead of becoming its first section. A heading or line
 * that repeats the title is a duplicate.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Removal } from '../types.js';
import { isKommuneNameOnly } from '../kommuner.js';
import { statedDates } from '../dates.js';
import { isDepartmentLine, startsWithStatement } from '../cover.js';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a node with its line breaks as spaces: "**Ringsted**⏎Kommune" is "Ringsted Kommune". */
function textOf(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return toString(node);
}
const same = (text: string) => words(text).toLowerCase().replace(/[^\p{L}\p{N}§ ]/gu, '');

/**
 * A line that only states the approval or update, or only names the kommune
 * or the department that issued the standard. A law the cover names in
 * brackets before the statement ("(Serviceloven § 101) Vedtaget af …") is
 * part of the cover line.
 */
export function isCoverLine(text: string): boolean {
  const line = words(text).replace(/^\([^()]{1,80}\)\s*/, '');
  if (line === '') return false;
  if (isKommuneNameOnly(line.replace(/[.,]$/, '')) || isDepartmentLine(line)) return true;
  // Only a date or a month: "Februar 2009", "September" (a viewer lost the year).
  if (/^(?:\d{1,2}\.\s*)?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:\s+\d{4})?\.?$/iu.test(line)) return true;
  const count = line.split(' ').length;
  // One statement only: "Godkendt … 2017. Standarden revideres …" has more to say than the front-matter holds.
  if (count > 20 || /[.!?]\s+\S/.test(line.replace(/\b(?:d|nr|stk|pr)\.\s/gi, ' ').replace(/\d\.\s*(?=\d|\p{Ll})/gu, ' '))) return false;
  // "Tiltrådt af Byrådet", "Under revision": a short statement with no date (a viewer's transcript drops digits).
  if (startsWithStatement(line) && count <= 8 && !/[.!?:]$/.test(line)) return true;
  return (
    (/^(?:godkendt|tiltrådt|vedtaget|politisk\s+behandlet|(?:politisk\s+)?godkendelse(?:sdato)?|vedtagelsesdato|næste\s+revision|revisionsdato|(?:sidst\s+|senest\s+)?(?:opdateret|revideret|redigeret|publiceret)|(?:sidst|senest)\s+ændret)\b/iu.test(line) ||
      // The same statement with the standard as its subject: "Den er godkendt af Byrådet 10. december 2024".
      /^(?:den|standarden|kvalitetsstandarden|denne\s+(?:kvalitets)?standard)\s+(?:er|blev)\s+(?:godkendt|tiltrådt|vedtaget)\b/iu.test(line)) &&
    statedDates(line).length > 0
  );
}

export function moveCover(tree: Root, title: Heading | undefined, removed: Removal[]): void {
  if (!title) return;
  const key = same(textOf(title));
  const start = tree.children.indexOf(title);
  if (start < 0) return;
  const line = (node: RootContent) => node.position?.start.line ?? 0;
  let coverEnds = false;
  tree.children = tree.children.filter((node, index) => {
    if (index === start || (node.type !== 'heading' && node.type !== 'paragraph')) return true;
    const text = textOf(node);
    // A stray letter of a cover picture may stand before the repeat: "t KVALITETSSTANDARD …".
    if (index > start && (same(text) === key || same(text).replace(/^\p{L}{1,2} /u, '') === key)) {
      removed.push({ reason: 'duplicate', text: words(text), line: line(node) });
      return false;
    }
    if (coverEnds) return true;
    // "Kvalitetsstandard … 2022 Vesthimmerlands Kommune": a title page run into one line.
    const afterTitle = same(text).startsWith(key) ? words(text).slice(words(textOf(title)).length).trim() : undefined;
    if (isCoverLine(text) || (index > start && afterTitle !== undefined && isCoverLine(afterTitle))) {
      removed.push({ reason: 'front-matter', text: words(text), line: line(node) });
      return false;
    }
    // The first section after the title starts the standard itself.
    if (index > start && node.type === 'heading') coverEnds = true;
    return true;
  });
  if (title.depth > 1 && !tree.children.slice(0, tree.children.indexOf(title)).some((n) => n.type === 'heading')) title.depth = 1;
}
