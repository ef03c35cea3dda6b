/** The words of `kvs check` beyond the findings: the files, the result cache, the baseline, `--changed`, the config. */
import { words } from './index.js';
import { plural } from './shared.js';

export const checkWords = words({
  /** No paths given, and no standards/ folder: `command` is the command that looked (check, build, …). */
  noStandards: {
    da: (command: string) => `Mappen standards/ findes ikke. Angiv filer eller mapper: kvs ${command} STI…`,
    en: (command) => `The folder standards/ does not exist. Give files or folders: kvs ${command} PATH…`,
  },
  noFiles: {
    da: (pattern: string) => `Ingen filer fundet for "${pattern}". Angiv en .md-fil, en mappe eller et glob-mønster som "standards/**/*.md".`,
    en: (pattern) => `No files found for "${pattern}". Give a .md file, a folder or a glob such as "standards/**/*.md".`,
  },
  /** The config's ignore list left these files out (`shown`: up to five names, and "…" if there are more). */
  ignoredFiles: {
    da: (n: number, shown: string) => `kvs.config.json (ignore) springer ${n} ${n === 1 ? 'fil' : 'filer'} over: ${shown}`,
    en: (n, shown) => `kvs.config.json (ignore) leaves out ${n} ${n === 1 ? 'file' : 'files'}: ${shown}`,
  },
  badDate: {
    da: (value: string) => `--as-of skal være en dato som 2026-01-31, ikke "${value}".`,
    en: (value) => `--as-of must be a date such as 2026-01-31, not "${value}".`,
  },
  // The config: what it changes about the law check, said on every run.
  legalRuleSet: {
    da: (id: string, setting: string) => `kvs.config.json sætter lovreglen ${id} til "${setting}".`,
    en: (id, setting) => `kvs.config.json sets the legal rule ${id} to "${setting}".`,
  },
  ruleSetPinned: {
    da: (ruleSet: string) => `kvs.config.json låser regelsættet til ${ruleSet}.`,
    en: (ruleSet) => `kvs.config.json pins the rule set to ${ruleSet}.`,
  },
  // The result cache, and why `--verbose` says it is not used.
  cacheLocationRefused: {
    da: (why: string) => `--cache-location afvises: ${why}`,
    en: (why) => `--cache-location is refused: ${why}`,
  },
  cacheForeign: {
    da: 'Resultat-cachen er ikke skrevet på denne maskine eller er ændret siden; den bruges ikke og bygges forfra.',
    en: 'The result cache was not written on this machine or was changed since; it is ignored and rebuilt.',
  },
  cacheKeyInside: {
    da: (file: string) =>
      `Resultat-cachen bruges ikke: nøglen, der skal vise at cachen er skrevet her (${file}), ville ligge inde i projektet, hvor den kunne blive committet sammen med cachen. Sæt XDG_CACHE_HOME (eller HOME) til en mappe uden for projektet.`,
    en: (file) =>
      `The result cache is not used: the key that proves the cache was written here (${file}) would lie inside the project, where it could be committed together with the cache. Set XDG_CACHE_HOME (or HOME) to a folder outside the project.`,
  },
  cacheNoHome: {
    da: 'Resultat-cachen bruges ikke: der er ingen hjemmemappe og ingen XDG_CACHE_HOME til nøglen, der viser at cachen er skrevet her.',
    en: 'The result cache is not used: there is no home folder and no XDG_CACHE_HOME for the key that proves the cache was written here.',
  },
  cacheKeyUnavailable: {
    da: (file: string, reason: string) => `Resultat-cachen bruges ikke: nøglen ${file} kan ikke oprettes eller læses (${reason}). Alle filer tjekkes forfra.`,
    en: (file, reason) => `The result cache is not used: the key ${file} cannot be created or read (${reason}). Every file is checked afresh.`,
  },
  cacheBadKey: {
    da: (file: string) => `Resultat-cachen bruges ikke: ${file} er ikke en nøgle fra kvs (ikke en almindelig fil på 32 byte med ét navn: et link til en anden fil tæller ikke). Slet den, så laver kvs en ny.`,
    en: (file) => `The result cache is not used: ${file} is not a key made by kvs (not a plain 32-byte file with one name: a link to another file does not count). Delete it and kvs makes a new one.`,
  },
  // --baseline and --changed.
  baseline: {
    da: 'Rapportér kun fund, der ikke står i denne baseline-fil (JSON)',
    en: 'Report only findings that are not in this baseline file (JSON)',
  },
  writeBaseline: {
    da: 'Skriv de nuværende fund i baseline-filen (kræver --baseline) og rapportér ingen',
    en: 'Write the current findings to the baseline file (needs --baseline) and report none',
  },
  changed: {
    da: 'Tjek kun standarder ændret siden en git-reference (standard: origin/HEAD, ellers HEAD), også ikke-committede og nye filer',
    en: 'Check only standards changed since a git ref (default: origin/HEAD, else HEAD), including uncommitted and new files',
  },
  needsBaseline: {
    da: '--write-baseline kræver --baseline FIL, fx: kvs check --baseline .kvs-baseline.json --write-baseline',
    en: '--write-baseline needs --baseline FILE, e.g.: kvs check --baseline .kvs-baseline.json --write-baseline',
  },
  baselineMissing: {
    da: (file: string) => `Baseline-filen ${file} findes ikke. Skriv den først: kvs check --baseline ${file} --write-baseline`,
    en: (file) => `The baseline file ${file} does not exist. Write it first: kvs check --baseline ${file} --write-baseline`,
  },
  baselineUnreadable: {
    da: (file: string, why: string) => `Baseline-filen ${file} kan ikke læses som JSON (${why}). Skriv den igen med --write-baseline.`,
    en: (file, why) => `The baseline file ${file} cannot be read as JSON (${why}). Write it again with --write-baseline.`,
  },
  notBaseline: {
    da: (file: string) => `${file} er ikke en baseline-fil fra kvs check. Skriv den igen med --write-baseline.`,
    en: (file) => `${file} is not a baseline file from kvs check. Write it again with --write-baseline.`,
  },
  baselineWritten: {
    da: (n: number, file: string) => `Skrev baseline ${file} med ${n} ${plural(n, 'fund', 'fund')}. Fremover vises kun nye fund.`,
    en: (n, file) => `Wrote baseline ${file} with ${n} ${plural(n, 'finding', 'findings')}. From now on only new findings are shown.`,
  },
  baselineSuppressed: {
    da: (n: number, file: string, rules: string) =>
      `${n} ${plural(n, 'kendt fund', 'kendte fund')} skjult af baseline ${file}${n > 0 ? ` (${rules})` : ''}.`,
    en: (n, file, rules) => `${n} known ${plural(n, 'finding', 'findings')} hidden by baseline ${file}${n > 0 ? ` (${rules})` : ''}.`,
  },
  baselineOldVersion: {
    da: (file: string) =>
      `Baseline-filen ${file} er skrevet af en ældre kvs, som genkendte fund uden at se på reglen. Skriv den igen: kvs check --baseline ${file} --write-baseline`,
    en: (file) =>
      `The baseline file ${file} was written by an older kvs, which recognised findings without looking at the rule. Write it again: kvs check --baseline ${file} --write-baseline`,
  },
  notGit: {
    da: (cwd: string) => `--changed kræver et git-repository, men ${cwd} er ikke i et. Kør uden --changed, eller kør git init.`,
    en: (cwd) => `--changed needs a git repository, but ${cwd} is not in one. Run without --changed, or run git init.`,
  },
  unknownRef: {
    da: (ref: string) => `--changed: git kender ikke referencen "${ref}". Angiv en gren, et tag eller en commit, fx --changed main.`,
    en: (ref) => `--changed: git does not know the ref "${ref}". Give a branch, a tag or a commit, e.g. --changed main.`,
  },
  noGit: {
    da: 'git blev ikke fundet. --changed kræver, at git er installeret og på PATH.',
    en: 'git was not found. --changed needs git installed and on PATH.',
  },
  noneChanged: {
    da: (ref: string) => `Ingen standarder ændret siden ${ref}.`,
    en: (ref) => `No standards changed since ${ref}.`,
  },
});
