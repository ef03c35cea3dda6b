/** Messages of `kvs check --baseline` and `--changed`, Danish first. */
import type { Lang } from '../types.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const baselineText = {
  da: {
    baseline: 'Rapportér kun fund, der ikke står i denne baseline-fil (JSON)',
    writeBaseline: 'Skriv de nuværende fund i baseline-filen (kræver --baseline) og rapportér ingen',
    changed: 'Tjek kun standarder ændret siden en git-reference (standard: origin/HEAD, ellers HEAD), også ikke-committede og nye filer',
    needsBaseline: '--write-baseline kræver --baseline FIL, fx: kvs check --baseline .kvs-baseline.json --write-baseline',
    missing: (file: string) =>
      `Baseline-filen ${file} findes ikke. Skriv den først: kvs check --baseline ${file} --write-baseline`,
    unreadable: (file: string, why: string) => `Baseline-filen ${file} kan ikke læses som JSON (${why}). Skriv den igen med --write-baseline.`,
    notBaseline: (file: string) => `${file} er ikke en baseline-fil fra kvs check. Skriv den igen med --write-baseline.`,
    wrote: (n: number, file: string) => `Skrev baseline ${file} med ${n} ${plural(n, 'fund', 'fund')}. Fremover vises kun nye fund.`,
    suppressed: (n: number, file: string, rules: string) =>
      `${n} ${plural(n, 'kendt fund', 'kendte fund')} skjult af baseline ${file}${n > 0 ? ` (${rules})` : ''}.`,
    oldVersion: (file: string) =>
      `Baseline-filen ${file} er skrevet af en ældre kvs, som genkendte fund uden at se på reglen. Skriv den igen: kvs check --baseline ${file} --write-baseline`,
    notGit: (cwd: string) => `--changed kræver et git-repository, men ${cwd} er ikke i et. Kør uden --changed, eller kør git init.`,
    unknownRef: (ref: string) => `--changed: git kender ikke referencen "${ref}". Angiv en gren, et tag eller en commit, fx --changed main.`,
    noGit: 'git blev ikke fundet. --changed kræver, at git er installeret og på PATH.',
    noneChanged: (ref: string) => `Ingen standarder ændret siden ${ref}.`,
  },
  en: {
    baseline: 'Report only findings that are not in this baseline file (JSON)',
    writeBaseline: 'Write the current findings to the baseline file (needs --baseline) and report none',
    changed: 'Check only standards changed since a git ref (default: origin/HEAD, else HEAD), including uncommitted and new files',
    needsBaseline: '--write-baseline needs --baseline FILE, e.g.: kvs check --baseline .kvs-baseline.json --write-baseline',
    missing: (file: string) => `The baseline file ${file} does not exist. Write it first: kvs check --baseline ${file} --write-baseline`,
    unreadable: (file: string, why: string) => `The baseline file ${file} cannot be read as JSON (${why}). Write it again with --write-baseline.`,
    notBaseline: (file: string) => `${file} is not a baseline file from kvs check. Write it again with --write-baseline.`,
    wrote: (n: number, file: string) => `Wrote baseline ${file} with ${n} ${plural(n, 'finding', 'findings')}. From now on only new findings are shown.`,
    suppressed: (n: number, file: string, rules: string) =>
      `${n} known ${plural(n, 'finding', 'findings')} hidden by baseline ${file}${n > 0 ? ` (${rules})` : ''}.`,
    oldVersion: (file: string) =>
      `The baseline file ${file} was written by an older kvs, which recognised findings without looking at the rule. Write it again: kvs check --baseline ${file} --write-baseline`,
    notGit: (cwd: string) => `--changed needs a git repository, but ${cwd} is not in one. Run without --changed, or run git init.`,
    unknownRef: (ref: string) => `--changed: git does not know the ref "${ref}". Give a branch, a tag or a commit, e.g. --changed main.`,
    noGit: 'git was not found. --changed needs git installed and on PATH.',
    noneChanged: (ref: string) => `No standards changed since ${ref}.`,
  },
} satisfies Record<Lang, unknown>;
