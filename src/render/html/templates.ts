/**
 * Handlebars templates, overridable per project and kommune. A template name
 * such as "leaflet/leaflet.hbs" is looked up in each of the template folders
 * in turn and then in the bundled templates/. Partials come from the same
 * folders: `<group>/partials/NAME.hbs` is partial NAME, and the group's style
 * sheets and scripts `<group>/NAME.css` and `<group>/NAME.js` are partials
 * NAME-css and NAME-js (so a project can replace the whole style sheet).
 *
 * Templates run with `knownHelpersOnly` (no helper but Handlebars' own, none
 * from data) and with prototype access off, so `{{constructor}}` or
 * `{{lookup this "__proto__"}}` yield nothing; every `{{value}}` is escaped,
 * and the only `{{{triple}}}` values are sanitized HTML (see markdown.ts).
 * Templates and partials come only from the given folders and the bundled
 * templates/, never from data.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { packageRoot } from '../../meta.js';

/** The templates shipped with the package, found from its root (the code may run from src/, dist/ or a bundle). */
export const bundledTemplatesDir = fileURLToPath(new URL('templates/', packageRoot));

export function templateRoots(templateDirs: string[]): string[] {
  return [...templateDirs.map((dir) => resolve(dir)), bundledTemplatesDir];
}

/** The first file called `name` (e.g. "leaflet/leaflet.hbs") in the template folders, then the bundled one. */
export function resolveTemplate(name: string, templateDirs: string[]): string {
  for (const root of templateRoots(templateDirs)) {
    const path = join(root, name);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  throw new Error(`Template ${name} was not found in ${templateRoots(templateDirs).join(', ')}.`);
}

/** Partials every group can use (e.g. the sort script); a group's own file of the same name wins. */
const sharedGroup = 'shared';

/** Partial name → file, the earlier folders winning, and a group's own over the shared ones. */
export function partialFiles(group: string, templateDirs: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of [sharedGroup, group]) addPartials(found, dir, templateDirs);
  return found;
}

function addPartials(found: Map<string, string>, group: string, templateDirs: string[]): void {
  for (const root of templateRoots(templateDirs).reverse()) {
    const partials = join(root, group, 'partials');
    for (const file of listFiles(partials)) {
      if (extname(file) === '.hbs') found.set(basename(file, '.hbs'), join(partials, file));
    }
    for (const file of listFiles(join(root, group))) {
      const ext = extname(file);
      if (ext === '.css' || ext === '.js') found.set(`${basename(file, ext)}-${ext.slice(1)}`, join(root, group, file));
    }
  }
}

/** Files, including symlinks to files (the config's template folders were checked to hold none that leads out of the project). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile() === true)
    .sort();
}

const compileOptions = { knownHelpersOnly: true, preventIndent: true } as const;

/** Handlebars' defaults since 4.6, passed explicitly so no upgrade or global setting can turn them on. */
export const runtimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
} as const;

/** Renders `<group>/<name>` with the group's partials. */
export function renderTemplate(group: string, name: string, data: object, templateDirs: string[]): string {
  const handlebars = Handlebars.create();
  for (const [partial, path] of partialFiles(group, templateDirs)) {
    handlebars.registerPartial(partial, handlebars.compile(readFileSync(path, 'utf8'), compileOptions));
  }
  const template = handlebars.compile(readFileSync(resolveTemplate(`${group}/${name}`, templateDirs), 'utf8'), compileOptions);
  return template(data, runtimeOptions);
}
