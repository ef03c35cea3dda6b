/** `kvs init [DIR]`: set up a kommune's repository and say what to do next. */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../types.js';
import { initProject } from '../scaffold/init.js';
import { toolVersion } from '../meta.js';
import { initWords } from '../i18n/init.js';
import { ciSystems, type CiSystem } from '../scaffold/files.js';
import { UsageError } from '../errors.js';
import { inBoth } from '../i18n/index.js';

export interface InitCliOptions {
  lang: Lang;
  /** --ci: which CI system's file to write (default github). */
  ci?: string;
}

const packageName = 'kvalitetsstandard';

export function runInit(dir: string, options: InitCliOptions): number {
  const t = initWords[options.lang];
  const cwd = process.cwd();
  const ci = options.ci ?? 'github';
  if (!(ciSystems as readonly string[]).includes(ci)) throw new UsageError(inBoth(initWords, (w) => w.badCi(ci, ciSystems.join(', '))));
  const result = initProject(resolve(cwd, dir), ci as CiSystem);
  // Undefined when the folder is the working folder: then there is nothing to cd into.
  const shownRoot = relative(cwd, result.root) || undefined;
  const lines = [t.heading(result.root), ''];
  const list = (title: string, paths: string[]) => {
    if (paths.length > 0) lines.push(title, ...paths.map((path) => `  ${path}`), '');
  };
  list(t.written, result.written);
  list(t.existing, result.existing);
  list(t.outside, result.outside);
  if (result.written.length === 0) lines.push(t.nothingChanged, '');
  if (result.missingIgnores.length > 0) lines.push(t.addIgnores(result.missingIgnores), '');
  if (!declaresToolkit(result.root)) lines.push(t.install(shownRoot, `./${packageName}-${toolVersion}.tgz`), '');
  lines.push(t.next, t.steps(shownRoot), '');
  process.stdout.write(lines.join('\n'));
  return 0;
}

/** True when the project's package.json lists the toolkit, so `npx kvs` runs this tool and not another package. */
function declaresToolkit(root: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return [pkg['dependencies'], pkg['devDependencies']].some((deps) => deps?.[packageName] !== undefined);
  } catch {
    return false;
  }
}
