/**
 * Front-matter from what the document itself states: kommune, title, approval
 * body and date, revision interval, the area. Whatever it does not state is
 * left out, and `kvs check` asks for it. Nothing is invented.
 */
import type { Heading, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { kommuneByAddress, kommuneByDomain, mentionedKommuner } from './kommuner.js';
import { statedDates, type StatedDate } from './dates.js';
import { readSchemaFile } from '../law/data.js';

const bodies = ['Kommunalbestyrelsen', 'Byrådet', 'Byråd', 'Borgerrepræsentationen', 'Kommunalbestyrelse', 'Regionsrådet'];

export interface ExtractedFrontMatter {
  kommune?: string;
  samarbejdskommuner?: string[];
  titel?: string;
  omraade?: string;
  godkendt?: { af?: string; dato: string };
  revision?: { dato?: string; interval_aar?: number };
  status?: 'vedtaget';
}

/**
 * `logos` are the alt texts of the page's logos, removed as furniture: where
 * the body never writes the kommune's name, its logo still says it.
 * `viewerTitles` are the cover texts an online viewer's download button quotes.
 */
export function extractFrontMatter(tree: Root, kommuneOption?: string, logos: string[] = [], viewerTitles: string[] = []): ExtractedFrontMatter {
  const data: ExtractedFrontMatter = {};
  const text = plainText(tree);
  const kommuner = mentionedKommuner(text);
  const kommune = kommuneOption ?? kommuner[0] ?? mentionedKommuner(logos.join('\n'))[0] ?? kommuneByDomain(text) ?? kommuneByAddress(text);
  if (kommune) data.kommune = kommune;
  const partners = kommuner.filter((k) => k !== kommune && new RegExp(`${stem(kommune)}.{0,40}og ${stem(k)}|${stem(k)}.{0,40}og ${stem(kommune)}`, 'u').test(text));
  if (partners.length > 0) data.samarbejdskommuner = partners;
  const title = titleOf(tree);
  if (title) data.titel = toString(title).replace(/\s+/g, ' ').trim();
  const area = areaOf(text);
  if (area) data.omraade = area;
  // A viewer's transcript can lose a cover's digits; its download button quotes the cover whole.
  const approval = findApproval(text) ?? findApproval(viewerTitles.join('\n'));
  if (approval) {
    data.godkendt = approval;
    data.status = 'vedtaget';
  }
  if (/revideres\s+(?:mindst\s+)?hvert\s+andet\s+år/i.test(text)) data.revision = { interval_aar: 2 };
  else if (/revideres\s+(?:mindst\s+)?hvert\s+år/i.test(text)) data.revision = { interval_aar: 1 };
  const next = statedDates(text).find((d) => d.kind === 'next-revision');
  if (next) data.revision = { dato: next.dato, ...data.revision };
  return data;
}

let areas: Array<[string, RegExp[]]> | undefined;

/** The area the text names: "§ 101", or "servicelovens 101" where a viewer lost the sign (schemas/furniture.json, `areas`). */
function areaOf(text: string): string | undefined {
  areas ??= Object.entries(readSchemaFile<{ areas: Record<string, string[] | string> }>('furniture.json').areas)
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
    .map(([area, patterns]) => [area, patterns.map((p) => new RegExp(p, 'iu'))]);
  return areas.find(([, patterns]) => patterns.some((p) => p.test(text)))?.[0];
}

/** "Holbæk Kommune" → "Holbæk", as a pattern; nothing matches an unknown kommune. */
function stem(kommune: string | undefined): string {
  return kommune ? kommune.replace(/s?\s+(?:Regions)?[Kk]ommune$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '^$';
}

/**
 * The title is the heading at the top that says it is a quality standard; a
 * department name above it is not. A section further down that explains what
 * a quality standard is ("Hvad er en kvalitetsstandard?") is not either.
 */
export function titleOf(tree: Root): Heading | undefined {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const top = headings.slice(0, 3);
  // "Kvalitetsstandarder", a page's section on the standards in general, names no standard.
  const named = top.find((h) => /kvalitetsstandard(?:en)?(?![\p{L}])/iu.test(toString(h)) && !/\?\s*$/.test(toString(h)));
  return named ?? headings.find((h) => h.depth === 1) ?? headings[0];
}

/** The words of the body, a block a line, with line breaks as spaces. */
function plainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return CONTINUE;
    blocks.push(toString(node).replace(/\s+/g, ' '));
    return SKIP;
  });
  return blocks.join('\n');
}

const precision = (date: StatedDate) => date.dato.length;

/** The approval date, most precise first; an update date when no approval is stated. */
export function findApproval(text: string): { af?: string; dato: string } | undefined {
  const dates = statedDates(text);
  const best = (kind: StatedDate['kind']) =>
    dates.filter((d) => d.kind === kind).reduce<StatedDate | undefined>((a, b) => (a && precision(a) >= precision(b) ? a : b), undefined);
  const approved = best('approved');
  if (approved) return approval(approved.between, approved.dato);
  // A cover that only dates the standard under a department's name: the date it states, with no body.
  const updated = best('updated') ?? best('dated');
  return updated ? { dato: updated.dato } : undefined;
}

function approval(body: string | undefined, dato: string): { af?: string; dato: string } {
  const cleaned = body
    ?.replace(/^(?:(?:i|af|på|ved)\s+)+/i, '')
    .replace(/\s+(?:den|d\.|på|i|pr\.)$/i, '')
    .replace(/[\s,:]+$/, '')
    .trim();
  const known = bodies.find((b) => cleaned?.toLowerCase().includes(b.toLowerCase()));
  const af = known ?? cleaned;
  return af ? { af: af.charAt(0).toUpperCase() + af.slice(1), dato } : { dato };
}
