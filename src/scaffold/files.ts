/**
 * What `kvs init` writes into a kommune's repository. The contents live as
 * plain files in scaffold/ at the package root, so they can be read and
 * reviewed as they will appear; this list only says where each one goes.
 */
import { readFileSync } from 'node:fs';

/** src/scaffold/ and dist/scaffold/ both sit two levels below the package root. */
const scaffoldUrl = new URL('../../scaffold/', import.meta.url);

export interface ScaffoldFile {
  /** Where it goes, relative to the project folder, with forward slashes. */
  target: string;
  /** File name in scaffold/; undefined for an empty file. Dot-files are stored without the dot (npm drops or obeys them). */
  source?: string;
  /** Shell scripts are made executable. */
  executable?: boolean;
  /** A CI system's own file: written only for that system (`kvs init --ci`). */
  ci?: CiSystem;
}

/** The CI systems `kvs init --ci` writes a file for; anything else runs ci/kvs.sh. */
export const ciSystems = ['github', 'gitlab'] as const;
export type CiSystem = (typeof ciSystems)[number];

const allFiles: readonly ScaffoldFile[] = [
  { target: 'kvs.config.json', source: 'kvs.config.json' },
  // Empty, so git keeps the folder; a README here would be checked as a standard.
  { target: 'standards/.gitkeep' },
  { target: '.gitignore', source: 'gitignore' },
  { target: '.github/workflows/kvalitetsstandard.yml', source: 'github-workflow.yml', ci: 'github' },
  { target: '.gitlab-ci.yml', source: 'gitlab-ci.yml', ci: 'gitlab' },
  { target: 'ci/kvs.sh', source: 'kvs.sh', executable: true },
  { target: '.remarkrc.mjs', source: 'remarkrc.mjs' },
  { target: '.vscode/extensions.json', source: 'vscode-extensions.json' },
  { target: '.vscode/settings.json', source: 'vscode-settings.json' },
];

/** What `kvs init --ci SYSTEM` writes: the common files and that system's CI file. */
export function scaffoldFilesFor(ci: CiSystem): readonly ScaffoldFile[] {
  return allFiles.filter((file) => file.ci === undefined || file.ci === ci);
}

/** What `kvs init` writes by default (GitHub Actions). */
export const scaffoldFiles: readonly ScaffoldFile[] = scaffoldFilesFor('github');

export function scaffoldContent(file: ScaffoldFile): string {
  return file.source === undefined ? '' : readFileSync(new URL(file.source, scaffoldUrl), 'utf8');
}

/** Lines a project's .gitignore should have, so nothing kvs builds or keeps is committed. */
export const ignoredByKvs = ['output/', '.kvs/'] as const;
