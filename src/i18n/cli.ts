/**
 * The command line's own words: the program, the commands and their options
 * in the help, Commander's words, and the errors every command can give.
 * (Each command's other words are in its area's file: check.ts, diff.ts, …)
 */
import { words } from './index.js';

export const cliWords = words({
  description: {
    da: 'Kvalitetsstandarder for social stofmisbrugsbehandling (serviceloven § 101): tjek dem mod loven.',
    en: 'Quality standards for social drug-abuse treatment (Danish Social Services Act § 101): check them against the law.',
  },
  version: { da: 'vis versionen', en: 'show the version' },
  help: { da: 'vis hjælp', en: 'show help' },
  helpCommand: { da: 'vis hjælp til en kommando', en: 'show help for a command' },
  lang: { da: 'sprog for meddelelser: da eller en', en: 'message language: da or en' },
  check: { da: 'tjek standarder mod lovens krav (standard: standards/)', en: 'check standards against the law (default: standards/)' },
  checkPaths: { da: 'filer, mapper eller glob-mønstre', en: 'files, folders or glob patterns' },
  format: { da: 'uddataformat: stylish, json, sarif, github eller junit', en: 'output format: stylish, json, sarif, github or junit' },
  outputFile: { da: 'skriv formatet til en fil og vis samtidig oversigten', en: 'write the format to a file and still print the summary' },
  asOf: {
    da: 'tjek efter reglerne på denne dato (ÅÅÅÅ-MM-DD; standard: i dag)',
    en: 'check by the rules in force on this date (YYYY-MM-DD; default: today)',
  },
  config: { da: 'config-fil (standard: kvs.config.json fundet opad)', en: 'config file (default: kvs.config.json found upwards)' },
  quiet: { da: 'vis kun fejl, ikke advarsler', en: 'report errors only, not warnings' },
  maxWarnings: {
    da: 'afslut med kode 1, hvis der er flere advarsler end dette',
    en: 'exit with code 1 when there are more warnings than this',
  },
  noCache: {
    da: 'tjek alle filer forfra, uden at bruge eller skrive resultat-cachen',
    en: 'check every file afresh, neither using nor writing the result cache',
  },
  buildNoCache: {
    da: 'tjek alle filer og sæt pjecernes ord forfra, uden at bruge eller skrive cachen (.kvs/cache/)',
    en: "check every file and set the booklets' words afresh, neither using nor writing the cache (.kvs/cache/)",
  },
  cacheLocation: {
    da: 'mappe til resultat-cachen (standard: .kvs/cache/ i projektet)',
    en: "folder for the result cache (default: .kvs/cache/ in the project)",
  },
  verbose: {
    da: 'vis flere meddelelser på stderr, fx hvorfor resultat-cachen ikke bruges',
    en: 'print more notices on stderr, e.g. why the result cache is not used',
  },
  jobs: {
    da: 'antal tråde, der tjekker samtidig (1 = ingen ekstra tråde; standard: KVS_JOBS eller antal kerner)',
    en: 'number of threads checking at once (1 = no extra threads; default: KVS_JOBS or the number of cores)',
  },
  rules: { da: 'vis regler og krav i det regelsæt, der gælder', en: 'list the rules and requirements of the rule set in force' },
  compare: {
    da: 'sammenlign kommunernes standarder: emner og fakta side om side',
    en: "compare the kommuner's standards: topics and facts side by side",
  },
  compareFormat: {
    da: 'format: md, html, csv eller json (standard: efter filnavnet i --out, ellers md)',
    en: "format: md, html, csv or json (default: from --out's file name, else md)",
  },
  compareOut: {
    da: 'skriv sammenligningen til en fil i stedet for skærmen',
    en: 'write the comparison to a file instead of standard output',
  },
  build: {
    da: 'udgiv standarder som folder (HTML) og pjece (PDF) i output/',
    en: 'publish standards as leaflets (HTML) and booklets (PDF) in output/',
  },
  buildOut: { da: 'mappe, der udgives i', en: 'folder to publish to' },
  buildOnly: { da: 'byg kun html eller kun pdf', en: 'build only html or only pdf' },
  buildStrict: { da: 'udgiv ikke en standard, der har fejl', en: 'do not publish a standard that has errors' },
  buildImposition: {
    da: 'skriv også en trykklar udgave med to sider på hvert A4-ark',
    en: 'also write a print-ready version with two pages on each A4 sheet',
  },
  import: {
    da: 'importér gamle standarder (Word, PDF-tekst, HTML, Markdown) til formatet',
    en: 'import legacy standards (Word, PDF text, HTML, Markdown) into the format',
  },
  importFiles: { da: 'filer, der skal importeres (.docx, .txt, .md, .html)', en: 'files to import (.docx, .txt, .md, .html)' },
  importOut: { da: 'mappe, standarden skrives i', en: 'folder to write the standard to' },
  importOutput: { da: 'skriv til denne fil (- for skærmen)', en: 'write to this file (- for standard output)' },
  importKommune: { da: 'kommunens navn, hvis dokumentet ikke nævner det', en: "the kommune's name, if the document does not state it" },
  importFrom: {
    da: 'tving et inputformat: pdf-text, word-table, markdown, html eller docx',
    en: 'force an input format: pdf-text, word-table, markdown, html or docx',
  },
  importReport: { da: 'skriv en JSON-rapport over al tekst, der ikke kom med', en: 'write a JSON report of all text that was left out' },
  importForce: {
    da: 'erstat en eksisterende fil (den gamle gemmes i .kvs/backup/)',
    en: 'replace an existing file (the old one is kept in .kvs/backup/)',
  },
  rulesFormat: { da: 'uddataformat: text, json eller md', en: 'output format: text, json or md' },
  noInlineConfig: {
    da: 'se bort fra alle kvs-disable-kommentarer i standarderne',
    en: 'ignore every kvs-disable comment in the standards',
  },
  reportUnused: {
    da: 'rapportér kvs-disable-kommentarer, der ikke slår noget fund fra',
    en: 'report kvs-disable comments that switch no finding off',
  },
  /** The titles Commander writes in the help, in Danish; in English Commander's own stand. */
  helpTitles: {
    da: {
      'Usage:': 'Brug:',
      'Arguments:': 'Argumenter:',
      'Options:': 'Tilvalg:',
      'Global Options:': 'Fælles tilvalg:',
      'Commands:': 'Kommandoer:',
    } as Record<string, string>,
    en: {},
  },
  helpDefault: { da: 'standard', en: 'default' },
  helpChoices: { da: 'valg', en: 'choices' },
  unexpected: {
    da: 'Uventet fejl i kvs (en fejl i værktøjet, ikke i din standard). Meld den gerne med teksten herunder:',
    en: 'Unexpected error in kvs (a bug in the tool, not in your standard). Please report it with the text below:',
  },
  wroteFile: { da: (path: string) => `Skrev ${path}`, en: (path) => `Wrote ${path}` },
  badFormat: {
    da: (value: string, allowed: string) => `Ukendt format "${value}". Vælg et af: ${allowed}.`,
    en: (value, allowed) => `Unknown format "${value}". Choose one of: ${allowed}.`,
  },
  badNumber: {
    da: (value: string) => `--max-warnings skal være et helt tal ≥ 0, ikke "${value}".`,
    en: (value) => `--max-warnings must be a whole number ≥ 0, not "${value}".`,
  },
  badJobs: {
    da: (source: string, value: string) => `${source} skal være et helt tal ≥ 1, ikke "${value}".`,
    en: (source, value) => `${source} must be a whole number ≥ 1, not "${value}".`,
  },
  tooManyWarnings: {
    da: (count: number, max: number) =>
      `For mange advarsler: ${count}, men --max-warnings tillader højst ${max}.`,
    en: (count, max) =>
      `Too many warnings: ${count}, but --max-warnings allows at most ${max}.`,
  },
  cannotWrite: {
    da: (path: string, reason: string) => `Kan ikke skrive -o ${path} (${reason}). Angiv en fil i en mappe, du kan skrive i.`,
    en: (path, reason) => `Cannot write -o ${path} (${reason}). Give a file in a folder you can write to.`,
  },
  /** An output file that is there already, without --force (kvs export, kvs import). */
  exists: {
    da: (file: string) => `${file} findes allerede. Brug --force for at erstatte den (den gamle gemmes i .kvs/backup/). Intet skrevet.`,
    en: (file) => `${file} already exists. Use --force to replace it (the old one is kept in .kvs/backup/). Nothing written.`,
  },
  rulesBadFormat: {
    da: (value: string) => `Ukendt format "${value}". Vælg text, json eller md.`,
    en: (value) => `Unknown format "${value}". Choose text, json or md.`,
  },
  oldName: {
    da: (flag: string, newFlag: string) => `${flag} hedder nu ${newFlag}; det gamle navn virker stadig, men forsvinder i en senere version.`,
    en: (flag, newFlag) => `${flag} is now ${newFlag}; the old name still works but will go in a later version.`,
  },
  /**
   * Commander writes its own errors ("error: unknown option …", "Did you mean
   * …?") in English and has no way to change their words, so in Danish they
   * are translated, pattern by pattern, before they are printed. A message no
   * pattern knows is printed as Commander wrote it.
   */
  commanderErrors: {
    da: [
      [/^error: unknown option '([^']*)'/mu, "fejl: ukendt tilvalg '$1'"],
      [/^error: unknown command '([^']*)'/mu, "fejl: ukendt kommando '$1'"],
      [/\(Did you mean (.+?)\?\)/gu, '(Mente du $1?)'],
      [/^error: missing required argument '([^']*)'/mu, "fejl: argumentet '$1' mangler"],
      [/^error: option '([^']*)' argument missing/mu, "fejl: tilvalget '$1' mangler en værdi"],
      [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./mu, "fejl: '$2' er ikke en gyldig værdi for '$1'. Mulige værdier: $3."],
      [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./mu, "fejl: for mange argumenter til '$1': $2 forventet, $3 givet."],
      [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./mu, 'fejl: for mange argumenter: $1 forventet, $2 givet.'],
      [/^error: required option '([^']*)' not specified/mu, "fejl: tilvalget '$1' skal angives"],
      [/^error: option '([^']*)' cannot be used with option '([^']*)'/mu, "fejl: '$1' kan ikke bruges sammen med '$2'"],
      [/^error: /mu, 'fejl: '],
    ] as Array<[RegExp, string]>,
    en: [],
  },
});

export type CliWords = (typeof cliWords)['da'];
