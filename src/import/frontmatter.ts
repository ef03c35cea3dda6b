/**
 * Front-matter from what the document itself states: kommune, title, approval
 * body and date, revision interval, the area. Whatever it does not state is
 * left out, and `kvs check` asks for it. Nothing is invented.
 */
import type { Heading, Root } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

const months: Record<string, string> = {
  januar: '01', februar: '02', marts: '03', april: '04', maj: '05', juni: '06',
  juli: '07', august: '08', september: '09', oktober: '10', november: '11', december: '12',
};

const bodies = ['Kommunalbestyrelsen', 'Byrådet', 'Byråd', 'Borgerrepræsentationen', 'Kommunalbestyrelse'];

export interface ExtractedFrontMatter {
  kommune?: string;
  samarbejdskommuner?: string[];
  titel?: string;
  omraade?: string;
  godkendt?: { af?: string; dato: string };
  revision?: { interval_aar: number };
  status?: 'vedtaget';
}

export function extractFrontMatter(tree: Root, kommuneOption?: string): ExtractedFrontMatter {
  const data: ExtractedFrontMatter = {};
  const text = plainText(tree);
  const kommuner = mentionedKommuner(text);
  const kommune = kommuneOption ?? kommuner[0];
  if (kommune) data.kommune = kommune;
  const partners = kommuner.filter((k) => k !== kommune && new RegExp(`${kommune ?? '^$'}.{0,40}og ${k}|${k}.{0,40}og ${kommune ?? '^$'}`, 'u').test(text));
  if (partners.length > 0) data.samarbejdskommuner = partners;
  // The title is the heading that says it is a quality standard; a department name above it is not.
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const title = headings.find((h) => /kvalitetsstandard/i.test(toString(h))) ?? headings.find((h) => h.depth === 1);
  if (title) data.titel = toString(title).replace(/\s+/g, ' ').trim();
  if (/§\s*101\b/.test(text)) data.omraade = 'SEL § 101';
  const approval = findApproval(text);
  if (approval) {
    data.godkendt = approval;
    data.status = 'vedtaget';
  }
  if (/revideres\s+(?:mindst\s+)?hvert\s+andet\s+år/i.test(text)) data.revision = { interval_aar: 2 };
  else if (/revideres\s+(?:mindst\s+)?hvert\s+år/i.test(text)) data.revision = { interval_aar: 1 };
  return data;
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

/** "Holbæk Kommune", "Ishøj Kommune": the kommuner a text names, most named first. (Not `\b`: it is ASCII-only, so "Ærø Kommune" would never match.) */
function mentionedKommuner(text: string): string[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}æøå]+)\s+[Kk]ommune(?:s)?\b/gu)) {
    const name = match[1]!;
    if (['Din', 'Den', 'Hver', 'Anden', 'Egen', 'Samme', 'Denne'].includes(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // "Ringsted\nKommune" on a logo counts too.
  for (const match of text.matchAll(/\*\*(\p{Lu}[\p{Ll}æøå]+)\*\*\s*\n\s*Kommune/gu)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => `${name} Kommune`);
}

function findApproval(text: string): { af?: string; dato: string } | undefined {
  const approved = /(?:godkendt|vedtaget)\s+(?:i|af|på)?\s*(?:(?:det\s+)?([\p{L}\-,. ]{3,60}?)\s+)?(?:den\s+|d\.\s*)?(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4})/iu;
  const numeric = /(?:godkendt|vedtaget)\s+(?:i|af|på)?\s*([\p{L}\-,. ]{3,60}?)\s+(?:den\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})/iu;
  const yearOnly = /(?:godkendt|vedtaget)\s+(?:i|af|på)?\s*(?:([\p{L}\- ]{3,80}?)\s+)?(?:i\s+)?(\d{4})\b/iu;
  let match = approved.exec(text);
  if (match) return approval(match[1], `${match[4]}-${months[match[3]!.toLowerCase()]}-${match[2]!.padStart(2, '0')}`);
  match = numeric.exec(text);
  if (match) return approval(match[1], `${match[4]}-${match[3]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`);
  match = yearOnly.exec(text);
  if (match) return approval(match[1], match[2]!);
  return undefined;
}

function approval(body: string | undefined, dato: string): { af?: string; dato: string } {
  const cleaned = body?.replace(/^(?:i|af|på)\s+/i, '').trim();
  const known = bodies.find((b) => cleaned?.toLowerCase().includes(b.toLowerCase()));
  const af = known ?? cleaned;
  return af ? { af: af.charAt(0).toUpperCase() + af.slice(1), dato } : { dato };
}
