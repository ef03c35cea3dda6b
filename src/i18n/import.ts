/** The words of `kvs import`. */
import type { Localized } from '../types.js';
import { bilingual, words } from './index.js';

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
  /** The kvs comments the importer wrote for the writer (near-duplicates that disagree). */
  added: {
    da: (n: number) => (n === 0 ? '' : ` Tilføjet ${n} kvs-kommentar${n === 1 ? '' : 'er'} til skribenten.`),
    en: (n) => (n === 0 ? '' : ` Added ${n} kvs comment${n === 1 ? '' : 's'} for the writer.`),
  },
  /** Headings split off the page lines of a viewer's transcript. */
  split: {
    da: (n: number) => (n === 0 ? '' : ` Delt ${n} overskrift${n === 1 ? '' : 'er'} ud af sidelinjer (se rapporten).`),
    en: (n) => (n === 0 ? '' : ` Split ${n} heading${n === 1 ? '' : 's'} off page lines (see the report).`),
  },
  summary: {
    da: (source: string, target: string, format: string, removed: string[], added: string, converted: string, errors: number) =>
      `${source} → ${target} (${format}): ${removed.length > 0 ? `fjernet ${removed.join(', ')}` : 'intet fjernet'}.${added}${converted} kvs check finder ${errors} fejl.`,
    en: (source, target, format, removed, added, converted, errors) =>
      `${source} → ${target} (${format}): ${removed.length > 0 ? `removed ${removed.join(', ')}` : 'nothing removed'}.${added}${converted} kvs check finds ${errors} errors.`,
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
      navigation: 'navigation (springlinks, brødkrummer, tilbage)',
      'page-control': 'knapper (fold ud, del, udskriv)',
      'cookie-notice': 'cookietekst',
      logo: 'logotekst',
      'pdf-viewer': 'PDF-fremviserens tekst',
      'front-matter': 'forsidelinjer (flyttet til front-matter)',
      'catalogue-number': 'katalognumre foran titlen',
      'picture-text': 'billedtekster fra siden',
      image: 'billeder (kun navnet; sæt dem ind i Markdown-filen)',
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
      navigation: 'navigation (skip links, breadcrumbs, back)',
      'page-control': 'buttons (expand, share, print)',
      'cookie-notice': 'cookie notices',
      logo: 'logo text',
      'pdf-viewer': 'PDF viewer text',
      'front-matter': 'cover lines (moved to the front-matter)',
      'catalogue-number': 'catalogue numbers before the title',
      'picture-text': "the page's picture texts",
      image: 'images (named only; add them to the Markdown file)',
    },
  },
  picturesWritten: {
    da: (count: number, folder: string) => `${count} ${count === 1 ? 'billede' : 'billeder'} skrevet til ${folder}/ og linket i standarden.`,
    en: (count, folder) => `${count} ${count === 1 ? 'picture' : 'pictures'} written to ${folder}/ and linked in the standard.`,
  },
  picturesReported: {
    da: (source: string) => `${source}: billeder, der ikke er skrevet ved siden af standarden, står i rapporten (removed, "image").`,
    en: (source) => `${source}: pictures not written beside the standard are listed in the report (removed, "image").`,
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

/** Why a document cannot be imported (src/import/). */
export const importMessages = bilingual({
  empty: { da: 'Filen er tom. Der er intet at importere.', en: 'The file is empty. There is nothing to import.' },
  notZip: {
    da: 'Filen er ikke en gyldig Word-fil (.docx): den kan ikke pakkes ud. Gem den igen fra Word som .docx.',
    en: 'The file is not a valid Word file (.docx): it cannot be unpacked. Save it again from Word as .docx.',
  },
  oldFormat: {
    da: 'Filen er et ældre Word-dokument (.doc) eller beskyttet med adgangskode. Åbn den i Word, fjern en eventuel adgangskode, og gem den som .docx.',
    en: 'The file is an older Word document (.doc) or is password-protected. Open it in Word, remove any password, and save it as .docx.',
  },
  noDocument: {
    da: 'Filen er en zip-fil, men ikke et Word-dokument: word/document.xml mangler. Er det en anden slags fil (fx Excel eller PowerPoint)? Gem dokumentet fra Word som .docx.',
    en: 'The file is a zip file but not a Word document: word/document.xml is missing. Is it another kind of file (e.g. Excel or PowerPoint)? Save the document from Word as .docx.',
  },
  tooLarge: {
    da: 'Filen er for stor: teksten fylder over 100 MB, når den pakkes ud. Det er ikke en almindelig kvalitetsstandard; del dokumentet op, eller gem det igen fra Word.',
    en: 'The file is too large: its text takes more than 100 MB when unpacked. That is not an ordinary quality standard; split the document, or save it again from Word.',
  },
  damaged: {
    da: (part: string, detail: string) => `Word-filen er beskadiget: ${part} kan ikke læses (${detail}). Åbn den i Word, og gem den igen som .docx.`,
    en: (part, detail) => `The Word file is damaged: ${part} cannot be read (${detail}). Open it in Word and save it again as .docx.`,
  },
  // Elements nested too deeply, and where.
  tooDeep: {
    da: (where: Localized, depth: number, atLeast: boolean, element: string, max: number) =>
      `For dybt indlejret: ${where.da} har elementer lagt ${atLeast ? 'mindst ' : ''}${depth.toLocaleString('da-DK')} niveauer inden i hinanden (mest <${element}>); ` +
      `grænsen er ${max}, og et almindeligt dokument bruger under 30. Det er tabeller i tabeller, lister i lister, ` +
      `eller indholdskontroller, tekstfelter, links eller felter inden i hinanden. Fjern de overflødige lag ` +
      `(fx ved at kopiere teksten over i et nyt dokument), og gem filen igen.`,
    en: (where, depth, atLeast, element, max) =>
      `Nested too deeply: ${where.en} has elements ${atLeast ? 'at least ' : ''}${depth.toLocaleString('en-GB')} levels inside each other (mostly <${element}>); ` +
      `the limit is ${max}, and an ordinary document uses fewer than 30. These are tables in tables, lists in lists, ` +
      `or content controls, text boxes, links or fields inside each other. Remove the needless layers ` +
      `(e.g. by copying the text into a new document), and save the file again.`,
  },
  wordFile: { da: 'Word-filen', en: 'the Word file' },
  wordPart: { da: (part: string) => `${part} i Word-filen`, en: (part) => `${part} in the Word file` },
  html: { da: 'HTML-koden', en: 'the HTML' },
});
