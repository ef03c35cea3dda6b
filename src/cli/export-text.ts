/** Words of `kvs export` and of `kvs import --keep-changes`. Danish first; English with --lang en. */
import type { Lang, Localized } from '../types.js';

export interface ExportCounts {
  insertions: number;
  deletions: number;
  substitutions: number;
  comments: number;
  highlights: number;
}

export const exportText = {
  da: {
    export: 'eksportér en standard til Word (.docx), fx til høring hos en kollega',
    exportFile: 'standarden (.md), der skal eksporteres',
    docx: 'skriv et Word-dokument (.docx)',
    changes: 'CriticMarkup som sporede ændringer og kommentarer i Word (ellers den accepterede tekst)',
    output: 'filen, der skrives (standard: samme navn som standarden, men .docx)',
    author: 'navnet på ændringerne og kommentarerne i Word (standard: kvs)',
    force: 'erstat en eksisterende fil (den gamle gemmes i .kvs/backup/)',
    importKeepChanges: 'behold sporede ændringer og kommentarer fra Word som CriticMarkup',
  },
  en: {
    export: 'export a standard to Word (.docx), e.g. for a colleague to review',
    exportFile: 'the standard (.md) to export',
    docx: 'write a Word document (.docx)',
    changes: 'CriticMarkup as tracked changes and comments in Word (otherwise the accepted text)',
    output: 'the file to write (default: the standard’s name with .docx)',
    author: 'the name on the changes and comments in Word (default: kvs)',
    force: 'replace an existing file (the old one is kept in .kvs/backup/)',
    importKeepChanges: 'keep tracked changes and comments from Word as CriticMarkup',
  },
} satisfies Record<Lang, Record<string, string>>;

export const exportMessages = {
  noFormat: {
    da: 'Vælg et format: kvs export FIL --docx.',
    en: 'Choose a format: kvs export FILE --docx.',
  },
  notDocx: (file: string): Localized => ({
    da: `${file}: filen, der skrives, skal hedde .docx, ellers vil Word ikke åbne den.`,
    en: `${file}: the file written must end in .docx, or Word will not open it.`,
  }),
  sameFile: {
    da: 'Uddatafilen er selve standarden. Angiv en anden fil med -o.',
    en: 'The output file is the standard itself. Give another file with -o.',
  },
  outside: (file: string, root: string): Localized => ({
    da: `${file} ligger uden for projektmappen ${root}. Skriv filen et sted i projektet.`,
    en: `${file} lies outside the project folder ${root}. Write the file somewhere in the project.`,
  }),
  exists: (file: string): Localized => ({
    da: `${file} findes allerede. Brug --force for at erstatte den (den gamle gemmes i .kvs/backup/). Intet skrevet.`,
    en: `${file} already exists. Use --force to replace it (the old one is kept in .kvs/backup/). Nothing written.`,
  }),
  badAuthor: {
    da: '--author skal være et navn på 1–100 tegn uden linjeskift.',
    en: '--author must be a name of 1–100 characters without line breaks.',
  },
  badEpoch: (value: string): Localized => ({
    da: `SOURCE_DATE_EPOCH skal være et helt antal sekunder siden 1970 (fik ${JSON.stringify(value)}).`,
    en: `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got ${JSON.stringify(value)}).`,
  }),
};

export function exportSummary(source: string, target: string, counts: ExportCounts | undefined, marksLeftOut: number, lang: Lang): string {
  const da = lang === 'da';
  if (!counts) {
    const hint =
      marksLeftOut > 0
        ? da
          ? ` ${marksLeftOut} ændringer og kommentarer er ikke med; brug --changes for at få dem med som sporede ændringer.`
          : ` ${marksLeftOut} changes and comments are left out; use --changes to include them as tracked changes.`
        : '';
    return da ? `${source} → ${target}: accepteret tekst.${hint}` : `${source} → ${target}: accepted text.${hint}`;
  }
  const parts: Array<[number, Record<Lang, [string, string]>]> = [
    [counts.insertions, { da: ['indsættelse', 'indsættelser'], en: ['insertion', 'insertions'] }],
    [counts.deletions, { da: ['sletning', 'sletninger'], en: ['deletion', 'deletions'] }],
    [counts.substitutions, { da: ['erstatning', 'erstatninger'], en: ['substitution', 'substitutions'] }],
    [counts.comments, { da: ['kommentar', 'kommentarer'], en: ['comment', 'comments'] }],
    [counts.highlights, { da: ['markering', 'markeringer'], en: ['highlight', 'highlights'] }],
  ];
  const listed = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words[lang][n === 1 ? 0 : 1]}`);
  if (listed.length === 0) return da ? `${source} → ${target}: ingen ændringer at vise.` : `${source} → ${target}: no changes to show.`;
  return da
    ? `${source} → ${target}: ${listed.join(', ')} som sporede ændringer i Word.`
    : `${source} → ${target}: ${listed.join(', ')} as tracked changes in Word.`;
}
