/** The words of `kvs build`. */
import { bilingual, words } from './index.js';

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
    da: (built: number, total: number, outDir: string, overview: string, withErrors: number) =>
      `${built} af ${total} standarder udgivet i ${outDir}/ (oversigt: ${overview}).${
        withErrors === 0 ? '' : ` ${withErrors} er udgivet med fejl (⚠): ret dem med kvs check, eller udgiv kun fejlfrie med --strict.`
      }`,
    en: (built, total, outDir, overview, withErrors) =>
      `${built} of ${total} standards published to ${outDir}/ (overview: ${overview}).${
        withErrors === 0 ? '' : ` ${withErrors} published with errors (⚠): fix them with kvs check, or publish only clean ones with --strict.`
      }`,
  },
  /** A standard's findings on its line of the summary. */
  ownTemplates: {
    da: (dirs: string) =>
      `Folderne bygges med projektets egne skabeloner (${dirs}). kvs tjekker teksten, men ikke hvad skabelonernes HTML og CSS viser eller skjuler: gennemse dem, før I udgiver.`,
    en: (dirs) =>
      `The leaflets are built with the project's own templates (${dirs}). kvs checks the text, not what the templates' HTML and CSS show or hide: review them before you publish.`,
  },
  counts: {
    da: (errors: number, warnings: number, off: number) => `${errors} fejl, ${warnings} advarsler${off === 0 ? '' : `, ${off} ikke talt`}`,
    en: (errors, warnings, off) => `${errors} errors, ${warnings} warnings${off === 0 ? '' : `, ${off} not counted`}`,
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

/** Why a standard is not built, or the build cannot start (src/build/). */
export const buildMessages = bilingual({
  sameFolder: {
    da: (names: string, slug: string) =>
      `Den ville blive udgivet i samme mappe som ${names} (${slug}/), og den ene ville erstatte den anden. Giv en af filerne et andet navn.`,
    en: (names, slug) =>
      `It would be published to the same folder as ${names} (${slug}/), and one would replace the other. Give one of the files another name.`,
  },
  hiddenSlug: {
    da: (slug: string) =>
      `Filnavnet giver mappenavnet "${slug}", som er tomt eller skjult. Giv filen et navn, der begynder med et bogstav eller tal.`,
    en: (slug) =>
      `The file name gives the folder name "${slug}", which is empty or hidden. Give the file a name that begins with a letter or digit.`,
  },
  badCharacters: {
    da: 'Filnavnet indeholder styretegn eller tegn som < > : " | ? *, der ikke kan stå i et mappenavn eller en adresse. Giv filen et navn med bogstaver, tal og bindestreger.',
    en: 'The file name contains control characters or characters such as < > : " | ? * that cannot be part of a folder name or an address. Give the file a name of letters, digits and hyphens.',
  },
  reservedSlug: {
    da: (slug: string) =>
      `Filnavnet giver mappenavnet "${slug}", som byggeriet selv bruger eller som Windows ikke tillader. Giv filen et andet navn.`,
    en: (slug) => `The file name gives the folder name "${slug}", which the build uses itself or Windows does not allow. Give the file another name.`,
  },
  // The build lock: one build at a time in one folder.
  lockHeld: {
    da: (dir: string, pid: number, host: string | undefined, started: string, lock: string) =>
      `En anden kvs build skriver allerede i ${dir}/ (pid ${pid}${host === undefined ? '' : ` på ${host}`}, startet ${started}). Vent til den er færdig, eller slet ${lock} hvis den ikke kører længere.`,
    en: (dir, pid, host, started, lock) =>
      `Another kvs build is already writing to ${dir}/ (pid ${pid}${host === undefined ? '' : ` on ${host}`}, started ${started}). Wait for it to finish, or delete ${lock} if it is no longer running.`,
  },
  lockUnreadable: {
    da: (lock: string) => `${lock} findes, men kan ikke læses. Slet den, hvis ingen kvs build kører.`,
    en: (lock) => `${lock} exists but cannot be read. Delete it if no kvs build is running.`,
  },
  lockStale: {
    da: (lock: string, pid: number, started: string) =>
      `${lock} var efterladt af en kvs build, der ikke kører længere (pid ${pid}, startet ${started}); den overtages.`,
    en: (lock, pid, started) => `${lock} was left by a kvs build that is no longer running (pid ${pid}, started ${started}); taking it over.`,
  },
  notAFont: {
    da: (path: string, what: string) => `Skrifttypen ${path} (${what} i kvs.config.json) er ikke en TrueType- eller OpenType-fil (.ttf/.otf).`,
    en: (path, what) => `The font ${path} (${what} in kvs.config.json) is not a TrueType or OpenType file (.ttf/.otf).`,
  },
});
