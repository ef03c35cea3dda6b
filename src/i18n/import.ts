/** The words of `kvs import`. */
import { words } from './index.js';

export const importWords = words({
  noFiles: { da: 'Angiv mindst én fil: kvs import FIL…', en: 'Give at least one file: kvs import FILE…' },
  nothingWritten: { da: 'Intet skrevet.', en: 'Nothing written.' },
  sameStandard: {
    da: (other: string, source: string) => `${other}: samme standard som ${source} — importeres som én.`,
    en: (other, source) => `${other}: the same standard as ${source} — imported as one.`,
  },
  oneStandardOnly: {
    da: '-o FIL kan kun bruges, når filerne bliver til én standard. Brug --out MAPPE.',
    en: '-o FILE can only be used when the files make one standard. Use --out DIR.',
  },
  noKommune: {
    da: (source: string) =>
      `${source}: kommunens navn står ikke i dokumentet. Angiv det med --kommune "Navn Kommune" eller filen med -o. Intet skrevet.`,
    en: (source) => `${source}: the document does not name its kommune. Give it with --kommune "Name Kommune" or the file with -o. Nothing written.`,
  },
  unchanged: {
    da: (source: string, target: string) => `${source} → ${target}: allerede i formatet, uændret.`,
    en: (source, target) => `${source} → ${target}: already in the format, unchanged.`,
  },
  converted: { da: (from: string) => ` Konverteret fra ${from}.`, en: (from) => ` Converted from ${from}.` },
  summary: {
    da: (source: string, target: string, format: string, removed: string[], converted: string, errors: number) =>
      `${source} → ${target} (${format}): ${removed.length > 0 ? `fjernet ${removed.join(', ')}` : 'intet fjernet'}.${converted} kvs check finder ${errors} fejl.`,
    en: (source, target, format, removed, converted, errors) =>
      `${source} → ${target} (${format}): ${removed.length > 0 ? `removed ${removed.join(', ')}` : 'nothing removed'}.${converted} kvs check finds ${errors} errors.`,
  },
  /** Why text was left out, as counted in the summary. */
  reasons: {
    da: {
      'tracked-deletion': 'sletninger',
      comment: 'kommentarer',
      duplicate: 'gentagelser',
      'near-duplicate': 'næsten-gentagelser (lagt i kommentar)',
      'page-header': 'sidehoveder',
      'page-footer': 'sidefødder',
      'page-number': 'sidetal',
      'table-of-contents': 'indholdsfortegnelse',
      'field-error': 'feltfejl',
    } as Record<string, string>,
    en: {
      'tracked-deletion': 'deletions',
      comment: 'comments',
      duplicate: 'repeats',
      'near-duplicate': 'near-repeats (moved to a comment)',
      'page-header': 'page headers',
      'page-footer': 'page footers',
      'page-number': 'page numbers',
      'table-of-contents': 'table of contents',
      'field-error': 'field errors',
    },
  },
  kept: {
    da: (shown: string, kept: string) => `Den hidtidige ${shown} er gemt som ${kept}.`,
    en: (shown, kept) => `The previous ${shown} is kept as ${kept}.`,
  },
  tooLarge: {
    da: (mb: number, max: number) => `Filen fylder ${mb} MB; kvs import læser højst ${max} MB. Gem standarden uden billeder, eller del den op.`,
    en: (mb, max) => `The file is ${mb} MB; kvs import reads at most ${max} MB. Save the standard without pictures, or split it.`,
  },
  badFrom: {
    da: (value: string, formats: string) => `Ukendt --from "${value}". Vælg et af: ${formats}.`,
    en: (value, formats) => `Unknown --from "${value}". Choose one of: ${formats}.`,
  },
});
