/**
 * The booklet's look: page geometry per paper size, type sizes, fonts and
 * colours from the theme (darkened where needed to keep 4.5:1 contrast on white paper).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Theme } from '../types.js';
import type { FontKey } from './blocks.js';
import type { TextStyle } from './line-layout.js';

export type PageSize = 'A5' | 'A4';

export interface Geometry {
  size: PageSize;
  width: number;
  height: number;
  top: number;
  bottom: number;
  /** Margin on the spine side; page 1 is a right-hand page. */
  inner: number;
  outer: number;
  /** Type scale against the A5 sizes. */
  scale: number;
}

export function geometry(size: PageSize): Geometry {
  if (size === 'A4') {
    return { size, width: 595.28, height: 841.89, top: 84, bottom: 84, inner: 86, outer: 78, scale: 12 / 11 };
  }
  return { size, width: 419.53, height: 595.28, top: 58, bottom: 62, inner: 50, outer: 44, scale: 1 };
}

/** Points at the A5 sizes, scaled to the page. */
export function scaler(geo: Geometry): (points: number) => number {
  return (points) => points * geo.scale;
}

/** A text style with its colour. */
export interface Styled extends TextStyle {
  color: string;
}

/** What the type sizes and colours depend on. */
interface Look {
  geo: Geometry;
  colors: Palette;
}

export function bodyStyle({ geo, colors }: Look): Styled {
  const s = scaler(geo);
  return { size: s(11), leading: s(15.6), hyphenate: true, color: colors.text };
}

export function headingStyle({ geo, colors }: Look, level: number): Styled & { before: number; after: number; font: FontKey } {
  const s = scaler(geo);
  switch (level) {
    case 1:
      return { size: s(20), leading: s(24), hyphenate: false, color: colors.primary, before: s(26), after: s(10), font: 'bold' };
    case 2:
      return { size: s(14.5), leading: s(18.5), hyphenate: false, color: colors.primary, before: s(20), after: s(6), font: 'bold' };
    case 3:
      return { size: s(12), leading: s(16), hyphenate: false, color: colors.text, before: s(14), after: s(4), font: 'bold' };
    default:
      return { size: s(11), leading: s(15.6), hyphenate: false, color: colors.text, before: s(12), after: s(3), font: 'boldItalic' };
  }
}

/** Distance from the top of a line box to the baseline. */
export function baseline(style: TextStyle): number {
  return (style.leading - style.size) / 2 + style.size * 0.8;
}

export interface Palette {
  /** Headings, rules, labels, links. */
  primary: string;
  /** Sparingly: the cover bar and the heading marks. */
  accent: string;
  text: string;
  /** Running header and footer. */
  muted: string;
  /** Table header background and quote rule. */
  tint: string;
  /** Rules between table rows. */
  hairline: string;
  /** Text on the primary colour (the cover panel). */
  onPrimary: string;
}

export function palette(theme: Theme): Palette {
  const text = readable(theme.colors.text, 7);
  const primary = readable(theme.colors.primary, 4.5);
  return {
    primary,
    accent: readable(theme.colors.accent, 3),
    text,
    muted: readable(mix(text, '#ffffff', 0.3), 4.5),
    tint: mix(primary, '#ffffff', 0.9),
    hairline: mix(text, '#ffffff', 0.78),
    onPrimary: '#ffffff',
  };
}

let bundledFontDir: string | undefined;

export function fontFiles(theme: Theme): Record<FontKey, string> {
  if (theme.fonts) {
    const { regular, bold } = theme.fonts;
    return { regular, bold, italic: theme.fonts.italic ?? regular, boldItalic: theme.fonts.boldItalic ?? bold };
  }
  // Resolved once per thread: every pass of every booklet asks (a package look-up reads the disk).
  bundledFontDir ??= dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
  const dir = bundledFontDir;
  return {
    regular: join(dir, '400Regular', 'SourceSans3_400Regular.ttf'),
    bold: join(dir, '700Bold', 'SourceSans3_700Bold.ttf'),
    italic: join(dir, '400Regular_Italic', 'SourceSans3_400Regular_Italic.ttf'),
    boldItalic: join(dir, '700Bold_Italic', 'SourceSans3_700Bold_Italic.ttf'),
  };
}

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  let value = hex.trim().replace(/^#/, '');
  if (value.length === 3) value = [...value].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(value)) return [0, 0, 0];
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` moved towards `b` by `amount` (0–1). */
export function mix(a: string, b: string, amount: number): string {
  const x = parse(a);
  const y = parse(b);
  return format([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * amount) as Rgb);
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The colour, darkened step by step until it reaches `ratio` against white. */
function readable(hex: string, ratio: number): string {
  let colour = format(parse(hex));
  for (let i = 0; i < 20 && contrast(colour, '#ffffff') < ratio; i++) colour = mix(colour, '#000000', 0.12);
  return colour;
}
