/** The words of `kvs build`. */
import { words } from './index.js';

export const buildWords = words({
  badOnly: {
    da: (value: string) => `--only skal være html eller pdf, ikke "${value}".`,
    en: (value) => `--only must be html or pdf, not "${value}".`,
  },
  restored: {
    da: (folder: string) => `${folder}/ er sat tilbage, som den var før en afbrudt build.`,
    en: (folder) => `${folder}/ is put back as it was before an interrupted build.`,
  },
  summary: {
    da: (built: number, total: number, outDir: string, overview: string) =>
      `${built} af ${total} standarder udgivet i ${outDir}/ (oversigt: ${overview}).`,
    en: (built, total, outDir, overview) => `${built} of ${total} standards published to ${outDir}/ (overview: ${overview}).`,
  },
  /** A standard's findings on its line of the summary. */
  counts: {
    da: (errors: number, warnings: number, off: number) => `${errors} fejl, ${warnings} advarsler${off === 0 ? '' : `, ${off} slået fra`}`,
    en: (errors, warnings, off) => `${errors} errors, ${warnings} warnings${off === 0 ? '' : `, ${off} switched off`}`,
  },
  refused: {
    da: (file: string, counts: string, law: string[]) =>
      `✖ ${file} (${counts}): ikke udgivet (--strict). Ret fejlene med kvs check; den tidligere udgave er urørt.${
        law.length === 0
          ? ''
          : ` Lovkrav slået fra med kvs-disable tæller med under --strict (${law.join(', ')}); tillad det i kvs.config.json med "allowDisable", hvis det er meningen.`
      }`,
    en: (file, counts, law) =>
      `✖ ${file} (${counts}): not published (--strict). Fix the errors with kvs check; the previous output is untouched.${
        law.length === 0
          ? ''
          : ` Legal rules switched off with kvs-disable count under --strict (${law.join(', ')}); allow it in kvs.config.json with "allowDisable" if that is intended.`
      }`,
  },
  failed: {
    da: (place: string, reason: string | undefined) => `✖ ${place}: kunne ikke bygges: ${reason}. Den tidligere udgave er urørt.`,
    en: (place, reason) => `✖ ${place}: could not be built: ${reason}. The previous output is untouched.`,
  },
  outDirRefused: {
    da: (shown: string, why: string) => `--out-dir ${shown} afvises: ${why} Vælg en mappe for sig selv, fx --out-dir output.`,
    en: (shown, why) => `--out-dir ${shown} is refused: ${why} Choose a folder of its own, e.g. --out-dir output.`,
  },
  projectFolder: { da: 'det er projektmappen eller en mappe over den.', en: 'it is the project folder or a folder above it.' },
  holdsStandard: { da: (file: string) => `den indeholder standarden ${file}.`, en: (file) => `it holds the standard ${file}.` },
  hiddenFolder: { da: (name: string) => `den ligger i den skjulte mappe ${name}/.`, en: (name) => `it lies in the hidden folder ${name}/.` },
  badEpoch: {
    da: (value: string) => `SOURCE_DATE_EPOCH skal være et antal sekunder siden 1970 (senest år 9999), ikke "${value}".`,
    en: (value) => `SOURCE_DATE_EPOCH must be a number of seconds since 1970 (year 9999 at the latest), not "${value}".`,
  },
});
