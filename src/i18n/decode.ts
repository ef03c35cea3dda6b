/** What decoding a file says: a file that is not text, its encoding, an input limit it breaks (src/model/read.ts, src/model/limits.ts). */
import type { Localized } from '../types.js';
import { bilingual } from './index.js';

/** "3,2 MB" (English: "3.2 MB"), "12 KB". */
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

const da = { number: (value: number) => value.toLocaleString('da-DK'), size: (bytes: number) => size(bytes).replace('.', ',') };
const en = { number: (value: number) => value.toLocaleString('en-GB'), size };

const useImport = { da: 'Brug `kvs import` til Word- og PDF-filer.', en: 'Use `kvs import` for Word and PDF files.' };

export const decodeMessages = bilingual({
  // Not text.
  notMarkdown: {
    da: (kind: Localized) => `Filen er en ${kind.da}, ikke Markdown. ${useImport.da}`,
    en: (kind) => `The file is a ${kind.en}, not Markdown. ${useImport.en}`,
  },
  pdf: { da: 'PDF-fil', en: 'PDF file' },
  zip: { da: 'zip-fil (fx et Word-dokument, .docx)', en: 'zip file (e.g. a Word document, .docx)' },
  doc: { da: 'gammel Word-fil (.doc)', en: 'old Word file (.doc)' },
  binary: {
    da: `Filen indeholder NUL-tegn og ser ud til at være en binær fil (fx .docx eller .pdf), ikke Markdown. ${useImport.da}`,
    en: `The file contains NUL bytes and looks binary (e.g. .docx or .pdf), not Markdown. ${useImport.en}`,
  },
  // The encoding.
  invalidCharacters: {
    da: (encoding: string) =>
      `Filen ser ud til at være gemt som ${encoding}, men indeholder ugyldige tegn. Åbn den i en teksteditor, og gem den som UTF-8.`,
    en: (encoding) => `The file looks saved as ${encoding} but contains invalid characters. Open it in a text editor and save it as UTF-8.`,
  },
  legacyEncoding: {
    da: (encoding: string) =>
      `Filen er gemt som ${encoding} og er læst som sådan, så æ, ø og å er bevaret. Gem den som UTF-8, så andre værktøjer også viser dem rigtigt.`,
    en: (encoding) =>
      `The file is saved as ${encoding} and was read as such, so æ, ø and å are kept. Save it as UTF-8 so other tools show them correctly too.`,
  },
  // The input limits (docs/format.md).
  fileBytes: {
    da: (found: number, max: number) =>
      `Filen fylder ${da.size(found)}; grænsen er ${da.size(max)} (en kvalitetsstandard fylder typisk 10-120 KB), og teksten herfra er ud over den. Del standarden op i flere filer, eller fjern indlejrede billeder og andet der ikke er tekst.`,
    en: (found, max) =>
      `The file is ${en.size(found)}; the limit is ${en.size(max)} (a quality standard is typically 10-120 KB), and the text from here on is beyond it. Split the standard into several files, or remove embedded images and anything else that is not text.`,
  },
  lineLength: {
    da: (found: number, max: number) =>
      `Linjen er ${da.number(found)} tegn lang; grænsen er ${da.number(max)} tegn pr. linje. Del den op i flere linjer eller afsnit. Er det et indlejret billede (data:…), så gem billedet som en fil og henvis til den.`,
    en: (found, max) =>
      `The line is ${en.number(found)} characters long; the limit is ${en.number(max)} characters per line. Split it into several lines or paragraphs. If it is an embedded image (data:…), save the image as a file and link to it.`,
  },
  paragraphMarkup: {
    da: (from: number, found: number, length: number) =>
      `Afsnittet, der begynder i linje ${from}, har her ${da.number(found)} formateringstegn (* _ [ ] < ~ \`) på ${da.number(length)} tegn uden en tom linje. Markdown-læserens tid vokser med længde gange antal, og grænsen er 20 mio. (fx 2.000 af dem i et afsnit på 10.000 tegn). Del afsnittet op med tomme linjer, eller fjern formateringstegnene.`,
    en: (from, found, length) =>
      `The paragraph that starts on line ${from} has ${en.number(found)} markup characters (* _ [ ] < ~ \`) in ${en.number(length)} characters here, without a blank line. The Markdown parser's time grows with length times count, and the limit is 20 million (e.g. 2,000 of them in a paragraph of 10,000 characters). Split the paragraph with blank lines, or remove the markup characters.`,
  },
  nestingDepth: {
    da: (found: number, max: number) =>
      `Lister og citater (>) er her lagt ${found} niveauer inden i hinanden; grænsen er ${max} niveauer (en standard bruger sjældent over 3). Ryk linjerne mindre ind, eller fjern overflødige > og listetegn.`,
    en: (found, max) =>
      `Lists and block quotes (>) are nested ${found} levels deep here; the limit is ${max} levels (a standard rarely uses more than 3). Indent the lines less, or remove needless > and list markers.`,
  },
});
