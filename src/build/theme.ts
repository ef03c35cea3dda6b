/**
 * The look of one kommune's outputs: the project's theme and templates,
 * then the kommune's own on top. Paths in the config are relative to it and
 * must stay inside the project (src/fs/inside.ts); the logo must be a plain
 * picture and the fonts real TrueType/OpenType files, so a bad file is a
 * usage error before anything is written.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Config, ThemeConfig } from '../config.js';
import { defaultTheme, type Theme } from '../render/types.js';
import { readLogo } from '../render/logo.js';
import { UsageError } from '../errors.js';
import { buildMessages } from '../i18n/build.js';
import { assertTreeInside, resolveInside } from '../fs/inside.js';

export interface Look {
  theme: Theme;
  templateDirs: string[];
}

/** What a template folder may hold that the renderer reads. */
const templateExtensions = ['.hbs', '.css', '.js'];

export function lookFor(kommune: string | undefined, config: Config, root: string): Look {
  // Own keys only: a kommune named "__proto__" or "constructor" in a standard must not reach Object.prototype.
  const own = kommune && config.kommuner && Object.hasOwn(config.kommuner, kommune) ? config.kommuner[kommune] : undefined;
  const prefix = kommune ? `kommuner.${kommune}.` : '';
  const layers: Array<[ThemeConfig | undefined, string]> = [
    [config.theme, 'theme'],
    [own?.theme, `${prefix}theme`],
  ];
  const theme = layers.reduce<Theme>((base, [layer, what]) => merge(base, layer, root, what), defaultTheme);
  const folders: Array<[string | undefined, string]> = [
    [own?.templates, `${prefix}templates`],
    [config.templates, 'templates'],
  ];
  const templateDirs = folders.flatMap(([dir, what]) => {
    if (!dir) return [];
    const folder = resolveInside(root, dir, what, 'folder');
    assertTreeInside(root, folder, what, templateExtensions);
    return [folder];
  });
  return { theme, templateDirs };
}

function merge(base: Theme, layer: ThemeConfig | undefined, root: string, what: string): Theme {
  if (!layer) return base;
  const theme: Theme = { ...base, colors: { ...base.colors, ...layer.colors } };
  if (layer.logo) {
    theme.logo = resolveInside(root, layer.logo, `${what}.logo`);
    readLogo(theme.logo);
  }
  if (layer.fonts) {
    const font = (key: keyof NonNullable<ThemeConfig['fonts']>): string | undefined => {
      const path = layer.fonts?.[key];
      return path === undefined ? undefined : fontFile(resolveInside(root, path, `${what}.fonts.${key}`), `${what}.fonts.${key}`);
    };
    const [regular, bold, italic, boldItalic] = [font('regular'), font('bold'), font('italic'), font('boldItalic')];
    theme.fonts = {
      regular: regular as string,
      bold: bold as string,
      ...(italic ? { italic } : {}),
      ...(boldItalic ? { boldItalic } : {}),
    };
  }
  return theme;
}

/** TrueType (00 01 00 00 or "true") or OpenType ("OTTO"): what pdfkit can embed. */
function fontFile(path: string, what: string): string {
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const magic = head.toString('latin1');
  if (magic === '\0\u0001\0\0' || magic === 'true' || magic === 'OTTO') return path;
  throw new UsageError(buildMessages.notAFont(path, what));
}
