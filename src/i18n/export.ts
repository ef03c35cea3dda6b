/** The words of `kvs export` and of `kvs import --keep-changes`. */
import { words } from './index.js';

export const exportWords = words({
  export: {
    da: 'eksportér en standard til Word (.docx), fx til høring hos en kollega',
    en: 'export a standard to Word (.docx), e.g. for a colleague to review',
  },
  exportFile: { da: 'standarden (.md), der skal eksporteres', en: 'the standard (.md) to export' },
  docx: { da: 'skriv et Word-dokument (.docx)', en: 'write a Word document (.docx)' },
  changes: {
    da: 'CriticMarkup som sporede ændringer og kommentarer i Word (ellers den accepterede tekst)',
    en: 'CriticMarkup as tracked changes and comments in Word (otherwise the accepted text)',
  },
  output: {
    da: 'filen, der skrives (standard: samme navn som standarden, men .docx)',
    en: 'the file to write (default: the standard’s name with .docx)',
  },
  author: {
    da: 'navnet på ændringerne og kommentarerne i Word (standard: kvs)',
    en: 'the name on the changes and comments in Word (default: kvs)',
  },
  force: {
    da: 'erstat en eksisterende fil (den gamle gemmes i .kvs/backup/)',
    en: 'replace an existing file (the old one is kept in .kvs/backup/)',
  },
  importKeepChanges: {
    da: 'behold sporede ændringer og kommentarer fra Word som CriticMarkup',
    en: 'keep tracked changes and comments from Word as CriticMarkup',
  },
  noFormat: { da: 'Vælg et format: kvs export FIL --docx.', en: 'Choose a format: kvs export FILE --docx.' },
  notDocx: {
    da: (file: string) => `${file}: filen, der skrives, skal hedde .docx, ellers vil Word ikke åbne den.`,
    en: (file) => `${file}: the file written must end in .docx, or Word will not open it.`,
  },
  sameFile: {
    da: 'Uddatafilen er selve standarden. Angiv en anden fil med -o.',
    en: 'The output file is the standard itself. Give another file with -o.',
  },
  outside: {
    da: (file: string, root: string) => `${file} ligger uden for projektmappen ${root}. Skriv filen et sted i projektet.`,
    en: (file, root) => `${file} lies outside the project folder ${root}. Write the file somewhere in the project.`,
  },
  badAuthor: {
    da: '--author skal være et navn på 1–100 tegn uden linjeskift.',
    en: '--author must be a name of 1–100 characters without line breaks.',
  },
  badEpoch: {
    da: (value: string) => `SOURCE_DATE_EPOCH skal være et helt antal sekunder siden 1970 (fik ${JSON.stringify(value)}).`,
    en: (value) => `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got ${JSON.stringify(value)}).`,
  },
  // What was written: the accepted text, or the marks as tracked changes.
  acceptedText: {
    da: (source: string, target: string, leftOut: number) =>
      `${source} → ${target}: accepteret tekst.${leftOut > 0 ? ` ${leftOut} ændringer og kommentarer er ikke med; brug --changes for at få dem med som sporede ændringer.` : ''}`,
    en: (source, target, leftOut) =>
      `${source} → ${target}: accepted text.${leftOut > 0 ? ` ${leftOut} changes and comments are left out; use --changes to include them as tracked changes.` : ''}`,
  },
  noChanges: {
    da: (source: string, target: string) => `${source} → ${target}: ingen ændringer at vise.`,
    en: (source, target) => `${source} → ${target}: no changes to show.`,
  },
  trackedChanges: {
    da: (source: string, target: string, listed: string) => `${source} → ${target}: ${listed} som sporede ændringer i Word.`,
    en: (source, target, listed) => `${source} → ${target}: ${listed} as tracked changes in Word.`,
  },
  /** The kinds of mark, one and many. */
  marks: {
    da: {
      insertions: ['indsættelse', 'indsættelser'],
      deletions: ['sletning', 'sletninger'],
      substitutions: ['erstatning', 'erstatninger'],
      comments: ['kommentar', 'kommentarer'],
      highlights: ['markering', 'markeringer'],
    } as Record<'insertions' | 'deletions' | 'substitutions' | 'comments' | 'highlights', [one: string, many: string]>,
    en: {
      insertions: ['insertion', 'insertions'],
      deletions: ['deletion', 'deletions'],
      substitutions: ['substitution', 'substitutions'],
      comments: ['comment', 'comments'],
      highlights: ['highlight', 'highlights'],
    },
  },
});
