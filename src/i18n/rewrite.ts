/** The words of `kvs fmt` and `kvs accept`, the commands that rewrite a standard in place. */
import { bilingual, words } from './index.js';

export const rewriteWords = words({
  fmt: {
    da: 'formatér standarder i den faste Markdown-stil (ændrer ingen ord)',
    en: 'format standards in the canonical Markdown style (changes no word)',
  },
  fmtPaths: { da: 'filer, mapper eller glob-mønstre (standard: standards/)', en: 'files, folders or glob patterns (default: standards/)' },
  fmtCheck: {
    da: 'skriv intet; afslut med kode 1 og vis filerne, hvis nogen ville blive ændret',
    en: 'write nothing; exit with code 1 and list the files if any would change',
  },
  fmtDiff: { da: 'vis ændringerne som diff (skriver intet, som --check)', en: 'show the changes as a diff (writes nothing, like --check)' },
  accept: {
    da: 'godkend alle ændringsmarkeringer og fjern kommentarer (sikkerhedskopi i .kvs/backup/)',
    en: 'accept all tracked changes and remove comments (backup in .kvs/backup/)',
  },
  acceptFiles: { da: 'standarder, hvis ændringer skal godkendes', en: 'standards whose changes to accept' },
  acceptDryRun: { da: 'vis resultatet uden at skrive filen', en: 'show the result without writing the file' },
  formatted: { da: (path: string) => `Formaterede ${path}`, en: (path) => `Formatted ${path}` },
  backup: { da: (path: string) => `  gammel udgave: ${path}`, en: (path) => `  old version: ${path}` },
  wouldChange: { da: (path: string) => `${path}`, en: (path) => `${path}` },
  summary: {
    da: (changed: number, same: number, skipped: number) =>
      `${changed} ${changed === 1 ? 'fil' : 'filer'} formateret, ${same} allerede i stilen${skipped > 0 ? `, ${skipped} sprunget over` : ''}.`,
    en: (changed, same, skipped) =>
      `${changed} ${changed === 1 ? 'file' : 'files'} formatted, ${same} already in the style${skipped > 0 ? `, ${skipped} skipped` : ''}.`,
  },
  checkSummary: {
    da: (changed: number, total: number) =>
      changed === 0
        ? total === 1
          ? 'Filen er i den faste stil.'
          : `Alle ${total} filer er i den faste stil.`
        : `${changed} af ${total} filer er ikke i den faste stil. Kør kvs fmt for at rette dem.`,
    en: (changed, total) =>
      changed === 0
        ? total === 1
          ? 'The file is in the canonical style.'
          : `All ${total} files are in the canonical style.`
        : `${changed} of ${total} files are not in the canonical style. Run kvs fmt to fix them.`,
  },
  skipped: { da: (path: string, reason: string) => `${path}: ${reason}`, en: (path, reason) => `${path}: ${reason}` },
  note: { da: (path: string, note: string) => `${path}: bemærk: ${note}`, en: (path, note) => `${path}: note: ${note}` },
  unreadable: {
    da: (path: string, reason: string) => `${path}: kan ikke læses (${reason}). Filen er uændret.`,
    en: (path, reason) => `${path}: cannot be read (${reason}). The file is unchanged.`,
  },
  notUtf8: {
    da: (path: string, encoding: string) =>
      `${path}: filen er gemt som ${encoding.toUpperCase()}, ikke UTF-8. Gem den som UTF-8 først. Filen er uændret.`,
    en: (path, encoding) =>
      `${path}: the file is saved as ${encoding.toUpperCase()}, not UTF-8. Save it as UTF-8 first. The file is unchanged.`,
  },
  cannotWrite: {
    da: (path: string, reason: string) => `${path}: kan ikke skrives (${reason}). Filen er uændret.`,
    en: (path, reason) => `${path}: cannot be written (${reason}). The file is unchanged.`,
  },
  noFiles: { da: 'Angiv mindst én fil: kvs accept FIL…', en: 'Give at least one file: kvs accept FILE…' },
  accepted: {
    da: (path: string, changes: number, comments: number) =>
      `${path}: ${changes} ${changes === 1 ? 'ændring' : 'ændringer'} godkendt, ${comments} ${comments === 1 ? 'kommentar' : 'kommentarer'} fjernet.`,
    en: (path, changes, comments) =>
      `${path}: ${changes} ${changes === 1 ? 'change' : 'changes'} accepted, ${comments} ${comments === 1 ? 'comment' : 'comments'} removed.`,
  },
  nothingToAccept: {
    da: (path: string) => `${path}: ingen ændringsmarkeringer eller kommentarer. Filen er uændret.`,
    en: (path) => `${path}: no tracked changes or comments. The file is unchanged.`,
  },
  acceptUnsafe: {
    da: (path: string) =>
      `${path}: godkendelsen ville ændre den godkendte tekst (en markering, der ikke kan fjernes sikkert). Filen er uændret; ret markeringen i hånden.`,
    en: (path) =>
      `${path}: accepting would change the accepted text (a mark that cannot be removed safely). The file is unchanged; fix the mark by hand.`,
  },
  dryRunNote: { da: 'Prøvekørsel (--dry-run): intet er skrevet.', en: 'Dry run (--dry-run): nothing was written.' },
});

/** Why kvs fmt leaves a file (or its front-matter) as it is (src/fmt/format.ts). */
export const fmtMessages = bilingual({
  notSame: {
    da: 'filen er ikke formateret, fordi den nye form ville kunne læses anderledes (fx ændringsmarkeringer eller HTML, som formateringen ikke kan gengive sikkert). Filen er uændret.',
    en: 'the file is not formatted, because the new form could read differently (e.g. review marks or HTML that formatting cannot reproduce safely). The file is unchanged.',
  },
  lineEndings: {
    da: 'filen er ikke formateret, fordi den blander linjeskift (CR, LF og CRLF). Gem den med én slags linjeskift (LF eller CRLF), og kør kvs fmt igen. Filen er uændret.',
    en: 'the file is not formatted, because it mixes line endings (CR, LF and CRLF). Save it with one kind (LF or CRLF) and run kvs fmt again. The file is unchanged.',
  },
  unstable: {
    da: 'filen er ikke formateret, fordi formateringen ikke giver samme resultat to gange. Filen er uændret.',
    en: 'the file is not formatted, because formatting does not give the same result twice. The file is unchanged.',
  },
  placeholders: {
    da: 'filen bruger alle Unicode-tegn til privat brug, så ændringsmarkeringer ikke kan beskyttes. Filen er uændret.',
    en: 'the file uses every private-use Unicode character, so review marks cannot be protected. The file is unchanged.',
  },
  frontMatterMarks: {
    da: 'front-matter indeholder ændringsmarkeringer og er ikke sorteret.',
    en: 'the front-matter contains review marks and is not sorted.',
  },
  frontMatterInvalid: {
    da: 'front-matter kan ikke læses som YAML-felter og er ikke sorteret (kvs check siger hvorfor).',
    en: 'the front-matter cannot be read as YAML fields and is not sorted (kvs check says why).',
  },
  frontMatterNotSame: {
    da: 'front-matter er ikke sorteret, fordi værdierne så ville læses anderledes (fx en YAML-henvisning).',
    en: 'the front-matter is not sorted, because its values would then read differently (e.g. a YAML alias).',
  },
});
