/** What reading and writing files says: why a file is not read, why a write is refused or failed. */
import type { Localized } from '../types.js';
import { bilingual } from './index.js';

/** Why a file is not read (src/fs/read.ts). */
export const readMessages = bilingual({
  missing: { da: 'Filen findes ikke.', en: 'The file does not exist.' },
  dangling: {
    da: 'Filen er et symbolsk link til en fil, der ikke findes. Ret linket, eller slet det.',
    en: 'The file is a symbolic link to a file that does not exist. Fix the link or delete it.',
  },
  loop: {
    da: 'Filen er et symbolsk link, der peger på sig selv i ring. Ret linket, eller slet det.',
    en: 'The file is a symbolic link that points round in a loop. Fix the link or delete it.',
  },
  changedToLink: {
    da: 'Filen blev skiftet ud med et symbolsk link, mens den blev læst. Prøv igen.',
    en: 'The file was replaced by a symbolic link while it was read. Try again.',
  },
  tooLarge: {
    da: (max: number) => `Filen er større end ${Math.round(max / 1024)} KB og læses ikke; den er næppe skrevet af kvs.`,
    en: (max) => `The file is larger than ${Math.round(max / 1024)} KB and is not read; kvs hardly wrote it.`,
  },
  unreadable: {
    da: (code: string) => `Filen kan ikke læses (${code}). Tjek, at du har læseadgang til den.`,
    en: (code) => `The file cannot be read (${code}). Check that you may read it.`,
  },
  notFile: {
    da: (kind: Localized) => `Det er ${kind.da}, ikke en almindelig fil, og den læses ikke. En standard er en .md-fil.`,
    en: (kind) => `It is ${kind.en}, not a regular file, and is not read. A standard is a .md file.`,
  },
  extension: {
    da: (extensions: readonly string[]) =>
      `Filen er ikke en Markdown-fil (${extensions.join(' eller ')}). Brug kvs import til Word-, PDF- og tekstfiler.`,
    en: (extensions) => `The file is not a Markdown file (${extensions.join(' or ')}). Use kvs import for Word, PDF and text files.`,
  },
  hardLink: {
    da: (links: number) =>
      `Filen har ${links} navne (hårde links), og et af dem kan ligge uden for projektet eller i .git/. Kopiér den til en almindelig fil (cp), så læses den.`,
    en: (links) =>
      `The file has ${links} names (hard links), and one of them may lie outside the project or in .git/. Copy it to a plain file (cp) and it is read.`,
  },
  hidden: {
    da: (folder: string) =>
      `Filen ligger i den skjulte mappe ${folder} (eller linker dertil). Standarder læses ikke fra skjulte mapper som .git/, så intet derfra kan blive udgivet. Læg standarden i standards/.`,
    en: (folder) =>
      `The file lies in the hidden folder ${folder} (or links there). Standards are not read from hidden folders such as .git/, so nothing there can be published. Put the standard in standards/.`,
  },
  outside: {
    da: (real: string, root: string) =>
      `Filen er et symbolsk link til ${real}, som ligger uden for projektmappen ${root}. Kopiér filen ind i projektet i stedet for at linke til den.`,
    en: (real, root) =>
      `The file is a symbolic link to ${real}, which lies outside the project folder ${root}. Copy the file into the project instead of linking to it.`,
  },
  // What a path is, when it is not a regular file.
  folder: { da: 'en mappe', en: 'a folder' },
  fifo: { da: 'en navngiven pipe (FIFO)', en: 'a named pipe (FIFO)' },
  device: { da: 'en enhedsfil', en: 'a device file' },
  socket: { da: 'en socket', en: 'a socket' },
  notRegular: { da: 'ikke en almindelig fil', en: 'not a regular file' },
});

