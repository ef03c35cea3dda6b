/** The words of `kvs fix`: the command, and the note on each fix it makes. */
import { words } from './index.js';
import { plural } from './shared.js';

export const fixWords = words({
  fix: {
    da: 'Mekaniske rettelser: tomme afsnit for manglende krav, datoer og telefonnumre i fast form, forældede lovhenvisninger. Viser en diff; --write gemmer',
    en: 'Mechanical fixes: empty sections for missing requirements, dates and phone numbers in one form, stale legal references. Shows a diff; --write saves',
  },
  paths: { da: 'Filer, mapper eller glob-mønstre (standard: standards/)', en: 'Files, folders or globs (default: standards/)' },
  write: { da: 'Gem rettelserne (med en sikkerhedskopi i .kvs/backup/)', en: 'Save the fixes (with a backup in .kvs/backup/)' },
  edit: { da: (file: string, note: string) => `${file}: ${note}`, en: (file, note) => `${file}: ${note}` },
  fixed: {
    da: (file: string, backup: string) => `Rettet: ${file} (sikkerhedskopi: ${backup})`,
    en: (file, backup) => `Fixed: ${file} (backup: ${backup})`,
  },
  dryRun: {
    da: (n: number, files: number) =>
      n === 0
        ? 'Intet at rette.'
        : `${n} ${plural(n, 'rettelse', 'rettelser')} i ${files} ${plural(files, 'fil', 'filer')}. Intet er gemt; kør med --write for at gemme.`,
    en: (n, files) =>
      n === 0 ? 'Nothing to fix.' : `${n} ${plural(n, 'fix', 'fixes')} in ${files} ${plural(files, 'file', 'files')}. Nothing saved; run with --write to save.`,
  },
  summary: {
    da: (n: number, files: number) => `${n} ${plural(n, 'rettelse', 'rettelser')} gemt i ${files} ${plural(files, 'fil', 'filer')}.`,
    en: (n, files) => `${n} ${plural(n, 'fix', 'fixes')} saved in ${files} ${plural(files, 'file', 'files')}.`,
  },
  skipped: { da: (file: string, why: string) => `${file} springes over: ${why}`, en: (file, why) => `${file} is skipped: ${why}` },
  notUtf8: {
    da: (encoding: string) => `filen er ${encoding}, ikke UTF-8. Kør kvs fmt først, eller gem den som UTF-8.`,
    en: (encoding) => `the file is ${encoding}, not UTF-8. Run kvs fmt first, or save it as UTF-8.`,
  },
  cannotWrite: {
    da: (file: string, why: string) => `${file} kunne ikke gemmes: ${why}`,
    en: (file, why) => `${file} could not be saved: ${why}`,
  },
  // The notes on the fixes, one a line of the dry run.
  phoneNote: {
    da: (written: string, paired: string) => `telefon: "${written}" → "${paired}"`,
    en: (written, paired) => `phone: "${written}" → "${paired}"`,
  },
  referenceNote: {
    da: (written: string, replacement: string) => `henvisning: "${written}" → "${replacement}"`,
    en: (written, replacement) => `reference: "${written}" → "${replacement}"`,
  },
  dateNote: {
    da: (path: string, written: string, iso: string) => `${path}: "${written}" → ${iso}`,
    en: (path, written, iso) => `${path}: "${written}" → ${iso}`,
  },
  contactPhoneNote: {
    da: (written: string, paired: string) => `kontakt.telefon: "${written}" → "${paired}"`,
    en: (written, paired) => `kontakt.telefon: "${written}" → "${paired}"`,
  },
  renameNote: {
    da: ({ from, to }: { from: string; to: string }) => `overskriften "${from}" rettet til "${to}"`,
    en: ({ from, to }) => `heading "${from}" renamed to "${to}"`,
  },
  sectionsNote: {
    da: (headings: string[]) => `tomme afsnit tilføjet: ${headings.map((n) => `"${n}"`).join(', ')} (skriv selv teksten)`,
    en: (headings) => `empty sections added: ${headings.map((n) => `"${n}"`).join(', ')} (write the text yourself)`,
  },
});
