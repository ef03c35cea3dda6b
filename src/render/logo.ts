/**
 * The kommune's logo is untrusted input: a PNG must start with the PNG
 * signature, and an SVG must be a picture and nothing else. An SVG that
 * carries script, event handlers, links to other files or pages, foreign
 * HTML, or style sheets that load something is refused (not cleaned): the
 * kommune gets a message saying what to fix, and nothing is published with
 * it. The leaflet shows the logo as a data: URI <img>, where a browser would
 * run none of it anyway; refusing keeps the published file clean wherever it
 * ends up (a CMS may inline it).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { Localized } from '../types.js';
import { UsageError } from '../errors.js';
import { logoMessages } from '../i18n/render.js';

export type LogoFile = { type: 'png' | 'svg'; bytes: Buffer };

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readLogo(path: string): LogoFile {
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.png') {
    if (!bytes.subarray(0, 8).equals(pngSignature)) {
      throw refused(path, logoMessages.notPng);
    }
    return { type: 'png', bytes };
  }
  if (ext === '.svg') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) throw refused(path, problem);
    return { type: 'svg', bytes };
  }
  throw refused(path, logoMessages.notPicture);
}

function refused(path: string, why: Localized): UsageError {
  return new UsageError(logoMessages.refused(path, why));
}

/** Elements that run code, embed other documents or take input. */
const forbiddenElements = new Set([
  'script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video', 'canvas', 'form',
  'input', 'button', 'textarea', 'frame', 'frameset', 'applet', 'base', 'link', 'meta',
]);
const animations = new Set(['set', 'animate', 'animatecolor', 'animatemotion', 'animatetransform']);
/** The only data: URIs an SVG may carry in href: embedded raster pictures. */
const rasterData = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/iu;

/** Why the SVG text is not a safe picture, or undefined when it is. */
export function svgProblem(text: string): Localized | undefined {
  if (/<!ENTITY/iu.test(text)) return logoMessages.entities;
  if (/<\?xml-stylesheet/iu.test(text)) return logoMessages.stylesheet;
  let broken = false;
  let root: Element | null = null;
  try {
    const parser = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') broken = true;
      },
    });
    root = parser.parseFromString(text, 'image/svg+xml').documentElement;
  } catch {
    broken = true;
  }
  if (broken || !root || (root.localName ?? root.nodeName).toLowerCase() !== 'svg') {
    return logoMessages.notSvg;
  }
  return elementProblem(root);
}

function elementProblem(element: Element): Localized | undefined {
  const name = (element.localName ?? element.nodeName).toLowerCase();
  if (forbiddenElements.has(name)) return logoMessages.element(element.nodeName);
  if (name === 'style') {
    const problem = cssProblem(element.textContent ?? '');
    if (problem) return problem;
  }
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (!attribute) continue;
    const problem = attributeProblem(name, attribute.localName ?? attribute.name, attribute.name, attribute.value);
    if (problem) return problem;
  }
  for (let child: Node | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const problem = elementProblem(child as Element);
    if (problem) return problem;
  }
  return undefined;
}

function attributeProblem(element: string, localName: string, name: string, value: string): Localized | undefined {
  const local = localName.toLowerCase();
  // Browsers ignore whitespace and control characters inside a URL's scheme ("java\tscript:").
  const squeezed = value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();
  if (local.startsWith('on')) return logoMessages.eventHandler(name);
  if (/(?:javascript|vbscript):/u.test(squeezed)) return logoMessages.scriptLink(name);
  if (local === 'href' || local === 'src') {
    const trimmed = value.trim();
    if (!trimmed.startsWith('#') && !rasterData.test(trimmed)) {
      return logoMessages.linksOut(name, shorten(trimmed));
    }
  }
  if (animations.has(element) && local === 'attributename' && /href|^on/iu.test(value.trim())) {
    return logoMessages.animation(value.trim());
  }
  if (local === 'style') return cssProblem(value);
  return undefined;
}

/** A style sheet may not import anything or load anything through url() other than a fragment of the same file. */
function cssProblem(css: string): Localized | undefined {
  const plain = css.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/\\/gu, '');
  if (/@import/iu.test(plain)) return logoMessages.cssImport;
  for (const match of plain.matchAll(/url\s*\(\s*(['"]?)([^)'"]*)/giu)) {
    const target = (match[2] ?? '').trim();
    if (!target.startsWith('#')) return logoMessages.cssUrl(shorten(target));
  }
  if (/expression\s*\(|behavior\s*:|-moz-binding/iu.test(plain)) return logoMessages.cssCode;
  return undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
