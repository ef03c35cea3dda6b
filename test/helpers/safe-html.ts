/**
 * What "nothing unsafe published" means for one HTML file, judged on the
 * tree a real HTML parser (parse5 via rehype-parse) builds from it, the way a
 * browser would: no script but the page's own sort script, no event handler,
 * no script/data/file URL in any URL attribute (bar the kommune's own logo as
 * a data: image), nothing that embeds, submits, redirects or re-bases the
 * page, and no style that loads anything from elsewhere.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Elements that run code, embed other documents, take input or change where links go. */
const forbidden = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select',
  'base', 'link', 'portal', 'foreignObject', 'foreignobject', 'noscript', 'template',
]);
/** hast property names of attributes that hold a URL. */
const urlProperties = [
  'href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data', 'background', 'srcSet', 'ping', 'manifest',
  'codeBase', 'longDesc', 'useMap', 'lowsrc', 'dynsrc', 'profile', 'archive', 'classId',
];
const badScheme = /^(?:javascript|vbscript|data|file|blob|filesystem):/u;
const logoData = /^data:image\/(png|svg\+xml);base64,([a-z0-9+/=]+)$/iu;

export function parseHtml(html: string, fragment = false): Root {
  return unified().use(rehypeParse, { fragment }).parse(html);
}

export function textOf(node: Root | Element): string {
  let out = '';
  visit(node, (child) => {
    if (child.type === 'element' && (child.tagName === 'script' || child.tagName === 'style')) return 'skip';
    if (child.type === 'text') out += child.value;
    return undefined;
  });
  return out.replace(/\s+/gu, ' ').trim();
}

const rawText = (element: Element) => element.children.map((c) => ('value' in c ? c.value : '')).join('');

/** Browsers drop whitespace and control characters inside a URL before they read its scheme. */
const squeeze = (value: string) => value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase();

function cssProblems(css: string, where: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/\\/gu, '');
  const problems: string[] = [];
  if (/@import/iu.test(plain)) problems.push(`${where}: @import`);
  for (const match of plain.matchAll(/url\s*\(\s*['"]?([^)'"]*)/giu)) {
    if (!(match[1] ?? '').trim().startsWith('#')) problems.push(`${where}: url(${match[1]})`);
  }
  if (/expression\s*\(|-moz-binding|behavior\s*:/iu.test(plain)) problems.push(`${where}: CSS code`);
  return problems;
}

/** An SVG logo inlined as a data: URI must itself be a plain picture (checked independently of src/render/logo.ts). */
function svgLogoProblems(base64: string): string[] {
  const svg = Buffer.from(base64, 'base64').toString('utf8');
  return /<script|<foreignObject|\son[a-z]+\s*=|javascript:|@import|<iframe|href\s*=\s*["']?(?:https?:|\/\/)/iu.test(svg) ? ['SVG logo carries script or links'] : [];
}

export interface SafetyOptions {
  fragment?: boolean;
  /** The exact text of scripts the page may carry (its own sort script). */
  allowedScripts?: string[];
}

/** Every unsafe thing in the page, described; empty when it is safe. */
export function unsafeParts(html: string, options: SafetyOptions = {}): string[] {
  const tree = parseHtml(html, options.fragment === true);
  const allowed = new Set((options.allowedScripts ?? []).map((s) => s.trim()));
  const problems: string[] = [];
  visit(tree, 'element', (element: Element) => {
    const tag = element.tagName;
    if (tag === 'script') {
      const own = rawText(element).trim();
      if (!allowed.has(own) || Object.keys(element.properties).length > 0) problems.push(`<script> ${own.slice(0, 60)}`);
    } else if (forbidden.has(tag)) {
      problems.push(`<${tag}>`);
    }
    if (tag === 'meta') {
      const equiv = String(element.properties.httpEquiv ?? '').toLowerCase();
      if (equiv === 'refresh' || equiv === 'set-cookie') problems.push(`<meta http-equiv=${equiv}>`);
    }
    if (tag === 'style') problems.push(...cssProblems(rawText(element), '<style>'));
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/iu.test(name)) problems.push(`<${tag} ${name}>`);
      if (name === 'srcDoc') problems.push(`<${tag} srcdoc>`);
      if (name === 'style' && typeof value === 'string') problems.push(...cssProblems(value, `<${tag} style>`));
    }
    for (const name of urlProperties) {
      const raw = element.properties[name];
      if (raw === undefined || raw === null) continue;
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      for (const value of values) {
        const squeezed = squeeze(value);
        if (!badScheme.test(squeezed)) continue;
        const logo = tag === 'img' && name === 'src' ? logoData.exec(value.trim()) : null;
        if (logo) {
          if (logo[1]?.toLowerCase() === 'svg+xml') problems.push(...svgLogoProblems(logo[2] ?? ''));
          continue;
        }
        problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
  });
  return problems;
}
