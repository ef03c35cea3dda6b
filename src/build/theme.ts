/**
 * The look of one kommune's outputs: the project's theme and templates,
 * then the kommune's own on top. Paths in the config are relative to it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config, ThemeConfig } from '../config.js';
import { defaultTheme, type Theme } from '../render/types.js';
import { UsageError } from '../errors.js';

export interface Look {
  theme: Theme;
  templateDirs: string[];
}

export function lookFor(kommune: string | undefined, config: Config, root: string): Look {
  const own = kommune ? config.kommuner?.[kommune] : undefined;
  const theme = [config.theme, own?.theme].reduce<Theme>((base, layer) => merge(base, layer, root), defaultTheme);
  const templateDirs = [own?.templates, config.templates].filter((dir): dir is string => !!dir).map((dir) => existing(resolve(root, dir)));
  return { theme, templateDirs };
}

function merge(base: Theme, layer: ThemeConfig | undefined, root: string): Theme {
  if (!layer) return base;
  const theme: Theme = { ...base, colors: { ...base.colors, ...layer.colors } };
  if (layer.logo) theme.logo = existing(resolve(root, layer.logo));
  if (layer.fonts) {
    theme.fonts = {
      regular: existing(resolve(root, layer.fonts.regular)),
      bold: existing(resolve(root, layer.fonts.bold)),
      ...(layer.fonts.italic ? { italic: existing(resolve(root, layer.fonts.italic)) } : {}),
      ...(layer.fonts.boldItalic ? { boldItalic: existing(resolve(root, layer.fonts.boldItalic)) } : {}),
    };
  }
  return theme;
}

function existing(path: string): string {
  if (!existsSync(path)) {
    throw new UsageError({
      da: `Filen eller mappen ${path} fra kvs.config.json findes ikke.`,
      en: `The file or folder ${path} named in kvs.config.json does not exist.`,
    });
  }
  return path;
}
