/**
 * Each standard publishes to output/<slug>/, the slug being its file name
 * without the ending. Two standards must never share a folder, or one would
 * silently replace the other: not `a/x.md` and `b/x.md`, not names that only
 * differ in case (one folder on macOS and Windows) or in Unicode form, and
 * not "Århus" and "Aarhus" (one address once a web server or CMS folds the
 * letters). Nor may a slug take a name the build itself uses (index.html,
 * compare.html, the .kvs- files) or climb out of output/.
 *
 * Every file gets its slug or a refusal; a refusal names the other file, and
 * the other standards are built as usual.
 */
import { basename, extname, relative } from 'node:path';
import type { Localized } from '../types.js';

export type SlugFor = { ok: true; slug: string } | { ok: false; reason: Localized };

/** Names the build writes beside the standards' folders. */
const reserved = new Set(['index.html', 'compare.html']);
/** Names Windows will not give a folder. */
const windowsDevice = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/u;

export function slugOf(file: string): string {
  return basename(file, extname(file)).normalize('NFC');
}

/** The form two slugs share when they would land in one folder or one address. */
export function slugKey(slug: string): string {
  return slug
    .normalize('NFC')
    .toLowerCase()
    .replace(/å/gu, 'aa')
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The slug of each file, in the files' order, or why it cannot be published. */
export function slugsFor(files: readonly string[], cwd: string): SlugFor[] {
  const shown = (file: string) => relative(cwd, file) || file;
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const key = slugKey(slugOf(file));
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  return files.map((file): SlugFor => {
    const slug = slugOf(file);
    const unsafe = unsafeSlug(slug);
    if (unsafe) return { ok: false, reason: unsafe };
    const others = byKey.get(slugKey(slug))!.filter((other) => other !== file);
    if (others.length === 0) return { ok: true, slug };
    const names = others.map(shown).join(', ');
    return {
      ok: false,
      reason: {
        da: `Den ville blive udgivet i samme mappe som ${names} (${slug}/), og den ene ville erstatte den anden. Giv en af filerne et andet navn.`,
        en: `It would be published to the same folder as ${names} (${slug}/), and one would replace the other. Give one of the files another name.`,
      },
    };
  });
}

function unsafeSlug(slug: string): Localized | undefined {
  const key = slugKey(slug);
  if (slug.trim() === '' || slug.startsWith('.')) {
    return {
      da: `Filnavnet giver mappenavnet "${slug}", som er tomt eller skjult. Giv filen et navn, der begynder med et bogstav eller tal.`,
      en: `The file name gives the folder name "${slug}", which is empty or hidden. Give the file a name that begins with a letter or digit.`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/u.test(slug)) {
    return {
      da: 'Filnavnet indeholder styretegn eller tegn som < > : " | ? *, der ikke kan stå i et mappenavn eller en adresse. Giv filen et navn med bogstaver, tal og bindestreger.',
      en: 'The file name contains control characters or characters such as < > : " | ? * that cannot be part of a folder name or an address. Give the file a name of letters, digits and hyphens.',
    };
  }
  if (reserved.has(key) || windowsDevice.test(key)) {
    return {
      da: `Filnavnet giver mappenavnet "${slug}", som byggeriet selv bruger eller som Windows ikke tillader. Giv filen et andet navn.`,
      en: `The file name gives the folder name "${slug}", which the build uses itself or Windows does not allow. Give the file another name.`,
    };
  }
  return undefined;
}