/** Why a write failed or was refused (src/fs/write.ts, src/fs/replace.ts). */
export const writeMessages = bilingual({
  diskFull: {
    da: (file: string) => `Disken er fuld: ${file} kunne ikke skrives. Frigør plads, og prøv igen. Intet er overskrevet.`,
    en: (file) => `The disk is full: ${file} could not be written. Free some space and try again. Nothing was overwritten.`,
  },
  noPermission: {
    da: (file: string, code: string) =>
      `Ingen skriveadgang: ${file} kunne ikke skrives (${code}). Vælg en mappe, du må skrive i, eller ret rettighederne. Intet er overskrevet.`,
    en: (file, code) =>
      `No permission: ${file} could not be written (${code}). Choose a folder you may write to, or fix the permissions. Nothing was overwritten.`,
  },
  readOnlyDrive: {
    da: (file: string) => `Drevet er skrivebeskyttet: ${file} kunne ikke skrives. Vælg en mappe på et drev, der kan skrives på. Intet er overskrevet.`,
    en: (file) => `The drive is read-only: ${file} could not be written. Choose a folder on a writable drive. Nothing was overwritten.`,
  },
  isFolder: {
    da: (file: string) => `${file} er en mappe, ikke en fil. Angiv et filnavn. Intet er overskrevet.`,
    en: (file) => `${file} is a folder, not a file. Give a file name. Nothing was overwritten.`,
  },
  notFolder: {
    da: (file: string) => `${file} kan ikke skrives: en del af stien er en fil, ikke en mappe. Angiv en anden sti. Intet er overskrevet.`,
    en: (file) => `${file} cannot be written: part of the path is a file, not a folder. Give another path. Nothing was overwritten.`,
  },
  exists: { da: (file: string) => `${file} findes allerede.`, en: (file) => `${file} already exists.` },
  failed: {
    da: (file: string, code: string) => `${file} kunne ikke skrives (${code}). Intet er overskrevet.`,
    en: (file, code) => `${file} could not be written (${code}). Nothing was overwritten.`,
  },
  unsafe: { da: (why: Localized) => `${why.da} Intet er skrevet.`, en: (why) => `${why.en} Nothing was written.` },
  notRegularFile: {
    da: (file: string) => `${file} er ikke en almindelig fil. Intet er overskrevet.`,
    en: (file) => `${file} is not a regular file. Nothing was overwritten.`,
  },
  readOnlyFile: {
    da: (file: string) =>
      `${file} er skrivebeskyttet (ingen må skrive i den). Intet er overskrevet. Fjern skrivebeskyttelsen (chmod u+w), hvis filen skal ændres.`,
    en: (file) => `${file} is read-only (nobody may write to it). Nothing was overwritten. Make it writable (chmod u+w) if it is to be changed.`,
  },
  cannotKeep: {
    da: (file: string, why: Localized) => `${file} kan ikke læses, så den kan ikke gemmes, før den erstattes: ${why.da} Intet er overskrevet.`,
    en: (file, why) => `${file} cannot be read, so it cannot be kept before it is replaced: ${why.en} Nothing was overwritten.`,
  },
  changed: {
    da: (file: string) =>
      `${file} er blevet ændret, siden kvs læste den (er den gemt fra en editor imens?). Intet er overskrevet, og ændringen er bevaret. Kør kommandoen igen.`,
    en: (file) =>
      `${file} has changed since kvs read it (was it saved from an editor meanwhile?). Nothing was overwritten and the change is kept. Run the command again.`,
  },
  outsideProject: {
    da: (file: string) => `${file} ligger uden for projektmappen. Intet er skrevet der.`,
    en: (file) => `${file} lies outside the project folder. Nothing was written there.`,
  },
  linksOutside: {
    da: (file: string, real: string) => `${file} er et symbolsk link til ${real} uden for projektmappen. Intet er overskrevet.`,
    en: (file, real) => `${file} is a symbolic link to ${real} outside the project folder. Nothing was overwritten.`,
  },
  backupUnsafe: {
    da: (why: Localized) => `Sikkerhedskopien kan ikke gemmes: ${why.da} Intet er overskrevet.`,
    en: (why) => `The backup cannot be kept: ${why.en} Nothing was overwritten.`,
  },
});

