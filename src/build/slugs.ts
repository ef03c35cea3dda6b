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
import { buildMessages } from '../i18n/build.js';

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
      reason: buildMessages.sameFolder(names, slug),
    };
  });
}

function unsafeSlug(slug: string): Localized | undefined {
  const key = slugKey(slug);
  if (slug.trim() === '' || slug.startsWith('.')) {
    return buildMessages.hiddenSlug(slug);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/u.test(slug)) {
    return buildMessages.badCharacters;
  }
  if (reserved.has(key) || windowsDevice.test(key)) {
    return buildMessages.reservedSlug(slug);
  }
  return undefined;
}
