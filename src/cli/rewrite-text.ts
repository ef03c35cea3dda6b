/** The words of `kvs fmt` and `kvs accept`, the commands that rewrite a standard in place. Danish first; English with --lang en. */
import type { Lang } from '../types.js';
import type { StandardFile } from '../fmt/file.js';

export const rewriteText = {
  da: {
    fmt: 'formatér standarder i den faste Markdown-stil (ændrer ingen ord)',
    fmtPaths: 'filer, mapper eller glob-mønstre (standard: standards/)',
    fmtCheck: 'skriv intet; afslut med kode 1 og vis filerne, hvis nogen ville blive ændret',
    fmtDiff: 'vis ændringerne som diff (skriver intet, som --check)',
    accept: 'godkend alle ændringsmarkeringer og fjern kommentarer (sikkerhedskopi i .kvs/backup/)',
    acceptFiles: 'standarder, hvis ændringer skal godkendes',
    acceptDryRun: 'vis resultatet uden at skrive filen',
    formatted: (path: string) => `Formaterede ${path}`,
    backup: (path: string) => `  gammel udgave: ${path}`,
    wouldChange: (path: string) => `${path}`,
    summary: (changed: number, same: number, skipped: number) =>
      `${changed} ${changed === 1 ? 'fil' : 'filer'} formateret, ${same} allerede i stilen${skipped > 0 ? `, ${skipped} sprunget over` : ''}.`,
    checkSummary: (changed: number, total: number) =>
      changed === 0
        ? total === 1
          ? 'Filen er i den faste stil.'
          : `Alle ${total} filer er i den faste stil.`
        : `${changed} af ${total} filer er ikke i den faste stil. Kør kvs fmt for at rette dem.`,
    skipped: (path: string, reason: string) => `${path}: ${reason}`,
    note: (path: string, note: string) => `${path}: bemærk: ${note}`,
    unreadable: (path: string, reason: string) => `${path}: kan ikke læses (${reason}). Filen er uændret.`,
    notUtf8: (path: string, encoding: string) =>
      `${path}: filen er gemt som ${encoding.toUpperCase()}, ikke UTF-8. Gem den som UTF-8 først. Filen er uændret.`,
    cannotWrite: (path: string, reason: string) => `${path}: kan ikke skrives (${reason}). Filen er uændret.`,
    noFiles: 'Angiv mindst én fil: kvs accept FIL…',
    accepted: (path: string, changes: number, comments: number) =>
      `${path}: ${changes} ${changes === 1 ? 'ændring' : 'ændringer'} godkendt, ${comments} ${comments === 1 ? 'kommentar' : 'kommentarer'} fjernet.`,
    nothingToAccept: (path: string) => `${path}: ingen ændringsmarkeringer eller kommentarer. Filen er uændret.`,
    acceptUnsafe: (path: string) =>
      `${path}: godkendelsen ville ændre den godkendte tekst (en markering, der ikke kan fjernes sikkert). Filen er uændret; ret markeringen i hånden.`,
    dryRunNote: 'Prøvekørsel (--dry-run): intet er skrevet.',
  },
  en: {
    fmt: 'format standards in the canonical Markdown style (changes no word)',
    fmtPaths: 'files, folders or glob patterns (default: standards/)',
    fmtCheck: 'write nothing; exit with code 1 and list the files if any would change',
    fmtDiff: 'show the changes as a diff (writes nothing, like --check)',
    accept: 'accept all tracked changes and remove comments (backup in .kvs/backup/)',
    acceptFiles: 'standards whose changes to accept',
    acceptDryRun: 'show the result without writing the file',
    formatted: (path: string) => `Formatted ${path}`,
    backup: (path: string) => `  old version: ${path}`,
    wouldChange: (path: string) => `${path}`,
    summary: (changed: number, same: number, skipped: number) =>
      `${changed} ${changed === 1 ? 'file' : 'files'} formatted, ${same} already in the style${skipped > 0 ? `, ${skipped} skipped` : ''}.`,
    checkSummary: (changed: number, total: number) =>
      changed === 0
        ? total === 1
          ? 'The file is in the canonical style.'
          : `All ${total} files are in the canonical style.`
        : `${changed} of ${total} files are not in the canonical style. Run kvs fmt to fix them.`,
    skipped: (path: string, reason: string) => `${path}: ${reason}`,
    note: (path: string, note: string) => `${path}: note: ${note}`,
    unreadable: (path: string, reason: string) => `${path}: cannot be read (${reason}). The file is unchanged.`,
    notUtf8: (path: string, encoding: string) =>
      `${path}: the file is saved as ${encoding.toUpperCase()}, not UTF-8. Save it as UTF-8 first. The file is unchanged.`,
    cannotWrite: (path: string, reason: string) => `${path}: cannot be written (${reason}). The file is unchanged.`,
    noFiles: 'Give at least one file: kvs accept FILE…',
    accepted: (path: string, changes: number, comments: number) =>
      `${path}: ${changes} ${changes === 1 ? 'change' : 'changes'} accepted, ${comments} ${comments === 1 ? 'comment' : 'comments'} removed.`,
    nothingToAccept: (path: string) => `${path}: no tracked changes or comments. The file is unchanged.`,
    acceptUnsafe: (path: string) =>
      `${path}: accepting would change the accepted text (a mark that cannot be removed safely). The file is unchanged; fix the mark by hand.`,
    dryRunNote: 'Dry run (--dry-run): nothing was written.',
  },
} satisfies Record<Lang, unknown>;

/** Why a standard could not be read for rewriting. */
export function unreadableMessage(file: Extract<StandardFile, { ok: false }>, shown: string, lang: Lang): string {
  const t = rewriteText[lang];
  return file.problem === 'unreadable' ? t.unreadable(shown, file.reason[lang]) : t.notUtf8(shown, file.encoding);
}
