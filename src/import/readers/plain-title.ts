/**
 * The title of plain text and the cover around it. A viewer or a converter
 * often runs a cover into one line ("Furesø Kommune Kvalitetsstandard for …
 * Tiltrådt af Byrådet"), glues a department's name onto the title, puts a
 * catalogue number in front of it ("15 Kvalitetsstandard …"), or shows the
 * title word alone above the title that repeats it. The title comes out
 * alone; each cover piece becomes a paragraph of its own, which the cover
 * pass (passes/tree-cover.ts) moves to the front-matter, and a repeat of the
 * title is reported as a duplicate there.
 */
import type { Line } from '../lines.js';
import type { Removal } from '../types.js';
import { catalogueNumber, cleanTitle, coverPieces, startsWithTitleWord } from '../cover.js';
import { isCoverLine } from '../passes/tree-cover.js';

export interface TitleParts {
  title: string;
  /** Cover pieces before and after the title, in their order, each a paragraph of its own. */
  before: string[];
  after: string[];
  /** A first section's numbered heading a viewer's page title ran on after the title ("…behandlingen. 1. Rammer"). */
  section?: string;
}

/**
 * "Kvalitetsstandard for stofmisbrugsbehandlingen. 1. Rammer": an online
 * viewer names the page by the document's first lines joined with full
 * stops, so its title can end in the first section's numbered heading.
 */
const sectionAfterTitle = /^(.*?[\p{L}\p{N}])\.\s+(\d{1,2}\.\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,5})$/u;

function withoutSection(title: string): { title: string; section?: string } {
  const match = sectionAfterTitle.exec(title);
  return match ? { title: match[1]!, section: match[2]! } : { title };
}

/** The title from the words of the title lines; what is not title is a cover piece or a removal. */
export function titleParts(text: string, at: Line, removed: Removal[]): TitleParts {
  let line = text.replace(/\s+/g, ' ').trim();
  const number = catalogueNumber(line);
  if (number !== undefined) {
    removed.push({ reason: 'catalogue-number', text: number, line: at.line });
    line = line.slice(line.indexOf(number) + number.length).trim();
  }
  const pieces = coverPieces(line);
  const titleAt = pieces.findIndex(startsWithTitleWord);
  // Cut only where everything else is cover: a title that names a centre stays whole.
  if (pieces.length < 2 || titleAt < 0 || pieces.some((piece, index) => index !== titleAt && !isCoverLine(piece))) {
    return { ...withoutSection(cleanTitle(line)), before: [], after: [] };
  }
  return { ...withoutSection(cleanTitle(pieces[titleAt]!)), before: pieces.slice(0, titleAt), after: pieces.slice(titleAt + 1) };
}

/**
 * "Kvalitetsstandard" above "Kvalitetsstandard for stof- og alkoholmisbrug":
 * the word alone is a repeat of the title under it.
 */
export function repeatsTitleWord(word: string, subtitle: string): boolean {
  const alone = word.trim().toLowerCase();
  return alone !== '' && subtitle.trim().toLowerCase().startsWith(`${alone} `);
}

/**
 * A cover line that repeats the title among other cover pieces (a viewer's
 * first page: "Social- og Sundhedsforvaltningen … 25. september 2009
 * Kvalitetsstandard for …"): cut before and after the title, and the rest
 * at its cover pieces. Undefined when the line does not contain the title,
 * or when what stands around it is not all cover.
 */
export function splitAroundTitle(text: string, title: string): string[] | undefined {
  const tokens = title.match(/[\p{L}\p{N}§]+/gu);
  if (!tokens || tokens.length < 2) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}§]+')}(?![\\p{L}\\p{N}])[)\\].]?`, 'iu');
  const line = text.replace(/\s+/g, ' ').trim();
  const match = pattern.exec(line);
  if (!match) return undefined;
  const before = line.slice(0, match.index).trim();
  const after = line.slice(match.index + match[0].length).trim();
  if (before === '' && after === '') return undefined;
  // The title's words inside a sentence ("I medfør af § 101, stk. 3, i lov om social service, jf. …") are the sentence's,
  // not a cover line repeating the title: cutting them out would lose words.
  if (/(?<!\p{L})(?:i|af|om|efter|til|jf\.|ifølge|under|og)$/iu.test(before) || /^[,;:]/u.test(after)) return undefined;
  // A stray letter of a cover picture stays with the repeat ("t KVALITETSSTANDARD …"), which goes as a whole.
  const stray = /^\p{L}{1,2}$/u.test(before);
  // The repeat stands alone only among cover pieces, or opening a page whose text starts after it with a
  // capital. In a sentence ("… du har frit valg", "Frit valg betyder …" under "Frit valg") the title's
  // words are the sentence's, and cutting them out would lose them as a "duplicate".
  const cover = (part: string) => part === '' || coverPieces(part).every(isCoverLine);
  if (!(stray || cover(before)) || !(cover(after) || /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u.test(after))) return undefined;
  if (stray) return [`${before} ${match[0]}`, ...(after ? coverPieces(after) : [])];
  return [...(before ? coverPieces(before) : []), match[0], ...(after ? coverPieces(after) : [])];
}
