/**
 * The HTML side of src/model/visible.ts: parsing a block of HTML, the
 * sanitizer and the way back to Markdown, ready for use. A module of its own
 * so that the CLI bundle loads it only when a standard holds an HTML block
 * with text of its own (scripts/bundle.js): rehype-parse, parse5 and
 * property-information build their tables when loaded, some ms of every check.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { sanitizeSchema } from './html-schema.js';

export const parser = unified().use(rehypeParse, { fragment: true });
export const sanitizer = unified().use(rehypeSanitize, sanitizeSchema);
export { toMdast };
