/**
 * The kommune a document names, from the 98 kommuner's official names
 * (schemas/kommuner.json): "Ringkøbing-Skjern Kommune" is found whole, never
 * as "Skjern Kommune"; "Bornholms Regionskommune", the genitive "Holbæk
 * Kommunes" and a name broken over two lines count too. Where no name is
 * written out, the kommune's own e-mail or web domain, then a postal town
 * that is a kommune's name, tell it.
 */
import { readSchemaFile } from '../law/data.js';

interface KommuneData {
  name: string;
  stem: string;
  domains?: string[];
}

interface Kommune extends KommuneData {
  mention: RegExp;
  domainSet: Set<string>;
}

let loaded: Kommune[] | undefined;

function kommuner(): Kommune[] {
  loaded ??= readSchemaFile<{ kommuner: KommuneData[] }>('kommuner.json').kommuner.map((k) => ({
    ...k,
    mention: mentionPattern(k),
    domainSet: new Set([...(k.domains ?? []), ...asciiForms(k.stem).flatMap((s) => [`${s}.dk`, `${s}kommune.dk`, `${s}-kommune.dk`])]),
  }));
  return loaded;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Ringkøbing-Skjern Kommune", "Ringkøbing- Skjern kommunes", "**Ringsted**\nKommune", "Bornholms Regionskommune". */
function mentionPattern(k: KommuneData): RegExp {
  const stem = k.stem.split('-').map(escape).join('\\s*-\\s*');
  const genitive = k.name.startsWith(`${k.stem}s `) ? 's?' : '';
  const word = /Regionskommune$/.test(k.name) ? '(?:[Rr]egionskommune|[Kk]ommune)' : '[Kk]ommune';
  return new RegExp(`(?<![\\p{L}\\p{N}-])${stem}${genitive}(?:\\*\\*)?\\s+${word}(?:s|ns)?(?![\\p{L}])`, 'gu');
}

/** A stem as it is written in a domain: "Tønder" → toender, tonder. */
function asciiForms(stem: string): string[] {
  const lower = stem.toLowerCase();
  const forms = [
    lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
    lower.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a'),
  ];
  return [...new Set(forms.flatMap((f) => [f, f.replace(/-/g, '')]))];
}

const notNames = new Set(['Din', 'Den', 'Hver', 'Anden', 'Egen', 'Samme', 'Denne', 'Vores', 'Jeres', 'Hvilken', 'Enhver', 'Bopæls', 'Handle', 'Opholds']);

/**
 * The kommuner a text names, most named first: the official names, and a
 * name that is no real kommune's (an example document's "Eksempelby Kommune")
 * as written, but never half of a two-part name ("Skjern Kommune").
 */
export function mentionedKommuner(text: string): string[] {
  const counts = new Map<string, number>();
  for (const k of kommuner()) {
    // Most kommuner are not named at all; a plain search rules them out before the pattern runs.
    if (!text.includes(k.stem.split('-')[0]!)) continue;
    const n = [...text.matchAll(k.mention)].length;
    if (n > 0) counts.set(k.name, n);
  }
  const parts = new Set(kommuner().flatMap((k) => [k.stem, ...k.stem.split('-')]));
  for (const match of text.matchAll(/(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+[Kk]ommune(?:s|ns)?(?![\p{L}])/gu)) {
    const name = match[1]!;
    if (notNames.has(name) || parts.has(name) || parts.has(name.replace(/s$/, ''))) continue;
    counts.set(`${name} Kommune`, (counts.get(`${name} Kommune`) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** The kommune whose own domain an e-mail or web address in the text uses. */
export function kommuneByDomain(text: string): string | undefined {
  for (const match of text.matchAll(/(?:@|\bwww\.|https?:\/\/(?:www\.)?)([a-z0-9-]+(?:\.[a-z0-9-]+)*\.dk)\b/giu)) {
    const domain = match[1]!.toLowerCase().split('.').slice(-2).join('.');
    const found = kommuner().find((k) => k.domainSet.has(domain));
    if (found) return found.name;
  }
  return undefined;
}

/** The kommune named by a postal town in an address: "7400 Herning". */
export function kommuneByAddress(text: string): string | undefined {
  for (const match of text.matchAll(/\b\d{4}\s+(\p{Lu}[\p{L}-]+)/gu)) {
    const found = kommuner().find((k) => k.stem === match[1]);
    if (found) return found.name;
  }
  return undefined;
}

/** Whether a line says nothing but a kommune's name ("Eksempel Kommune" as a logo or cover line). */
export function isKommuneNameOnly(text: string): boolean {
  const line = text.replace(/[*_\\#]/g, ' ').replace(/\s+/g, ' ').trim();
  return kommuner().some((k) => {
    k.mention.lastIndex = 0;
    const match = k.mention.exec(line);
    k.mention.lastIndex = 0;
    return match !== null && match.index === 0 && match[0].length === line.length;
  });
}
