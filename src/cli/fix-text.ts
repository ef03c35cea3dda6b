/** Help and messages of `kvs fix`, Danish first. */
import type { Lang } from '../types.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const fixText = {
  da: {
    fix: 'Mekaniske rettelser: tomme afsnit for manglende krav, datoer og telefonnumre i fast form, forældede lovhenvisninger. Viser en diff; --write gemmer',
    paths: 'Filer, mapper eller glob-mønstre (standard: standards/)',
    write: 'Gem rettelserne (med en sikkerhedskopi i .kvs/backup/)',
    edit: (file: string, note: string) => `${file}: ${note}`,
    fixed: (file: string, backup: string) => `Rettet: ${file} (sikkerhedskopi: ${backup})`,
    dryRun: (n: number, files: number) =>
      n === 0
        ? 'Intet at rette.'
        : `${n} ${plural(n, 'rettelse', 'rettelser')} i ${files} ${plural(files, 'fil', 'filer')}. Intet er gemt; kør med --write for at gemme.`,
    summary: (n: number, files: number) => `${n} ${plural(n, 'rettelse', 'rettelser')} gemt i ${files} ${plural(files, 'fil', 'filer')}.`,
    skipped: (file: string, why: string) => `${file} springes over: ${why}`,
    notUtf8: (encoding: string) => `filen er ${encoding}, ikke UTF-8. Kør kvs fmt først, eller gem den som UTF-8.`,
    cannotWrite: (file: string, why: string) => `${file} kunne ikke gemmes: ${why}`,
  },
  en: {
    fix: 'Mechanical fixes: empty sections for missing requirements, dates and phone numbers in one form, stale legal references. Shows a diff; --write saves',
    paths: 'Files, folders or globs (default: standards/)',
    write: 'Save the fixes (with a backup in .kvs/backup/)',
    edit: (file: string, note: string) => `${file}: ${note}`,
    fixed: (file: string, backup: string) => `Fixed: ${file} (backup: ${backup})`,
    dryRun: (n: number, files: number) =>
      n === 0 ? 'Nothing to fix.' : `${n} ${plural(n, 'fix', 'fixes')} in ${files} ${plural(files, 'file', 'files')}. Nothing saved; run with --write to save.`,
    summary: (n: number, files: number) => `${n} ${plural(n, 'fix', 'fixes')} saved in ${files} ${plural(files, 'file', 'files')}.`,
    skipped: (file: string, why: string) => `${file} is skipped: ${why}`,
    notUtf8: (encoding: string) => `the file is ${encoding}, not UTF-8. Run kvs fmt first, or save it as UTF-8.`,
    cannotWrite: (file: string, why: string) => `${file} could not be saved: ${why}`,
  },
} satisfies Record<Lang, unknown>;
