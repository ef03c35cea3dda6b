/**
 * What a renderer gets: one standard's model, its check result and the look
 * of the kommune. Renderers only consume; they decide nothing about the law.
 */
import type { FileResult, Lang, Standard } from '../types.js';

/** The kommune's look, from the config: colours, logo and fonts, all local files. */
export interface Theme {
  /** Colours as CSS hex, e.g. "#005a8c". */
  colors: {
    primary: string;
    accent: string;
    text: string;
    background: string;
  };
  /** Absolute path of an SVG or PNG logo inside the project, if any. */
  logo?: string;
  /** Absolute paths of TTF files for the PDF; defaults to Source Sans 3 from the npm package. */
  fonts?: { regular: string; bold: string; italic?: string; boldItalic?: string };
}

export const defaultTheme: Theme = {
  colors: { primary: '#1f4e79', accent: '#c8553d', text: '#1a1a1a', background: '#ffffff' },
};

export interface RenderInput {
  standard: Standard;
  /** The standard's file name without `.md`, e.g. "holbaek-stofmisbrug". */
  slug: string;
  check: FileResult;
  lang: Lang;
  theme: Theme;
  /** Folders searched for templates before the bundled templates/ (project, kommune overrides). */
  templateDirs: string[];
  /** Seconds since 1970 for dates inside outputs (SOURCE_DATE_EPOCH); else taken from the standard. */
  sourceDateEpoch?: number;
}
