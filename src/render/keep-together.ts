/** Text rules every rendering shares. */

/** "§ 101" and "§§ 101-102" never break after the sign: the space becomes a no-break space. */
export function keepParagraphSigns(text: string): string {
  return text.replace(/(§+)[ \t]+(?=\d)/gu, '$1\u00A0');
}
