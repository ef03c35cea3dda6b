/**
 * The kommune's colours as a palette that passes WCAG AA: colours used for
 * text (links, headings, the masthead) are darkened (or lightened on a dark
 * background) until they reach 4.5:1 against every background they sit on.
 * Only hex colours are accepted, so the values are safe inside CSS.
 */
import { defaultTheme, type Theme } from '../types.js';
import { readLogo } from '../logo.js';

export interface Palette {
  /** Page background. */
  background: string;
  /** Body text. */
  text: string;
  /** Secondary text (footer, notes): still 4.5:1 on background and tint. */
  muted: string;
  /** Links, headings' accent, masthead: 4.5:1 on background and tint. */
  primary: string;
  /** Text on a `primary` background. */
  onPrimary: string;
  /** The practical box's background: a light tint of primary. */
  tint: string;
  /** Decorative only (rules, stripes): the kommune's accent colour as given. */
  accent: string;
  /** Hairlines and table borders. */
  border: string;
}

type Rgb = [number, number, number];

export function parseHex(value: string | undefined): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(value?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` of `b` mixed into `a`. */
function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return a.map((c, i) => c + ((b[i] ?? c) - c) * amount) as Rgb;
}

const black: Rgb = [0, 0, 0];
const white: Rgb = [255, 255, 255];

/** Moves `fg` towards black (on light backgrounds) or white until it reaches `ratio` against all `backgrounds`. */
function ensureContrast(fg: Rgb, backgrounds: Rgb[], ratio: number): Rgb {
  const light = backgrounds.every((bg) => luminance(bg) > 0.18);
  const target = light ? black : white;
  for (let step = 0; step <= 40; step++) {
    const candidate = mix(fg, target, step / 40);
    const rounded = parseHex(toHex(candidate)) ?? candidate;
    if (backgrounds.every((bg) => contrast(rounded, bg) >= ratio)) return rounded;
  }
  return target;
}

export function palette(theme: Theme = defaultTheme): Palette {
  const pick = (value: string, fallback: string) => parseHex(value) ?? (parseHex(fallback) as Rgb);
  const colors = theme.colors;
  const defaults = defaultTheme.colors;
  const background = pick(colors.background, defaults.background);
  const light = luminance(background) > 0.18;
  const tint = mix(background, pick(colors.primary, defaults.primary), light ? 0.07 : 0.15);
  const text = ensureContrast(pick(colors.text, defaults.text), [background, tint], 7);
  const primary = ensureContrast(pick(colors.primary, defaults.primary), [background, tint], 4.5);
  const muted = ensureContrast(mix(text, background, 0.3), [background, tint], 4.5);
  return {
    background: toHex(background),
    text: toHex(text),
    muted: toHex(muted),
    primary: toHex(primary),
    onPrimary: toHex(contrast(primary, white) >= contrast(primary, black) ? white : black),
    tint: toHex(tint),
    accent: toHex(pick(colors.accent, defaults.accent)),
    border: toHex(mix(background, text, 0.18)),
  };
}

export interface Logo {
  src: string;
  alt: string;
}

/**
 * The logo as a data: URI for an <img>: an image document runs no script and
 * loads nothing external; besides, readLogo refuses an SVG that carries any.
 */
export function logoImage(path: string | undefined, alt: string): Logo | undefined {
  if (!path) return undefined;
  const logo = readLogo(path);
  return { src: `data:image/${logo.type === 'png' ? 'png' : 'svg+xml'};base64,${logo.bytes.toString('base64')}`, alt };
}
