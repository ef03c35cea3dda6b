/** "Hjørring Kommune" → "hjoerring": the kommune in ASCII, for file names. */
export function kommuneSlug(kommune: string): string {
  return kommune
    .replace(/\s+kommune$/i, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file name of a standard: kommune plus the area, e.g. `hjoerring-stofmisbrug.md`. */
export function standardFileName(kommune: string, area = 'stofmisbrug'): string {
  const slug = kommuneSlug(kommune);
  return `${slug || 'ukendt-kommune'}-${area}.md`;
}
