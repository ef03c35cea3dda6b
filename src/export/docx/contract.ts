/**
 * What `kvs export --docx` writes into a Word file so that `kvs import` can
 * tell its own export and read it back exactly: the front-matter as written,
 * who exported it and when, and Markdown that Word cannot show. Word keeps
 * all of it when a reviewer saves the file.
 */

/** Character style of hidden runs holding Markdown Word has no form for (HTML comments such as `<!-- kvs-krav: … -->`). */
export const markdownStyle = 'KvsMarkdown';

/**
 * Character style of the text an HTML block shows (what the leaflet shows of
 * `<p>…</p>`): Word shows it, and the importer skips it, because the HTML it
 * came from travels beside it in a hidden run and comes back from there.
 */
export const shownStyle = 'KvsShown';

/**
 * Character style of a space that was a line break inside a Markdown
 * paragraph (address lines, say): Word shows a space, as Markdown renders
 * it, and the importer writes the line break back.
 */
export const softBreakStyle = 'KvsSoftBreak';

/** Paragraph style of the items of a loose list (blank lines between items in Markdown): a little space after each. */
export const looseListStyle = 'KvsLooseList';

/**
 * Paragraph styles of the first paragraph of a loose item (blank lines
 * between its own paragraph and what follows, a sublist say), in a tight or
 * a loose list: Markdown keeps the two apart (a one-item list can have a
 * loose item), so the importer must too. Word shows them as the loose list.
 */
export const looseItemStyle = 'KvsLooseItem';
export const looseItemLooseListStyle = 'KvsLooseItemLooseList';

/** Paragraph style of the front-matter table's caption and cells, so the table is known after LibreOffice drops the content control around it. */
export const frontMatterStyle = 'KvsFrontMatter';

/**
 * The names of our styles. LibreOffice saves styles under ids made from their
 * names ("kvs linjeskift" → Kvslinjeskift), so the importer knows a style by
 * its id or by its name.
 */
export const styleNames: Record<string, string> = {
  [markdownStyle]: 'kvs Markdown',
  [shownStyle]: 'kvs vist HTML',
  [softBreakStyle]: 'kvs linjeskift',
  [looseListStyle]: 'kvs løs liste',
  [looseItemStyle]: 'kvs løst punkt',
  [looseItemLooseListStyle]: 'kvs løst punkt i løs liste',
  [frontMatterStyle]: 'kvs front-matter',
};

/** w:alias (the title Word shows) of the front-matter content control. */
export const frontMatterAlias = 'Front-matter';

/** w:tag of the locked content control around the front-matter table: the table is shown, the YAML is the source. */
export const frontMatterTag = 'kvs-front-matter';

/** Custom document properties (File › Info › Properties › Advanced › Custom in Word). */
export const property = {
  version: 'kvs-version',
  author: 'kvs-author',
  date: 'kvs-date',
  /** The YAML front-matter, verbatim, as a JSON string cut into numbered parts: kvs-front-matter-1, -2, … */
  frontMatter: 'kvs-front-matter',
} as const;

/** Word's dialog cuts text properties at 255 characters, so longer values are stored in parts no longer than that. */
const partLength = 255;

/** A value as property parts: JSON keeps line breaks out of the XML, and parts are cut between characters, never inside one. */
export function toParts(value: string): string[] {
  const chars = Array.from(JSON.stringify(value));
  const parts: string[] = [];
  for (let at = 0; at < chars.length; at += partLength) parts.push(chars.slice(at, at + partLength).join(''));
  return parts;
}

/** The value the parts were cut from, or undefined when they do not join into one (a part lost or edited by hand). */
export function fromParts(parts: string[]): string | undefined {
  try {
    const value = JSON.parse(parts.join('')) as unknown;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `kvs-front-matter-3` → 3; other names → undefined. */
export function frontMatterPart(name: string): number | undefined {
  const match = new RegExp(`^${property.frontMatter}-(\\d{1,6})$`).exec(name);
  return match ? Number(match[1]) : undefined;
}
