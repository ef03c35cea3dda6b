/** The words of `kvs init`. */
import { words } from './index.js';

export const initWords = words({
  description: {
    da: 'sæt et repository op til kvalitetsstandarder: config, standards/, CI og editor (overskriver intet)',
    en: 'set up a repository for quality standards: config, standards/, CI and editor (overwrites nothing)',
  },
  dir: { da: 'mappen, der sættes op (oprettes, hvis den ikke findes)', en: 'the folder to set up (created if missing)' },
  ci: {
    da: 'CI-systemet, der får en fil: github (.github/workflows/kvalitetsstandard.yml, standard) eller gitlab (.gitlab-ci.yml); andre kører ci/kvs.sh',
    en: 'the CI system to write a file for: github (.github/workflows/kvalitetsstandard.yml, default) or gitlab (.gitlab-ci.yml); others run ci/kvs.sh',
  },
  badCi: {
    da: (value: string, known: string) => `--ci skal være en af ${known}, ikke "${value}". Andre CI-systemer kan køre ci/kvs.sh.`,
    en: (value, known) => `--ci must be one of ${known}, not "${value}". Other CI systems can run ci/kvs.sh.`,
  },
  heading: { da: (root: string) => `kvs init: ${root}`, en: (root) => `kvs init: ${root}` },
  written: { da: 'Skrev:', en: 'Wrote:' },
  existing: { da: 'Findes allerede — ikke ændret:', en: 'Already there — not changed:' },
  outside: {
    da: 'Ikke skrevet, fordi en mappe på vejen peger ud af projektet:',
    en: 'Not written, because a folder on the way links out of the project:',
  },
  nothingChanged: { da: 'Intet ændret: alle filer fandtes allerede.', en: 'Nothing changed: every file was already there.' },
  addIgnores: {
    da: (lines: string[]) => `.gitignore findes allerede. Tilføj disse linjer, så det, kvs bygger, ikke kommer i git: ${lines.join(' ')}`,
    en: (lines) => `.gitignore is already there. Add these lines so that what kvs builds stays out of git: ${lines.join(' ')}`,
  },
  install: {
    da: (dir: string | undefined, tarball: string) =>
      [
        `Værktøjet er ikke installeret i ${dir ?? 'mappen'} endnu. Installér det der (én gang):`,
        ...(dir ? [`  cd ${dir}`] : []),
        '  npm init -y                       (kun hvis der ingen package.json er)',
        `  npm install --save-dev ${tarball}`,
        '  (eller en git-adresse, eller kvalitetsstandard fra npm, når pakken er udgivet)',
        'Kør altid `npx kvs` inde i projektet: uden for det henter npx en anden pakke, der også hedder kvs.',
      ].join('\n'),
    en: (dir, tarball) =>
      [
        `The toolkit is not installed in ${dir ?? 'this folder'} yet. Install it there (once):`,
        ...(dir ? [`  cd ${dir}`] : []),
        '  npm init -y                       (only if there is no package.json)',
        `  npm install --save-dev ${tarball}`,
        '  (or a git URL, or kvalitetsstandard from npm once it is published)',
        'Always run `npx kvs` inside the project: outside it, npx fetches a different package that is also called kvs.',
      ].join('\n'),
  },
  next: { da: 'Næste skridt:', en: 'Next steps:' },
  steps: {
    da: (cd: string | undefined) =>
      [
        ...(cd ? [`  cd ${cd}`] : []),
        '  1. Lav en ny standard:   npx kvs new --kommune "Jeres kommune"',
        '  2. Skriv teksten under hver overskrift i standards/ — kommentarerne i filen siger, hvad loven kræver.',
        '  3. Tjek den:             npx kvs check',
        '  4. Udgiv den:            npx kvs build   (folder og pjece i output/)',
        '  I VS Code: installér den anbefalede udvidelse "remark" (unifiedjs.vscode-remark); så ser du fundene, mens du skriver.',
        '  CI: .github/workflows/kvalitetsstandard.yml (GitHub Actions) eller ci/kvs.sh (andre CI-systemer).',
      ].join('\n'),
    en: (cd) =>
      [
        ...(cd ? [`  cd ${cd}`] : []),
        '  1. Create a standard:    npx kvs new --kommune "Your kommune"',
        '  2. Write the text under each heading in standards/ — the comments in the file say what the law requires.',
        '  3. Check it:             npx kvs check',
        '  4. Publish it:           npx kvs build   (leaflet and booklet in output/)',
        '  In VS Code: install the recommended extension "remark" (unifiedjs.vscode-remark) to see the findings while you type.',
        '  CI: .github/workflows/kvalitetsstandard.yml (GitHub Actions) or ci/kvs.sh (other CI systems).',
      ].join('\n'),
  },
  notAFolder: {
    da: (dir: string) => `${dir} er en fil, ikke en mappe. Angiv den mappe, der skal sættes op: kvs init MAPPE`,
    en: (dir) => `${dir} is a file, not a folder. Give the folder to set up: kvs init DIR`,
  },
  insideGit: {
    da: (dir: string) => `${dir} ligger i en .git-mappe, som git selv bruger. Angiv projektets mappe, fx kvs init .`,
    en: (dir) => `${dir} is inside a .git folder, which git itself uses. Give the project's folder, e.g. kvs init .`,
  },
});
