/**
 * The sanitizer's allow-list for a standard's prose, in the model because two
 * layers must read the same list: the leaflet sanitizes with it (render/html),
 * and the model decides with it which raw-HTML text a reader sees and so may
 * count for the check (visible.ts). Written out in full so no
 * key falls back to the (laxer) GitHub default: text structure, lists, tables,
 * emphasis, code, quotes and links to http(s), mailto and tel. No script,
 * style, frame, object, image, form, event handler or style attribute gets
 * through; ids are only those the renderer makes (prefixed `kvs-`).
 */
import type { Schema } from 'hast-util-sanitize';

const align: [string, ...string[]] = ['className', 'kvs-align-left', 'kvs-align-center', 'kvs-align-right'];
const ownId: [string, RegExp] = ['id', /^kvs-[\w-]+$/u];

export const sanitizeSchema: Schema = {
  allowComments: false,
  allowDoctypes: false,
  tagNames: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code',
    'em', 'strong', 'a', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  attributes: {
    a: ['href', ownId, 'ariaLabel'],
    li: [ownId],
    ol: ['start'],
    th: [align],
    td: [align],
    '*': [],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Removed with their content (everything else unknown is unwrapped and its text kept).
  strip: [
    'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'textarea',
    'title', 'svg', 'math', 'select', 'option', 'button', 'form', 'input', 'img', 'picture', 'video', 'audio', 'source',
    'track', 'canvas', 'link', 'meta', 'base', 'xmp', 'noembed', 'noframes',
  ],
  clobber: [],
  clobberPrefix: '',
  ancestors: {
    li: ['ol', 'ul'],
    thead: ['table'],
    tbody: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  required: {},
};
