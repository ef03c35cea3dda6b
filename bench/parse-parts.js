/**
 * Parts of the parse, for the cold check's floor: what a check built on
 * remark must pay before it does anything of its own.
 *
 *   node bench/parse-parts.js tokenize DIR      micromark's tokenizer alone (events, no tree),
 *                                               with the raw parse's extensions (GFM, front-matter)
 *   node bench/parse-parts.js check-parse DIR   the parse `kvs check` makes (dist/model/parse.js:
 *                                               GFM only where the text can hold it, see there)
 *
 * One thread, every .md file under DIR, as bench/raw-parse.js.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, postprocess, preprocess } from 'micromark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const [mode, dir] = process.argv.slice(2);
const modes = { tokenize: tokenizer, 'check-parse': checkParser };
if (!modes[mode] || !dir) {
  console.error('usage: node bench/parse-parts.js tokenize|check-parse DIR');
  process.exit(2);
}
const run = await modes[mode]();
let count = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  count += run(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
}
// Printed so the work can't be optimised away and a broken run is visible.
console.log(`${count} ${mode === 'tokenize' ? 'events' : 'top-level nodes'}`);

/** The raw parse's own micromark extensions (as remark-gfm and remark-frontmatter add them), tokenized without mdast. */
function tokenizer() {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
  const extensions = processor.data('micromarkExtensions') ?? [];
  return (text) => postprocess(parse({ extensions }).document().write(preprocess()(text, undefined, true))).length;
}

async function checkParser() {
  const { parseMarkdown } = await import(new URL('../dist/model/parse.js', import.meta.url).href);
  return (text) => parseMarkdown(text, { autolinkLiterals: false }).children.length;
}