/** Why a place is refused: a setting's path, an output over an input, a write into .git/ (src/fs/inside.ts, src/fs/outputs.ts). */
export const placeMessages = bilingual({
  settingRefused: {
    da: (what: string, path: string, why: Localized) => `Indstillingen ${what} i kvs.config.json (${JSON.stringify(path)}) afvises: ${why.da}`,
    en: (what, path, why) => `The setting ${what} in kvs.config.json (${JSON.stringify(path)}) is refused: ${why.en}`,
  },
  nulCharacter: { da: 'stien indeholder et nul-tegn.', en: 'the path contains a NUL character.' },
  absolute: {
    da: 'en absolut sti er ikke tilladt. Læg filen i projektmappen og skriv stien i forhold til kvs.config.json.',
    en: 'an absolute path is not allowed. Put the file in the project folder and give its path relative to kvs.config.json.',
  },
  climbsOut: {
    da: (base: string) => `stien går med ../ uden for projektmappen ${base}.`,
    en: (base) => `the path climbs out of the project folder ${base} with ../.`,
  },
  linksOutOfProject: {
    da: (target: string, real: string, root: string) => `${target} er et symbolsk link til ${real}, som ligger uden for projektmappen ${root}.`,
    en: (target, real, root) => `${target} is a symbolic link to ${real}, which lies outside the project folder ${root}.`,
  },
  inHiddenFolder: {
    da: (target: string, hidden: string) =>
      `${target} ligger i (eller linker til) den skjulte mappe ${hidden}/, hvor fx .git/ gemmer adgangsnøgler; intet derfra må udgives.`,
    en: (target, hidden) =>
      `${target} lies in (or links to) the hidden folder ${hidden}/, where e.g. .git/ keeps access tokens; nothing there may be published.`,
  },
  notFileOrFolder: { da: (target: string) => `${target} er ikke en almindelig fil.`, en: (target) => `${target} is not a regular file.` },
  notAFolder: { da: (target: string) => `${target} er ikke en mappe.`, en: (target) => `${target} is not a folder.` },
  aFolder: { da: (target: string) => `${target} er en mappe, ikke en fil.`, en: (target) => `${target} is a folder, not a file.` },
  settingMissing: {
    da: (target: string, what: string) => `Filen eller mappen ${target} fra kvs.config.json (${what}) findes ikke.`,
    en: (target, what) => `The file or folder ${target} named in kvs.config.json (${what}) does not exist.`,
  },
  settingLinksOut: {
    da: (what: string, path: string, real: string, hidden: boolean, root: string) =>
      `Indstillingen ${what} i kvs.config.json afvises: ${path} er et symbolsk link til ${real}, som ligger ${hidden ? 'i en skjult mappe (som .git/) i' : 'uden for'} projektmappen ${root}.`,
    en: (what, path, real, hidden, root) =>
      `The setting ${what} in kvs.config.json is refused: ${path} is a symbolic link to ${real}, which lies ${hidden ? 'in a hidden folder (such as .git/) of' : 'outside'} the project folder ${root}.`,
  },
  outputRefused: {
    da: (option: string, file: string, why: Localized) => `${option} ${file} afvises: ${why.da} Intet er skrevet. Angiv et andet filnavn.`,
    en: (option, file, why) => `${option} ${file} is refused: ${why.en} Nothing was written. Give another file name.`,
  },
  readBySameCommand: { da: 'filen læses af den samme kommando.', en: 'the same command reads that file.' },
  writtenBy: { da: (other: string) => `filen skrives allerede af ${other}.`, en: (other) => `the file is already written by ${other}.` },
  reportNotMarkdown: {
    da: 'en rapport er ikke Markdown, og en .md-fil ville blive læst som en standard næste gang.',
    en: 'a report is not Markdown, and a .md file would be read as a standard next time.',
  },
  notRegularFile: { da: 'det er ikke en almindelig fil.', en: 'it is not a regular file.' },
  wouldReplaceStandard: {
    da: 'det er en Markdown-fil (en standard), og en rapport må aldrig erstatte en standard.',
    en: 'it is a Markdown file (a standard), and a report must never replace a standard.',
  },
  inGit: {
    da: (path: string) => `${path} ligger (eller linker) i .git/, hvor git gemmer sine egne filer og hooks; kvs skriver aldrig der.`,
    en: (path) => `${path} lies (or links) in .git/, where git keeps its own files and hooks; kvs never writes there.`,
  },
  linksOut: {
    da: (path: string, real: string) => `${path} fører gennem et symbolsk link ud af projektmappen (til ${real}); kvs skriver kun i projektet.`,
    en: (path, real) => `${path} leads through a symbolic link out of the project folder (to ${real}); kvs writes only inside the project.`,
  },
});
